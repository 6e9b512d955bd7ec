import { DomUtils, parseDocument } from 'htmlparser2';

export interface RepairResult {
  text: string;
  /** Repairs of ill-formed input (bare ampersands, undeclared entities, invalid characters, ...). */
  repairs: string[];
  /** Changes made to well-formed input for safety, e.g. a dropped DOCTYPE. */
  notes: string[];
}

/** Budget for expanding internal entity declarations: one billion laughs must stay one. */
const MAX_ENTITY_DECLARATIONS = 256;
const MAX_ENTITY_VALUE = 1024;
const MAX_TOTAL_EXPANSION = 1024 * 1024;

const xmlPredefined = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

const htmlEntityCache = new Map<string, string | null>();

/** The text of an HTML named entity (&auml; → ä), or null when HTML has no such name. */
function htmlEntity(name: string): string | null {
  const cached = htmlEntityCache.get(name);
  if (cached !== undefined) return cached;
  // htmlparser2 carries the full HTML entity table; asking it avoids shipping a second copy.
  const literal = `&${name};`;
  const decoded = DomUtils.textContent(parseDocument(literal));
  const value = decoded === literal || decoded.includes('&') ? null : decoded;
  if (htmlEntityCache.size < 4096) htmlEntityCache.set(name, value);
  return value;
}

/** Windows-1252 meanings of C1 code points, which publishers write as &#146; and mean ’. */
const cp1252C1: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
  0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018,
  0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc,
  0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface EntityTable {
  values: Map<string, string>;
  budget: number;
  exhausted: boolean;
}

/**
 * Removes the DOCTYPE. Internal general entities whose value is plain text (no references, no
 * markup) are kept for expansion within a budget; external entities (SYSTEM/PUBLIC) and parameter
 * entities are never honoured, so no file or URL is ever read and nothing expands recursively.
 */
function stripDoctype(text: string, notes: string[]): { text: string; entities: EntityTable } {
  const entities: EntityTable = { values: new Map(), budget: MAX_TOTAL_EXPANSION, exhausted: false };
  // Only a DOCTYPE in the prolog is one; "<!DOCTYPE" inside CDATA or text is content.
  const prolog = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*/.exec(text)![0];
  const start = prolog.length;
  if (!/^<!DOCTYPE/i.test(text.slice(start, start + 9))) return { text, entities };
  // Find the end of the DOCTYPE, skipping a bracketed internal subset and quoted strings.
  let i = start + 9;
  let depth = 0;
  let quote = '';
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[') depth++;
    else if (ch === ']') depth = Math.max(0, depth - 1);
    else if (ch === '>' && depth === 0) break;
  }
  const doctype = text.slice(start, i + 1);
  const declaration = /<!ENTITY\s+(%\s+)?([\w.:-]+)\s+(?:(SYSTEM|PUBLIC)\b|(["'])([\s\S]*?)\4)/gi;
  let ignored = 0;
  for (let m = declaration.exec(doctype); m; m = declaration.exec(doctype)) {
    const [, parameter, name, external, , value] = m;
    if (parameter || external || value === undefined || /[&%<]/.test(value) || value.length > MAX_ENTITY_VALUE) {
      ignored++;
      continue;
    }
    if (entities.values.size < MAX_ENTITY_DECLARATIONS && !entities.values.has(name!)) entities.values.set(name!, value);
    else ignored++;
  }
  notes.push(
    ignored > 0
      ? `DOCTYPE removed; ${ignored} external, parameter or nested entity declaration(s) ignored`
      : 'DOCTYPE removed',
  );
  return { text: text.slice(0, start) + text.slice(i + 1), entities };
}

function repairReferences(segment: string, entities: EntityTable, counts: Map<string, number>): string {
  const bump = (what: string) => counts.set(what, (counts.get(what) ?? 0) + 1);
  return segment.replace(/&(?:#(x[0-9a-fA-F]+|[0-9]+);|([A-Za-z_][\w.-]*);)?/g, (whole, num?: string, name?: string) => {
    if (num !== undefined) {
      const cp = num[0] === 'x' || num[0] === 'X' ? Number.parseInt(num.slice(1), 16) : Number.parseInt(num, 10);
      const mapped = cp1252C1[cp];
      if (mapped !== undefined) {
        bump('Windows-1252 character reference');
        return `&#${mapped};`;
      }
      if (isXmlChar(cp)) return whole;
      bump('invalid character reference');
      return '';
    }
    if (name !== undefined) {
      if (xmlPredefined.has(name)) return whole;
      const declared = entities.values.get(name);
      if (declared !== undefined) {
        if (entities.budget >= declared.length) {
          entities.budget -= declared.length;
          return escapeText(declared);
        }
        entities.exhausted = true;
      }
      const html = htmlEntity(name);
      if (html !== null) {
        bump('undeclared HTML entity');
        return [...html].map((c) => `&#${c.codePointAt(0)};`).join('');
      }
      bump('unknown entity');
      return `&amp;${name};`;
    }
    bump('bare ampersand');
    return '&amp;';
  });
}

/**
 * Makes common ill-formed feeds parseable by a strict XML parser, changing nothing in a well-formed
 * document except dropping its DOCTYPE: invalid characters removed, bare ampersands escaped, HTML
 * entities turned into character references, stray XML declarations and leading junk removed.
 * CDATA sections, comments and processing instructions are left alone.
 */
export function repairXml(input: string): RepairResult {
  const repairs: string[] = [];
  const notes: string[] = [];
  let text = input;

  const withoutInvalid = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
  if (withoutInvalid.length !== text.length) repairs.push(`${text.length - withoutInvalid.length} invalid character(s) removed`);
  text = withoutInvalid;

  const firstTag = text.indexOf('<');
  if (firstTag > 0) {
    if (text.slice(0, firstTag).trim()) repairs.push('text before the first tag removed');
    text = text.slice(firstTag);
  }
  // An XML declaration is only legal at the very start; feeds often have a comment or blank line first.
  const declaration = /<\?xml\s[^>]*\?>/gi;
  let seenFirst = false;
  text = text.replace(declaration, (match, offset: number) => {
    if (offset === 0 && !seenFirst) {
      seenFirst = true;
      return match;
    }
    seenFirst = true;
    repairs.push('misplaced XML declaration removed');
    return '';
  });

  const doctype = stripDoctype(text, notes);
  text = doctype.text;

  const counts = new Map<string, number>();
  const out: string[] = [];
  // Split so that references are repaired only in markup and text, never inside CDATA, comments or PIs.
  const opaque = /<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<!--[\s\S]*?(?:-->|$)|<\?[\s\S]*?(?:\?>|$)/g;
  let last = 0;
  for (let m = opaque.exec(text); m; m = opaque.exec(text)) {
    out.push(repairReferences(text.slice(last, m.index), doctype.entities, counts), m[0]);
    last = m.index + m[0].length;
  }
  out.push(repairReferences(text.slice(last), doctype.entities, counts));
  text = out.join('');
  for (const [what, count] of counts) repairs.push(`${count} ${what}(s) fixed`);
  if (doctype.entities.exhausted) {
    repairs.push('entity expansion budget reached; further references left unexpanded');
  }
  return { text, repairs, notes };
}
