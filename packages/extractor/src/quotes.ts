import { gazetteer } from './gazetteer.ts';
import { isIndividual, type DocumentEntities, type EntityRecord, type MentionRecord } from './entities.ts';
import { slugify, spanIndexAt, type Span } from './text.ts';
import { firstStartingFrom, inTextOrder, lastStartingBefore, startingWithin } from './text-order.ts';
import type { EntityRef, Quote } from './types.ts';

interface QuoteSpan {
  /** Offsets of the quoted words, without the marks. */
  start: number;
  end: number;
  /** Offsets of the opening and closing marks. */
  open: number;
  close: number;
}

interface Speaker {
  ref: EntityRef;
  text: string;
  person: boolean;
  media: boolean;
  /** Where the speaker phrase sits, to prefer the nearer of two candidates. */
  at: number;
}

interface Context {
  text: string;
  sentences: Span[];
  paragraphs: Span[];
  doc: DocumentEntities;
  anonymous: { ref: EntityRef; head: string; at: number }[];
  /** The last speaker, whether of a direct quote, and where its quote ends. */
  last: { speaker: Speaker; paragraph: number; quote?: boolean; end: number } | null;
}

// Cues the shared lexicon lacks that only quotes need.
const quoteCues = ['stating', 'explaining', 'adding', 'insisting', 'remarking', 'writing', 'reasoned', 'retorted', 'elaborated', 'recounted'];
const verbList = [...new Set([...gazetteer.lexicon.cueVerbs, ...quoteCues])].sort((a, b) => b.length - a.length).map((v) => v.replace(/ /g, '\\s+'));
const verbs = verbList.join('|');
const adverbs =
  'also|reportedly|later|then|further|previously|earlier|once|recently|simply|repeatedly|publicly|flatly|firmly|just|quickly|again|separately|bluntly|angrily|openly|privately|subsequently|jokingly|reiterated|had|has|have|was|were|is|would|will|had\\s+earlier';
const adverbGroup = `(?:(?:${adverbs})\\s+){0,2}`;
// After a closing mark: `, Geng said`, `" Xi told`, `," said Wang`.
const afterPattern = new RegExp(
  `^[\\s,—–-]*(?:(?<np>[^,.;:!?"“”«»]{1,90}?)\\s+${adverbGroup}(?<verb>${verbs})\\b|(?<verb2>${verbs})\\s+(?<np2>[^,.;:!?"“”]{1,60}))`,
  'u',
);
// After a closing mark, a name and an aside: `," Khaled Al-Maeena, editor at large at the Saudi Gazette, said.`
const afterAsidePattern = new RegExp(
  `^[\\s,—–-]*(?<np>[^,.;:!?"“”]{1,60}?),\\s+[^.;:!?"“”]{1,100}?,\\s+${adverbGroup}(?<verb>${verbs})\\b`,
  'u',
);
// Last clause of a sentence: `…, Geng added.`, `…, said Wang, who …`.
const finalPattern = new RegExp(
  `,\\s*(?:(?<np>[^,;:"“”]{1,70}?)\\s+${adverbGroup}(?<verb>${verbs})\\b(?<tail>[^,;"“”]{0,120})|(?<verb2>said|says|added|adds|told|asked)\\s+(?<np2>[^,;"“”]{1,60})(?:,[^"“”]{0,160})?)[.!?]?\\s*$`,
  'u',
);
const cueWord = new RegExp(`^(?:${verbs})$`, 'u');
const cueAnywhere = new RegExp(`\\b(?:${verbs})\\b`, 'gu');
const reportVerbs =
  'said|says|told|tells|added|adds|noted|notes|stressed|stresses|emphasized|emphasised|insisted|insists|warned|warns|claimed|claims|argued|argues|explained|asserted|reiterated|declared|stated|maintained|acknowledged|admitted|confirmed|denied|wrote|believes|believed|thinks|announced|pointed\\s+out|suggested|predicted|hoped|hopes';
const initialPattern = new RegExp(
  `^(?<np>[^,;:"“”]{1,80}?)\\s+${adverbGroup}(?:(?<told>told|tells)\\s+(?<addressee>[^,;"“”]{1,70}?)\\s+that|(?<verb>${reportVerbs})\\b(?:\\s+(?:on|in|at|during|after|before)\\s+[^,;"“”]{1,40}?)?(?:,\\s*)?(?:\\s+that)?)\\s+(?<content>[^"“”]{12,})$`,
  'u',
);
// What may follow "X said" at the end of a sentence: when, where, how, or to whom.
const tailPattern =
  /^(?:\s+(?:on|in|at|during|after|before|following|from|last|this|late|early|yesterday|today|tonight|via|through|while|when|as|to|according|earlier|later|on|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^]*)?$/u;
const finalReportPattern = new RegExp(
  `^(?<content>.{12,}?),\\s*(?:(?<np>[^,;:"“”]{1,70}?)\\s+${adverbGroup}(?<verb>${reportVerbs})\\b(?<tail>[^,;"“”]{0,140})|(?<verb2>said|says|added)\\s+(?<np2>[^,;"“”]{1,70})(?<tail2>,\\s+(?:who|which)\\b[^"“”]{0,200})?|according\\s+to\\s+(?<np3>[^,;"“”]{1,70}))(?:,\\s*[^,;"“”]{1,60}\\s+(?:said|reported)(?:\\s+[^,;"“”]{0,60})?)?[.!?]\\s*$`,
  'su',
);
const accordingInitial = /^According\s+to\s+(?<np>[^,;"“”]{1,70}),\s*(?<content>[^"“”]{12,})$/su;

const roleSynonyms: Record<string, string[]> = {
  spokesman: ['spokesman', 'spokesperson', 'spokeswoman'],
  spokeswoman: ['spokeswoman', 'spokesperson', 'spokesman'],
  spokesperson: ['spokesperson', 'spokesman', 'spokeswoman'],
  diplomat: ['diplomat', 'minister', 'ambassador', 'envoy'],
  leader: ['leader', 'president', 'chairman', 'dictator', 'ruler'],
  president: ['president', 'leader'],
  minister: ['minister'],
  official: ['official'],
  envoy: ['envoy', 'diplomat', 'representative'],
  premier: ['premier', 'prime'],
};
const roleHeads = new Set([
  ...Object.keys(roleSynonyms),
  'ambassador', 'chairman', 'secretary', 'negotiator', 'adviser', 'advisor', 'chief', 'director', 'general', 'commander',
  'representative', 'lawmaker', 'senator', 'authors', 'researchers', 'scientists', 'head', 'sister', 'counterpart', 'officials', 'source', 'sources', 'analyst',
  'expert', 'researcher', 'scientist', 'lawyer', 'judge', 'officer', 'statement', 'councilor', 'councillor', 'mayor',
  'governor', 'chancellor', 'professor', 'king', 'queen', 'dictator', 'ruler', 'agency', 'ministry', 'government',
]);

