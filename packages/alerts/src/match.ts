import { normalizeWords, type RuleNode } from './rule.ts';

/** What a rule is matched against: one article and the facts the extractor stored for it. */
export interface MatchDocument {
  title: string | null;
  text: string;
  language: string | null;
  relevance: number | null;
  topics: string[];
  /** Site name, URL host and titles of the feeds that carried the article. */
  sources: string[];
  /** Entities mentioned (or speaking, or acting); `aliases` are the forms the article used. */
  entities: Array<{ id: string; name: string; country?: string | null; aliases: string[] }>;
  events: Array<{
    action: string;
    cameo: string;
    plover: string;
    actorId: string | null;
    actorName: string | null;
    actorCountry: string | null;
  }>;
}

/** A document prepared once for many rules. */
export interface PreparedDocument {
  doc: MatchDocument;
  words: string[];
  /** Word → positions, for phrases. */
  positions: Map<string, number[]>;
  /** NFKC lower-case text, for scripts written without spaces. */
  flat: string;
}

const cjk = /[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;
const norm = (value: string) => value.normalize('NFKC').toLowerCase().trim();
/** "Kim Jong Un", "kim-jong-un" and "Kim Jong-un" compare equal. */
const slug = (value: string) => normalizeWords(value).join('-');

export function prepareDocument(doc: MatchDocument): PreparedDocument {
  const full = `${doc.title ?? ''}\n${doc.text}`;
  const words = normalizeWords(full);
  const positions = new Map<string, number[]>();
  words.forEach((word, index) => {
    const list = positions.get(word);
    if (list) list.push(index);
    else positions.set(word, [index]);
  });
  return { doc, words, positions, flat: full.normalize('NFKC').toLowerCase() };
}

function matchText(node: Extract<RuleNode, { kind: 'text' }>, prepared: PreparedDocument): boolean {
  const { words } = node;
  if (words.some((word) => cjk.test(word))) return prepared.flat.includes(words.join(' ')) || prepared.flat.includes(words.join(''));
  const last = words.length - 1;
  const matchesAt = (word: string, index: number) => (node.prefix && index === last ? word.startsWith(words[index]!) : word === words[index]);
  if (words.length === 1 && node.prefix) return prepared.words.some((word) => word.startsWith(words[0]!));
  const starts = prepared.positions.get(words[0]!) ?? [];
  return starts.some((start) => words.every((_, offset) => {
    const word = prepared.words[start + offset];
    return word !== undefined && matchesAt(word, offset);
  }));
}

function entityMatches(entity: MatchDocument['entities'][number], value: string): boolean {
  const wanted = norm(value);
  const wantedSlug = slug(value);
  const id = entity.id.toLowerCase();
  if (id === wanted) return true;
  const idSlug = id.slice(id.indexOf(':') + 1);
  if (idSlug === wanted || idSlug === wantedSlug) return true;
  return [entity.name, ...entity.aliases].some((form) => norm(form) === wanted || (wantedSlug !== '' && slug(form) === wantedSlug));
}

function actionMatches(event: MatchDocument['events'][number], value: string): boolean {
  const wanted = norm(value);
  if (/^\d+$/.test(wanted)) return event.cameo.startsWith(wanted);
  return norm(event.action) === wanted || norm(event.plover) === wanted || slug(event.action) === slug(value);
}

function actorMatches(event: MatchDocument['events'][number], value: string): boolean {
  const wanted = norm(value);
  const candidates = [event.actorId, event.actorName, event.actorCountry, event.actorCountry ? `country:${event.actorCountry}` : null];
  if (candidates.some((candidate) => candidate && norm(candidate) === wanted)) return true;
  const id = event.actorId?.toLowerCase() ?? '';
  const idSlug = id.slice(id.indexOf(':') + 1);
  return (idSlug !== '' && idSlug === slug(value)) || (event.actorName !== null && slug(event.actorName) === slug(value));
}

function sourceMatches(source: string, value: string): boolean {
  const wanted = norm(value);
  const candidate = norm(source);
  if (candidate === wanted || candidate.endsWith(`.${wanted}`)) return true;
  // "source:reuters" for reuters.com and "Reuters".
  return !wanted.includes('.') && (candidate.split('.').includes(wanted) || slug(candidate) === slug(wanted));
}

function matchFilter(node: Extract<RuleNode, { kind: 'filter' }>, doc: MatchDocument): boolean {
  switch (node.field) {
    case 'entity':
      return doc.entities.some((entity) => entityMatches(entity, node.value));
    case 'topic':
      return doc.topics.some((topic) => slug(topic) === slug(node.value));
    case 'event':
      return doc.events.some((event) => actionMatches(event, node.value));
    case 'stance': {
      const [actor, action] = node.value.split('+') as [string, string];
      return doc.events.some((event) => actorMatches(event, actor) && actionMatches(event, action));
    }
    case 'source':
      return doc.sources.some((source) => sourceMatches(source, node.value));
    case 'lang': {
      const language = doc.language?.toLowerCase() ?? '';
      const wanted = norm(node.value);
      return language === wanted || language.startsWith(`${wanted}-`);
    }
  }
}

/** Evaluates a parsed rule against a prepared document. */
export function matchRule(node: RuleNode, prepared: PreparedDocument): boolean {
  switch (node.kind) {
    case 'and':
      return node.children.every((child) => matchRule(child, prepared));
    case 'or':
      return node.children.some((child) => matchRule(child, prepared));
    case 'not':
      return !matchRule(node.child, prepared);
    case 'text':
      return matchText(node, prepared);
    case 'filter':
      return matchFilter(node, prepared.doc);
    case 'relevance': {
      const relevance = prepared.doc.relevance ?? 0;
      switch (node.op) {
        case '>=':
          return relevance >= node.value;
        case '>':
          return relevance > node.value;
        case '<=':
          return relevance <= node.value;
        case '<':
          return relevance < node.value;
        case '=':
          return relevance === node.value;
      }
    }
  }
}
