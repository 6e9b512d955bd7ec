import { Parser } from 'htmlparser2';
import type { DomElement, DomNode, DomParent, DomText } from './dom.ts';

/**
 * Elements whose content is never read as text. Their element node is kept (the walk counts images,
 * embeds and form controls), but nothing inside them is built: real pages carry megabytes of inline
 * script, style and SVG paths, and building and collecting those subtrees was a large part of the
 * time and memory of a page.
 */
const CHILDLESS = new Set(['style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'select', 'textarea', 'map']);

/** Scripts whose text is data the cleaner reads (JSON-LD, hydration state); every other script is skipped. */
function keepsScriptText(attribs: Record<string, string>): boolean {
  const type = attribs.type;
  return type !== undefined && /json/i.test(type);
}

interface Element extends DomElement {
  children: DomNode[];
}

/**
 * Parses HTML into the minimal tree the cleaner walks: elements with their attributes, text, and
 * parent links, nothing else (no comments, positions or sibling links). htmlparser2's tokenizer
 * with the HTML rules for implied end tags; entities are decoded.
 */
export function parseHtml(html: string): DomParent {
  const root: DomParent = { type: 'root', parent: null, children: [] };
  let current: DomParent = root;
  /** Depth inside an element whose content is not built. */
  let skipping = 0;
  let seenHtml = false;
  let seenBody = false;

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (skipping > 0) {
          skipping++;
          return;
        }
        // A document pasted whole into a CMS field nests <html> and <body>: browsers ignore the
        // inner tags and keep their content where it stands, so the inner ones become plain boxes.
        if (name === 'html') {
          if (seenHtml) name = 'div';
          seenHtml = true;
        } else if (name === 'body') {
          if (seenBody) name = 'div';
          seenBody = true;
        }
        const type = name === 'script' ? 'script' : name === 'style' ? 'style' : 'tag';
        const el: Element = { type, parent: current, children: [], name, attribs };
        current.children.push(el);
        if (CHILDLESS.has(name) || (type === 'script' && !keepsScriptText(attribs))) {
          skipping = 1;
          return;
        }
        current = el;
      },
      onclosetag() {
        if (skipping > 0) {
          skipping--;
          return;
        }
        if (current.parent) current = current.parent;
      },
      ontext(data) {
        if (skipping > 0) return;
        const children = current.children;
        const last = children[children.length - 1];
        if (last !== undefined && last.type === 'text') {
          (last as DomText).data += data;
          return;
        }
        const text: DomText = { type: 'text', parent: current, data };
        children.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return root;
}