function mentionsIn(doc: DocumentEntities, start: number, end: number): MentionRecord[] {
  const list = doc.mentions;
  const [from, to] = startingWithin(list, start, end);
  const found: MentionRecord[] = [];
  for (let k = from; k < to; k++) {
    const m = list[k]!;
    if (m.start >= start && m.end <= end) found.push(m);
  }
  return found;
}

function refOf(entity: EntityRecord): EntityRef {
  return { id: entity.id, name: entity.name };
}

/** Resolves the phrase naming who speaks: a name in it, else a role ("the minister"), else a pronoun. */
function resolveSpeaker(ctx: Context, start: number, end: number): Speaker | null {
  const { text, doc } = ctx;
  let raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  raw = raw.trim();
  start += lead;
  end = start + raw.length;
  if (!raw || raw.split(/\s+/).length > 12) return null;
  const inside = mentionsIn(doc, start, end);
  const people = inside.filter((m) => isIndividual(m.entity));
  if (people.length > 0) {
    const entity = people.at(-1)!.entity;
    return { ref: refOf(entity), text: raw, person: true, media: false, at: start };
  }
  const words = raw.toLowerCase().split(/\s+/);
  const head = words.at(-1)!.replace(/[^\p{L}-]/gu, '');
  if (/^(?:it|they)$/.test(raw.toLowerCase()) && ctx.last && !ctx.last.speaker.person) {
    return { ...ctx.last.speaker, text: raw, at: start };
  }
  if (/^(?:he|she)$/.test(raw.toLowerCase())) {
    const person = resolvePronoun(ctx, start);
    return person ? { ...person, text: raw, at: start } : null;
  }
  const collective = resolveCollective(ctx, words, start);
  if (collective) return { ...collective, text: raw, at: start };
  if (roleHeads.has(head) && !['agency', 'ministry', 'government', 'statement'].includes(head)) {
    const resolved = resolveRole(ctx, words, head, start, raw);
    if (resolved) return resolved;
  }
  const others = inside.filter((m) => m.entity.type !== 'place' && m.entity.kind !== 'group');
  if (others.length > 0) {
    const entity = others.at(-1)!.entity;
    return { ref: refOf(entity), text: raw, person: false, media: entity.kind === 'media', at: start };
  }
  return null;
}

/**
 * "he"/"she" only where one person can be meant: the last quoted speaker when they are also the
 * person named last; else the one individual named since the last quote's sentence (`"…," Burrows
 * said. … Mr Key … he said`); else the one individual named in this paragraph (or, before any quote,
 * in this paragraph and the one before); else, where nobody is named in this paragraph or the one
 * before, the one individual of the nearest earlier paragraph that names anyone, within three more.
 * Two candidates give no speaker: a wrong speaker is worse than none.
 */
function resolvePronoun(ctx: Context, before: number): Omit<Speaker, 'text' | 'at'> | null {
  const paragraph = spanIndexAt(ctx.paragraphs, before);
  const windowStart = ctx.paragraphs[Math.max(0, paragraph - 1)]!.start;
  const paragraphStart = ctx.paragraphs[paragraph]!.start;
  const last = ctx.last;
  const named = new Set<string>();
  const namedHere = new Set<string>();
  const sinceLast = new Set<string>();
  let latest: EntityRecord | null = null;
  let k = lastStartingBefore(ctx.doc.mentions, before);
  for (; k >= 0; k -= 1) {
    const mention = ctx.doc.mentions[k]!;
    if (mention.start >= before || !isIndividual(mention.entity)) continue;
    if (mention.start < windowStart) break;
    latest ??= mention.entity;
    named.add(mention.entity.id);
    if (mention.start >= paragraphStart) namedHere.add(mention.entity.id);
    if (last && mention.start >= last.end) sinceLast.add(mention.entity.id);
  }
  if (last && last.speaker.person && paragraph - last.paragraph <= 2) {
    if (!latest || latest.id === last.speaker.ref.id) {
      return { ref: last.speaker.ref, person: true, media: false };
    }
  }
  // Someone else was named since the last quote: only one new name, or a paragraph that names one person, settles it.
  if (latest && last && sinceLast.size === 1 && sinceLast.has(latest.id)) return { ref: refOf(latest), person: true, media: false };
  if (latest && namedHere.size === 1 && namedHere.has(latest.id)) return { ref: refOf(latest), person: true, media: false };
  if (!last && named.size === 1 && latest) return { ref: refOf(latest), person: true, media: false };
  if (latest) return null;
  // Nobody named in this paragraph or the one before: the nearest earlier paragraph that names someone.
  const limit = ctx.paragraphs[Math.max(0, paragraph - 4)]!.start;
  let found: EntityRecord | null = null;
  let foundParagraph: Span | null = null;
  for (; k >= 0; k -= 1) {
    const mention = ctx.doc.mentions[k]!;
    if (!isIndividual(mention.entity) || mention.start >= before) continue;
    if (mention.start < (foundParagraph?.start ?? limit)) break;
    if (!found) {
      found = mention.entity;
      foundParagraph = ctx.paragraphs[spanIndexAt(ctx.paragraphs, mention.start)]!;
    } else if (mention.entity.id !== found.id) return null;
  }
  if (!found || !foundParagraph) return null;
  // A quote by someone else after that paragraph leaves two candidates.
  if (last && last.end > foundParagraph.start && last.speaker.ref.id !== found.id) return null;
  return { ref: refOf(found), person: true, media: false };
}

// "the city said", "the ministry said": the body or place of that kind the article named last.
const collectiveKinds: Record<string, (e: EntityRecord) => boolean> = {
  city: (e) => e.type === 'place' && (e.kind === 'city' || e.kind === null),
  town: (e) => collectiveKinds.city!(e),
  country: (e) => e.type === 'country',
  nation: (e) => e.type === 'country',
  capital: (e) => e.type === 'country',
  government: (e) => e.type === 'country' || (e.type === 'organization' && e.kind === 'government' && /\bgovernment\b/i.test(e.name)),
  ministry: (e) => e.type === 'organization' && /\bministry\b/i.test(e.name),
  agency: (e) => e.type === 'organization' && (e.kind === 'media' || /\bagency\b/i.test(e.name)),
  company: (e) => e.type === 'organization' && e.kind === 'company',
  municipality: (e) => e.type === 'organization' && /^(?:Municipality|City|Town)\s+of\b|\b(?:City|Town|Municipal)\s+(?:Council|Hall|Government)$/.test(e.name),
};

function resolveCollective(ctx: Context, words: string[], start: number): Omit<Speaker, 'text' | 'at'> | null {
  if (words.length < 2 || words.length > 4 || words[0] !== 'the') return null;
  const head = words.at(-1)!;
  const fits = collectiveKinds[head];
  if (!fits) return null;
  // Words between "the" and the head must be in the body's name: "the foreign ministry", "the news agency".
  const qualifiers = words.slice(1, -1).filter((w) => !(head === 'agency' && /^(?:news|state|state-run|official)$/.test(w)));
  const limit = ctx.paragraphs[Math.max(0, spanIndexAt(ctx.paragraphs, start) - 6)]!.start;
  for (let k = lastStartingBefore(ctx.doc.mentions, start); k >= 0; k -= 1) {
    const mention = ctx.doc.mentions[k]!;
    if (mention.start >= start) continue;
    if (mention.start < limit) break;
    const entity = mention.entity;
    if (!fits(entity)) continue;
    // "Livorno, Tuscany": the region after a comma only places the city.
    const previous = ctx.doc.mentions[k - 1];
    if (entity.type === 'place' && previous?.entity.type === 'place' && /^,\s*$/.test(ctx.text.slice(previous.end, mention.start))) continue;
    const name = entity.name.toLowerCase();
    if (!qualifiers.every((w) => name.includes(w.replace(/['’]s$/, '')) || (w === 'foreign' && name.includes('foreign affairs')))) continue;
    return { ref: refOf(entity), person: false, media: entity.kind === 'media' };
  }
  // A city the article names only through its council: "the Municipality of Livorno".
  if (head === 'city' || head === 'town') return resolveCollective(ctx, ['the', 'municipality'], start);
  return null;
}

/** For each role, the indices of the mentions of individuals holding it, in text order. */
const roleHolders = new WeakMap<DocumentEntities, Map<string, number[]>>();

/**
 * The last mention before `start` of an individual holding one of `roles`. Looked up by role, not
 * by going back over every mention: an article of thousands of paragraphs, each naming people and
 * quoting "the official", went back over all of them for each quote.
 */
function lastRoleHolderBefore(doc: DocumentEntities, roles: readonly string[], start: number): MentionRecord | null {
  const mentions = doc.mentions;
  if (!inTextOrder(mentions)) {
    for (let k = mentions.length - 1; k >= 0; k -= 1) {
      const mention = mentions[k]!;
      if (mention.start < start && isIndividual(mention.entity) && roles.some((role) => mention.entity.roles.has(role))) return mention;
    }
    return null;
  }
  let byRole = roleHolders.get(doc);
  if (!byRole) {
    byRole = new Map();
    mentions.forEach((mention, k) => {
      if (!isIndividual(mention.entity)) return;
      for (const role of mention.entity.roles) {
        const list = byRole!.get(role);
        if (list) list.push(k);
        else byRole!.set(role, [k]);
      }
    });
    roleHolders.set(doc, byRole);
  }
  const before = lastStartingBefore(mentions, start);
  let best = -1;
  for (const role of roles) {
    const list = byRole.get(role);
    if (!list) continue;
    // The last index in the list not past `before`.
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (list[mid]! <= before) low = mid + 1;
      else high = mid;
    }
    if (low > 0 && list[low - 1]! > best) best = list[low - 1]!;
  }
  return best >= 0 ? mentions[best]! : null;
}

function resolveRole(ctx: Context, words: string[], head: string, start: number, raw: string): Speaker | null {
  const definite = /^(?:the|this|that)$/.test(words[0]!);
  const indefinite = /^(?:a|an|one|another)$/.test(words[0]!);
  const synonyms = roleSynonyms[head] ?? [head];
  if (!indefinite) {
    // The most recent earlier named person holding the role, or an unnamed source of that kind.
    let best: Speaker | null = null;
    const holder = lastRoleHolderBefore(ctx.doc, synonyms, start);
    if (holder) best = { ref: refOf(holder.entity), text: raw, person: true, media: false, at: holder.start };
    const anonymous = [...ctx.anonymous].reverse().find((a) => a.at < start && synonyms.includes(a.head));
    if (anonymous && (!best || anonymous.at > best.at)) {
      return { ref: anonymous.ref, text: raw, person: true, media: false, at: start };
    }
    if (best) return { ...best, at: start };
    if (definite && words.length <= 2) return null;
  }
  // An unnamed source described in full: "a US State Department official".
  const name = raw.replace(/^(?:a|an|one|another|the|this|that)\s+/i, '').replace(/\s+/g, ' ');
  if (name.split(' ').length < 2 && indefinite) return null;
  const ref = { id: `anon:${slugify(name)}`, name };
  ctx.anonymous.push({ ref, head, at: start });
  return { ref, text: raw, person: true, media: false, at: start };
}

function findAddressee(ctx: Context, verb: string, from: number, limit: number): EntityRef | null {
  if (!/^(?:told|tells|telling|tell)$/.test(verb)) return null;
  const window = ctx.text.slice(from, Math.min(limit, from + 90));
  const stop = window.search(/[,.;:"“”]|\s(?:that|on|in|during|at)\s/);
  const end = from + (stop < 0 ? window.length : stop);
  const person = mentionsIn(ctx.doc, from, end).find((m) => isIndividual(m.entity));
  if (person) return refOf(person.entity);
  // "his Japanese counterpart": the person of that country the article names.
  const counterpart = /\b(?:his|her|their)\s+(\p{L}+(?:\s\p{L}+)?)\s+counterpart/u.exec(ctx.text.slice(from, end));
  if (counterpart) {
    const adjective = ctx.doc.adjectives.find((a) => a.start >= from && a.end <= end);
    if (adjective) {
      const match = [...ctx.doc.entities.values()].find((e) => isIndividual(e) && e.country === adjective.country);
      if (match) return refOf(match);
    }
  }
  const other = mentionsIn(ctx.doc, from, end).find((m) => m.entity.type !== 'place');
  return other ? refOf(other.entity) : null;
}

/** Quotation-mark pairs per paragraph; an unclosed quote continues when the next paragraph opens with a mark. */
export function findQuoteSpans(text: string, paragraphs: Span[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let carried: number | null = null;
  for (const paragraph of paragraphs) {
    let open: number | null = null;
    let openMark = '';
    const firstChar = text[paragraph.start];
    let skipFirst = false;
    if (carried !== null) {
      open = carried;
      skipFirst = firstChar === '"' || firstChar === '“' || firstChar === '«';
      openMark = firstChar === '«' ? '«' : '“';
    }
    carried = null;
    let singleOpen: number | null = null;
    for (let k: number = paragraph.start + (skipFirst ? 1 : 0); k < paragraph.end; k += 1) {
      const c = text[k]!;
      if (c === '"' || c === '“' || c === '”' || c === '«' || c === '»' || c === '「' || c === '」' || c === '『' || c === '』') {
        // A “ written after a word and before a space, with a quote open, closes it (`decision.“ However`).
        const backwards = c === '“' && open !== null && /\S/.test(text[k - 1]!) && !/\S/.test(text[k + 1] ?? ' ');
        const opening =
          ((c === '“' && !backwards) || c === '«' || c === '「' || c === '『') ||
          (c === '"' && open === null);
        if (opening && open === null) {
          open = k;
          openMark = c;
          singleOpen = null;
        } else if (!opening && open !== null) {
          spans.push({ start: open + 1 + (text[open + 1] === ' ' ? 1 : 0), end: k, open, close: k });
          open = null;
        } else if (opening && open !== null && c !== '"') {
          open = k;
          openMark = c;
        }
        continue;
      }
      // Single marks quote only outside double quotes, and never as an apostrophe inside a word.
      if (open === null && (c === '‘' || c === "'")) {
        const prev = text[k - 1] ?? ' ';
        const next = text[k + 1] ?? ' ';
        if (singleOpen === null && /[\s([—–-]/.test(prev) && /[\p{L}\p{N}]/u.test(next)) singleOpen = k;
        else if (singleOpen !== null && /[\p{L}\p{N}.,!?]/u.test(prev) && !/[\p{L}\p{N}]/u.test(next)) {
          const inner = text.slice(singleOpen + 1, k);
          if (!/\b(?:s|t|re|ve|ll|d|m)$/.test(inner) || inner.includes(' ')) {
            spans.push({ start: singleOpen + 1, end: k, open: singleOpen, close: k });
          }
          singleOpen = null;
        }
      } else if (open === null && c === '’' && singleOpen !== null) {
        const next = text[k + 1] ?? ' ';
        if (!/[\p{L}\p{N}]/u.test(next)) {
          spans.push({ start: singleOpen + 1, end: k, open: singleOpen, close: k });
          singleOpen = null;
        }
      }
    }
    if (open !== null) {
      const next = paragraphs[paragraphs.indexOf(paragraph) + 1];
      const nextChar = next ? text[next.start] : undefined;
      // The quote goes on in the next paragraph when that opens with a mark, or (transcribed
      // speech) when its first mark closes a quote: `…there.\nWe could've scored…."`.
      const nextClose = next ? firstMarkCloses(text, next) : false;
      if (nextChar === '"' || nextChar === '“' || nextChar === '«' || nextClose) carried = open;
      else if (openMark !== '"' && paragraph.end - open > 20) spans.push({ start: open + 1, end: paragraph.end, open, close: paragraph.end });
    }
  }
  return spans;
}

function firstMarkCloses(text: string, paragraph: Span): boolean {
  const slice = text.slice(paragraph.start, paragraph.end);
  const at = slice.search(/["“”]/);
  if (at <= 0) return false;
  if (slice[at] === '”') return true;
  if (slice[at] === '“') return false;
  return /\S/.test(slice[at - 1]!) && !/[\p{L}\p{N}]/u.test(slice[at + 1] ?? ' ');
}

export function extractQuotes(
  text: string,
  sentences: Span[],
  paragraphs: Span[],
  doc: DocumentEntities,
  title: string | null,
  titleDoc: DocumentEntities | null,
): Quote[] {
  const ctx: Context = { text, sentences, paragraphs, doc, anonymous: [], last: null };
  const quotes: Quote[] = [];
  const spans = findQuoteSpans(text, paragraphs);
  const spokesperson = transcriptSpeaker(title, titleDoc, doc);
  let spanIndex = 0;
  let inAnswer = false;

  for (const [p, paragraph] of paragraphs.entries()) {
    const body = text.slice(paragraph.start, paragraph.end);
    if (/^Q\s*[:：]/.test(body)) inAnswer = false;
    if (/^A\s*[:：]/.test(body)) inAnswer = true;
    if (spokesperson && inAnswer) {
      const offset = /^A\s*[:：]\s*/.exec(body)?.[0].length ?? 0;
      quotes.push({
        text: body.slice(offset),
        start: paragraph.start + offset,
        end: paragraph.end,
        kind: 'reported',
        verb: null,
        speaker: spokesperson,
        speakerText: null,
        addressee: null,
      });
    }
    const pull = pullQuote(ctx, paragraph, p);
    if (pull) {
      quotes.push(pull);
      continue;
    }
    const firstSentence = spanIndexAt(sentences, paragraph.start);
    for (let s = firstSentence; s < sentences.length && sentences[s]!.start < paragraph.end; s += 1) {
      const sentence = sentences[s]!;
      const inSentence: QuoteSpan[] = [];
      while (spanIndex < spans.length && spans[spanIndex]!.open < sentence.end) {
        inSentence.push(spans[spanIndex]!);
        spanIndex += 1;
      }
      for (const span of inSentence) {
        const quote = attributeDirect(ctx, span, p);
        if (quote) quotes.push(quote);
      }
      if (inSentence.length === 0 && !(spokesperson && inAnswer)) {
        const reported = reportedSpeech(ctx, sentence, p);
        if (reported) quotes.push(reported);
      }
    }
  }
  return quotes;
}

/**
 * The person who signs a quote at the end of its paragraph: a name right after `lead` (a dash, or a
 * full stop), then nothing or a comma and a few words of title (`— Charles Bolden, NASA Administrator`).
 */
function signature(ctx: Context, from: number, paragraphEnd: number, lead: RegExp): Speaker | null {
  if (paragraphEnd - from > 120) return null;
  const list = ctx.doc.mentions;
  const [first, after] = startingWithin(list, from, paragraphEnd);
  let mention: MentionRecord | undefined;
  for (let k = first; k < after && mention === undefined; k++) if (list[k]!.start >= from && list[k]!.start < paragraphEnd) mention = list[k];
  if (!mention || !isIndividual(mention.entity) || !lead.test(ctx.text.slice(from, mention.start))) return null;
  const rest = ctx.text.slice(mention.end, paragraphEnd);
  if (!/^\s*(?:,\s*[^,.;:!?"“”]{2,60})?\s*$/u.test(rest) || rest.split(/\s+/).length > 8) return null;
  return { ref: refOf(mention.entity), text: mention.text, person: true, media: false, at: mention.start };
}

/**
 * A pull quote set without marks: a paragraph of someone's words that ends with their name
 * (`This was a very difficult decision. Charles Bolden, NASA Administrator`). Only when the words
 * also appear elsewhere in the article, as pull quotes repeat the story, so a paragraph of
 * narration that happens to end in a name is not taken.
 */
function pullQuote(ctx: Context, paragraph: Span, index: number): Quote | null {
  const body = ctx.text.slice(paragraph.start, paragraph.end);
  if (body.length < 40 || /["“”«»]/.test(body)) return null;
  const stop = body.search(/[.!?]\s+\p{Lu}[^.!?]{0,100}$/u);
  if (stop < 30) return null;
  const speaker = signature(ctx, paragraph.start + stop + 1, paragraph.end, /^\s+$/u);
  if (!speaker) return null;
  const words = body.slice(0, stop + 1);
  const probe = words.slice(0, 40);
  const first = ctx.text.indexOf(probe);
  if ((first === paragraph.start ? ctx.text.indexOf(probe, paragraph.end) : first) < 0) return null;
  ctx.last = { speaker, paragraph: index, quote: true, end: paragraph.end };
  return {
    text: words,
    start: paragraph.start,
    end: paragraph.start + stop + 1,
    kind: 'direct',
    verb: null,
    speaker: speaker.ref,
    speakerText: speaker.text,
    addressee: null,
  };
}

function transcriptSpeaker(title: string | null, titleDoc: DocumentEntities | null, doc: DocumentEntities): EntityRef | null {
  if (!title || !/press\s+(?:conference|briefing)|briefing/i.test(title)) return null;
  const person = titleDoc?.mentions.find((m) => isIndividual(m.entity));
  if (person) return refOf(person.entity);
  const inText = doc.mentions.find((m) => isIndividual(m.entity) && m.entity.roles.has('spokesperson'));
  return inText ? refOf(inText.entity) : null;
}

/**
 * How far from its quotation marks a quote's cue is looked for. A sentence of news is never this
 * long, but a "sentence" of a table or a dump with no full stop can be: read whole for each of its
 * quotes, one paragraph of 20,000 quoted words took 3.6 s. The window ends at a space, so that no
 * word is cut into another ("renamed" into "named").
 */
const CUE_WINDOW = 1000;

function cueWindowStart(text: string, start: number, open: number): number {
  if (open - start <= CUE_WINDOW) return start;
  const space = text.indexOf(' ', open - CUE_WINDOW);
  return space === -1 || space >= open ? open : space + 1;
}

function cueWindowEnd(text: string, close: number, end: number): number {
  if (end - close <= CUE_WINDOW) return end;
  const space = text.lastIndexOf(' ', close + CUE_WINDOW);
  return space <= close ? close + 1 : space;
}

function attributeDirect(ctx: Context, span: QuoteSpan, paragraph: number): Quote | null {
  const { text, sentences } = ctx;
  const quoted = text.slice(span.start, span.end);
  const words = quoted.trim().split(/\s+/).filter(Boolean).length;
  if (words === 0 || termNotSpeech(text, span, words)) return null;
  const wholeCloseSentence = sentences[spanIndexAt(sentences, Math.max(span.start, span.close - 1))]!;
  const closeSentence = { start: wholeCloseSentence.start, end: cueWindowEnd(text, span.close, wholeCloseSentence.end) };
  // A "sentence" that starts in lower case was cut off its start (`already [...] including for`).
  let openIndex = spanIndexAt(sentences, span.open);
  while (openIndex > 0 && /^\p{Ll}/u.test(text[sentences[openIndex]!.start]!) && sentences[openIndex - 1]!.start >= ctx.paragraphs[paragraph]!.start) openIndex -= 1;
  const openSentence = { start: cueWindowStart(text, sentences[openIndex]!.start, span.open), end: sentences[spanIndexAt(sentences, span.open)]!.end };
  const afterStart = span.close + 1;
  const afterEnd = Math.max(afterStart, closeSentence.end);
  const afterText = text.slice(afterStart, afterEnd);

  let speaker: Speaker | null = null;
  let verb: string | null = null;
  let verbEnd = -1;

  const after = afterPattern.exec(afterText);
  if (after?.groups) {
    const g = after.groups;
    const npText = g.np ?? g.np2!;
    const npStart = afterStart + after[0].indexOf(npText, g.np ? 0 : after[0].indexOf(g.verb2!) + g.verb2!.length);
    speaker = resolveSpeaker(ctx, npStart, npStart + npText.length);
    verb = (g.verb ?? g.verb2!).replace(/\s+/g, ' ');
    verbEnd = afterStart + (g.np ? after[0].length : after[0].indexOf(g.verb2!) + g.verb2!.length);
  }
  if (!named(speaker)) {
    const aside = afterAsidePattern.exec(afterText);
    if (aside?.groups) {
      const npStart = afterStart + aside[0].indexOf(aside.groups.np!);
      const candidate = resolveSpeaker(ctx, npStart, npStart + aside.groups.np!.length);
      if (named(candidate) && plausibleSpeakerPhrase(aside.groups.np!)) {
        speaker = candidate;
        verb = aside.groups.verb!.replace(/\s+/g, ' ');
        verbEnd = afterStart + aside[0].length;
      }
    }
  }
  if (!speaker) {
    const according = accordingAfter.exec(afterText);
    if (according?.groups) {
      const npStart = afterStart + according[0].indexOf(according.groups.np!, according[0].indexOf('to') + 2);
      speaker = resolveSpeaker(ctx, npStart, npStart + according.groups.np!.length);
      if (speaker) verb = 'according to';
    }
  }
  if (!speaker) {
    const final = finalPattern.exec(afterText);
    if (final?.groups && !/["“”]/.test(afterText.slice(0, final.index))) {
      const g = final.groups;
      const npText = g.np ?? g.np2!;
      const npStart = afterStart + final.index + final[0].indexOf(npText);
      const candidate = resolveSpeaker(ctx, npStart, npStart + npText.length);
      if (candidate) {
        speaker = candidate;
        verb = (g.verb ?? g.verb2!).replace(/\s+/g, ' ');
        verbEnd = afterStart + final.index + final[0].indexOf(verb) + verb.length;
      }
    }
  }
  // A cue before the quote in its sentence: `Geng said on Friday that "…"`.
  if (!speaker || speaker.media) {
    const before = cueBefore(ctx, openSentence.start, span.open);
    if (before && (!speaker || !before.speaker.media)) {
      speaker = before.speaker;
      verb = before.verb;
      verbEnd = before.verbEnd;
    }
  }
  if (!speaker) {
    const source = accordingTo(ctx, openSentence.start, span.open);
    if (source) {
      speaker = source;
      verb = source.verb;
    }
  }
  // A paragraph that opens with a quote and names nobody continues the previous speaker; so does
  // a quote that opens a sentence after a quote of the same paragraph.
  const paragraphStart = ctx.paragraphs[paragraph]!.start;
  if (!speaker && ctx.last && span.open === paragraphStart && paragraph - ctx.last.paragraph <= 1) {
    speaker = ctx.last.speaker;
  }
  if (!speaker && ctx.last?.quote && ctx.last.paragraph === paragraph && span.open === openSentence.start) {
    speaker = ctx.last.speaker;
  }
  // A colon at the end of the paragraph before introduces it: `Obama tweeted from his account:`.
  if (!speaker && span.open === paragraphStart && paragraph > 0) {
    const previous = ctx.paragraphs[paragraph - 1]!;
    const colon = text.slice(previous.start, previous.end).trimEnd();
    if (colon.endsWith(':') || colon.endsWith('：')) {
      const intro = sentences[spanIndexAt(sentences, previous.start + colon.length - 1)]!;
      const before = cueBefore(ctx, Math.max(intro.start, previous.start), previous.start + colon.length - 1);
      if (before) {
        speaker = before.speaker;
        verb = before.verb;
        verbEnd = before.verbEnd;
      } else {
        speaker = sentenceSubject(ctx, Math.max(intro.start, previous.start), previous.start + colon.length - 1);
      }
    }
  }
  // A pull quote signed with a dash: `"…" — Charles Bolden, NASA Administrator`.
  if (!speaker) speaker = signature(ctx, afterStart, ctx.paragraphs[paragraph]!.end, /^[.,]?\s*[—–-]\s*$/u);
  // A clause ending in a colon introduces the quote: its subject speaks (`Sunak defended the record
  // while promising an update: "…"`).
  if (!speaker && /[:：]\s*$/.test(text.slice(openSentence.start, span.open)) && !namingVerb.test(text.slice(openSentence.start, span.open))) {
    speaker = sentenceSubject(ctx, openSentence.start, span.open);
  }
  if (!speaker) {
    // Scare quotes and titles: short quoted words that nobody is said to have said.
    if ((words < 6 || !/[.,!?]$|\s/.test(quoted.trim())) && !partialQuote(text, openSentence, closeSentence, span)) return null;
    if (looksLikeTitle(text, span)) return null;
  }
  if (speaker) ctx.last = { speaker, paragraph, quote: true, end: Math.max(span.close, closeSentence.end) };
  return {
    text: quoted,
    start: span.start,
    end: span.end,
    kind: 'direct',
    verb,
    speaker: speaker?.ref ?? null,
    speakerText: speaker?.text ?? null,
    addressee: verb && verbEnd >= 0 ? findAddressee(ctx, verb, verbEnd, afterEnd > verbEnd ? afterEnd : span.open) : null,
  };
}

/**
 * A few quoted words used as a term rather than said: after an article or a possessive
 * (`grown into a "support movement"`, `the "History" section`, `prepare a "quasi-state of war"`),
 * or defined (`"route out" in its jargon refers to …`).
 */
function termNotSpeech(text: string, span: QuoteSpan, words: number): boolean {
  if (words > 4 || /[.,;:!?]\s*$/.test(text.slice(span.start, span.end))) return false;
  const before = text.slice(Math.max(0, span.open - 40), span.open);
  const determiner = /\b(?:a|an|the|this|that|these|those|its|his|her|their|our|my|your)\s*$/i.exec(before);
  // …unless the article opens what was said: `said a "more general reflection" is needed`.
  if (determiner) {
    const lastWord = /(\S+)\s*$/.exec(before.slice(0, determiner.index))?.[1] ?? '';
    if (!cueWord.test(lastWord)) return true;
  }
  return /^\s*(?:\([^)]{0,40}\)\s*)?(?:in\s+[^.,;"“”]{1,40}?\s+)?(?:refers?\s+to|means|meant|stands\s+for|is\s+(?:a|the)\s+(?:term|word|phrase|name))\b/i.test(
    text.slice(span.close + 1, span.close + 80),
  );
}

// Words that introduce a name or a term rather than someone's words: `named "Hope"`, `known as "…"`.
const namingBefore = /\b(?:so[- ]called|named|dubbed|titled|entitled|known\s+as|called\s+it|the\s+(?:name|word|words|term|phrase|slogan|label|tag)|as(?:\s+(?:a|an|the))?|nicknamed|branded|labell?ed|called)\s*[,:]?\s*$/i;

/**
 * A few quoted words inside a sentence that reports speech are a partial quote
 * (`she said her party had backed it "for months"`); without a reporting verb they are scare
 * quotes or a name.
 */
function partialQuote(text: string, openSentence: Span, closeSentence: Span, span: QuoteSpan): boolean {
  const before = text.slice(openSentence.start, span.open);
  if (namingBefore.test(before)) return false;
  const cue = [...before.matchAll(cueAnywhere)].at(-1);
  if (cue && prepositionObject.test(before.slice(cue.index + cue[0].length))) return false;
  const around = `${before} ${text.slice(span.close + 1, closeSentence.end)}`;
  cueAnywhere.lastIndex = 0;
  return cueAnywhere.test(around);
}

/**
 * A headline or a work's title in quotation marks, not speech: one cited with a dash and its source
 * (`"…" — CBC.ca, August 15, 2008`), or written in title case without closing punctuation.
 */
export function looksLikeTitle(text: string, span: QuoteSpan): boolean {
  if (/^[.,]?\s*[—–]\s*\p{Lu}/u.test(text.slice(span.close + 1, span.close + 8))) return true;
  const quoted = text.slice(span.start, span.end).trim();
  if (/[.!?,;:]$/.test(quoted)) return false;
  const long = quoted.split(/\s+/).filter((word) => /^\p{L}{4,}/u.test(word));
  if (long.length < 3) return false;
  return long.filter((word) => /^\p{Lu}/u.test(word)).length / long.length >= 0.7;
}

const clauseBoundary = /[,;:("“”«»]\s*|\b(?:and|but|while|with|as|that|whereas|after|before|when|which|who)\s/gu;

// Words a speaker phrase may hold besides names: "the top Chinese diplomat", "a US official".
const speakerWords = new Set([
  'the', 'a', 'an', 'of', 'and', 'for', 'to', 'his', 'her', 'its', 'their', 'top', 'senior', 'chief', 'deputy', 'vice', 'foreign',
  'special', 'state', 'defense', 'defence', 'news', 'agency', 'official', 'officials', 'state-run', 'state-owned', 'media',
  'government', 'ministry', 'military', 'army', 'unification', 'supreme', 'former', 'acting', 'spokesman', 'spokeswoman',
  'spokesperson', 'minister', 'leader', 'president', 'diplomat', 'envoy', 'ambassador', 'he', 'she', 'they', 'we', 'i',
  'also', 'reportedly', 'this', 'that', 'one', 'another', 'both', 'national', 'security', 'adviser', 'advisor', 'nuclear',
  'negotiator', 'representative', 'secretary', 'general', 'premier', 'prime', 'chairman', 'sister', 'source', 'sources',
  'analyst', 'analysts', 'expert', 'experts', 'statement', 'report', 'newspaper', 'broadcaster', 'director', 'head',
  'commander', 'office', 'department', 'council', 'committee', 'party', 'in', 'at', 'its', 'country', 'country’s',
  'country\'s', 'white', 'house', 'unnamed', 'anonymous', 'intelligence', 'senator', 'lawmaker', 'officer', 'delegation',
  'city', 'town', 'nation', 'capital', 'company', 'authors', 'researchers', 'scientists', 'study', 'survey',
]);

// Name particles written in lower case: "Suleiman al-Amr", "Ursula von der Leyen".
const nameWord = /^(?:[\p{Lu}\d]|(?:al|el|ad|ar|as|bin|ibn|van|von|der|de|da|di|du|le|la)(?:-\p{Lu}|$))/u;
const notTitle = /^(?:is|was|are|were|has|had|have|be|been|being|will|would|can|could|may|might|must|shall|should|did|does|do|not|also|who|which|when|where|while|beat|won|met|said|says|told|and|but|or|if|than|then|to|at|in|on|by|with|from|after|before)$|(?:ed|ing)$/;

/**
 * A phrase that can name who speaks: names and the words of `speakerWords`
 * ("the top Chinese diplomat"), or up to four other lower-case words of title before a name
 * ("team member Rodaba Noori", "Tunisia's coach Nabil Maaloul").
 */
function plausibleSpeakerPhrase(np: string): boolean {
  const words = np.trim().split(/\s+/);
  if (words.length > 9) return false;
  const known = (word: string) => nameWord.test(word) || speakerWords.has(word.toLowerCase().replace(/['’]s$/, ''));
  if (words.every(known)) return true;
  if (!nameWord.test(words.at(-1)!)) return false;
  const others = words.filter((word) => !known(word));
  return others.length <= 4 && others.every((word) => /^\p{Ll}[\p{Ll}-]*$/u.test(word) && !notTitle.test(word));
}

const named = (speaker: Speaker | null): speaker is Speaker => speaker !== null && speaker.person && !speaker.ref.id.startsWith('anon:');

const prepositionObject = /^\s+(?:on|in|at|about|from|via|during|with|to)\s+(?:(?:the|a|its|his|her|their)\s+)?$/i;
const quotedAs = /\s+(?:(?:was|were|is|are|has\s+been|had\s+been|being)\s+)?(?:quoted|cited)(?:\s+(?:by|in|on)\s+[^,;"“”]{1,60}?)?\s+as\s+$/u;
// `According to X, "…"`, `in the words of X, "…"`: the last such phrase before the mark, up to a comma or the mark.
const accordingBefore = /(?:^|[,;:—–(]\s*|\s)(?:[Aa]ccording\s+to|[Ii]n\s+the\s+words\s+of)\s+(?<np>[^"“”;:]{1,90}?)[\s,]*$/u;
// `"…," according to X.`
const accordingAfter = /^[\s,]*according\s+to\s+(?<np>[^,.;:!?"“”]{1,70}?)\s*(?:[,.;!?]|$)/u;

/** The source of `according to X` / `in the words of X` right before a quote; asides allowed ("the prosecutor, Mark Tedeschi, QC"). */
function accordingTo(ctx: Context, sentenceStart: number, openMark: number): (Speaker & { verb: string }) | null {
  const segment = ctx.text.slice(sentenceStart, openMark);
  const match = accordingBefore.exec(segment);
  if (!match?.groups) return null;
  const npStart = sentenceStart + match.index + match[0].lastIndexOf(match.groups.np!);
  const speaker = resolveSpeaker(ctx, npStart, npStart + match.groups.np!.length);
  return speaker && !speaker.media ? { ...speaker, verb: /words\s+of/.test(match[0]) ? 'in the words of' : 'according to' } : null;
}

function cueBefore(ctx: Context, sentenceStart: number, openMark: number): { speaker: Speaker; verb: string; verbEnd: number } | null {
  const segment = ctx.text.slice(sentenceStart, openMark);
  let lastCue: RegExpExecArray | null = null;
  cueAnywhere.lastIndex = 0;
  for (let match = cueAnywhere.exec(segment); match; match = cueAnywhere.exec(segment)) lastCue = match;
  if (!lastCue) return null;
  // "X was quoted (by Yonhap) as saying": X speaks, not the agency.
  const head = segment
    .slice(0, lastCue.index)
    .replace(quotedAs, ' ')
    .replace(new RegExp(`\\s+${adverbGroup}$`, 'u'), ' ');
  const verb = lastCue[0].replace(/\s+/g, ' ');
  // `Microsoft says on "The Countdown"`: the quote is the object of a preposition, not what was said.
  if (prepositionObject.test(segment.slice(lastCue.index + lastCue[0].length))) return null;
  const verbEnd = sentenceStart + lastCue.index + lastCue[0].length;
  const phraseBefore = (end: number): Speaker | null => {
    let npStart = 0;
    for (const boundary of head.slice(0, end).matchAll(clauseBoundary)) npStart = boundary.index + boundary[0].length;
    const np = head.slice(npStart, end).replace(new RegExp(`\\s+(?:${adverbs})$`, 'u'), '');
    if (!np.trim() || !plausibleSpeakerPhrase(np)) return null;
    return resolveSpeaker(ctx, sentenceStart + npStart, sentenceStart + npStart + np.length);
  };
  const trimmed = head.trimEnd();
  let speaker = phraseBefore(trimmed.length);
  if (!named(speaker) && trimmed.endsWith(',')) {
    // "NAME, APPOSITIVE, said" / "NAME, in remarks to TV, said": the name before one or two asides
    // of a few words that hold no other cue and no quotation mark, closed by a comma before the cue
    // ("When they beat Greta Holm, the coach said" names the coach, not Holm).
    const commas = [...trimmed.matchAll(/,/g)].map((m) => m.index).filter((at) => at < trimmed.length - 1);
    for (const comma of commas.reverse().slice(0, 3)) {
      const aside = trimmed.slice(comma + 1);
      if (aside.split(/\s+/).length > 14 || /["“”]/.test(aside)) break;
      const candidate = phraseBefore(comma);
      if (named(candidate)) {
        speaker = candidate;
        break;
      }
    }
  }
  return speaker ? { speaker, verb, verbEnd } : null;
}

// A fronted adverbial before the subject: "During questions on Wednesday, …", "Speaking in Moscow, …".
// A clause that names something ("dubbed the conflict: "…"") introduces a name, not words said.
const namingVerb = /\b(?:dubbed|named|called|titled|entitled|labell?ed|nicknamed|branded|known\s+as|headlined|captioned)\b/i;
const leadAdverbial = /^(?!According\b)(?:\p{Lu}\p{Ll}+ing|In|On|At|During|After|Before|Following|Asked|Earlier|Later|Separately|Meanwhile|However)\b[^,"“”]{0,80},\s*/u;

/**
 * The subject of a sentence that introduces a quote with a colon: a person, body or country named
 * at the start of the clause (after a fronted adverbial and a few title words) and followed by a
 * lower-case word, its verb.
 */
const verbNext = new RegExp(`^\\s+${adverbGroup}\\p{Ll}{2,}\\b`, 'u');

function sentenceSubject(ctx: Context, sentenceStart: number, end: number): Speaker | null {
  const lead = leadAdverbial.exec(ctx.text.slice(sentenceStart, end));
  const clauseStart = sentenceStart + (lead ? lead[0].length : 0);
  const list = ctx.doc.mentions;
  for (let k = firstStartingFrom(list, clauseStart); k < list.length; k++) {
    const mention = list[k]!;
    if (mention.start < clauseStart) continue;
    if (mention.start - clauseStart > 40 || mention.end >= end) return null;
    const phrase = ctx.text.slice(clauseStart, mention.end);
    if (!plausibleSpeakerPhrase(phrase) || /["“”]/.test(phrase)) return null;
    if (!verbNext.test(ctx.text.slice(mention.end, end))) continue;
    const entity = mention.entity;
    if (!(isIndividual(entity) || entity.type === 'country' || (entity.type === 'organization' && entity.kind !== 'media'))) return null;
    return { ref: refOf(entity), text: phrase.trim(), person: isIndividual(entity), media: false, at: clauseStart };
  }
  return null;
}

function reportedSpeech(ctx: Context, sentence: Span, paragraph: number): Quote | null {
  const { text } = ctx;
  const body = text.slice(sentence.start, sentence.end);
  if (body.length < 25) return null;
  const final = finalReportPattern.exec(body);
  if (final?.groups) {
    const g = final.groups;
    const npText = (g.np ?? g.np2 ?? g.np3)!;
    const contentEnd = g.content!.length;
    const npStart = sentence.start + body.indexOf(npText, contentEnd);
    const tail = g.tail ?? '';
    const tailOk = tail.length <= 120 && (tailPattern.test(tail) || /^(?:told|tells)$/.test(g.verb ?? ''));
    const speaker = tailOk && plausibleSpeakerPhrase(npText) ? resolveSpeaker(ctx, npStart, npStart + npText.length) : null;
    if (speaker && g.content!.trim().split(/\s+/).length >= 4) {
      const verb = g.np3 ? 'according to' : (g.verb ?? g.verb2!).replace(/\s+/g, ' ');
      const verbAt = g.np3 ? -1 : body.indexOf(verb, contentEnd) + sentence.start + verb.length;
      return makeReported(ctx, sentence.start, sentence.start + contentEnd, speaker, verb, verbAt, sentence.end, paragraph);
    }
  }
  // A leading participle or adverbial ("Speaking in Moscow on Wednesday, …") is not the speaker.
  const lead = leadAdverbial.exec(body);
  const offset = lead ? lead[0].length : 0;
  const rest = body.slice(offset);
  const initial = initialPattern.exec(rest) ?? accordingInitial.exec(rest);
  if (initial?.groups && plausibleSpeakerPhrase(initial.groups.np!)) {
    const g = initial.groups;
    const npStart = sentence.start + offset + (rest.startsWith('According') ? rest.indexOf(g.np!, 12) : 0);
    const speaker = resolveSpeaker(ctx, npStart, npStart + g.np!.length);
    if (speaker && (speaker.person || speaker.ref.id.startsWith('country:') || speaker.ref.id.startsWith('org:'))) {
      const contentStart = sentence.start + offset + rest.lastIndexOf(g.content!);
      const cue = g.verb ?? g.told;
      const verb = cue ? cue.replace(/\s+/g, ' ') : 'according to';
      const verbAt = cue ? npStart + g.np!.length + rest.slice(g.np!.length).indexOf(cue) + cue.length : -1;
      let end = sentence.end;
      while (end > contentStart && /[.!?\s]/.test(text[end - 1]!)) end -= 1;
      return makeReported(ctx, contentStart, end, speaker, verb, verbAt, contentStart, paragraph);
    }
  }
  return null;
}

function makeReported(
  ctx: Context,
  start: number,
  end: number,
  speaker: Speaker,
  verb: string,
  verbAt: number,
  addresseeLimit: number,
  paragraph: number,
): Quote {
  while (end > start && /[\s,]/.test(ctx.text[end - 1]!)) end -= 1;
  ctx.last = { speaker, paragraph, end };
  return {
    text: ctx.text.slice(start, end),
    start,
    end,
    kind: 'reported',
    verb,
    speaker: speaker.ref,
    speakerText: speaker.text,
    addressee: verbAt >= 0 ? findAddressee(ctx, verb, verbAt, Math.max(addresseeLimit, verbAt + 90)) : null,
  };
}
