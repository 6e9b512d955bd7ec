import { parseDocument } from 'htmlparser2';
import { isElement, textContent, type AnyNode, type Element } from './dom.ts';
import { toIsoDate } from './dates.ts';
import { htmlToText, squash } from './text.ts';
import { FeedParseError, type FeedFormat, type FeedItem } from './types.ts';


export interface DomFeed {
  format: Exclude<FeedFormat, 'json'>;
  title: string | null;
  link: string | null;
  ttlMinutes: number | null;
  items: FeedItem[];
}

const localName = (el: Element) => {
  const name = el.name.toLowerCase();
  const colon = name.lastIndexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

function childElements(el: Element): Element[] {
  return el.children.filter((c): c is Element => isElement(c));
}

function firstChild(el: Element, names: readonly string[]): Element | null {
  const children = childElements(el);
  for (const name of names) {
    const found = children.find((c) => localName(c) === name);
    if (found) return found;
  }
  return null;
}

/**
 * Elements with one of `names` in document order, not descending into a match (items are not
 * nested in items). Iterative: a feed may nest elements thousands deep.
 */
function findAll(nodes: readonly AnyNode[], names: ReadonlySet<string>): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) stack.push(nodes[i]!);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (names.has(localName(node))) out.push(node);
    else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}

function textOf(el: Element | null): string | null {
  if (!el) return null;
  const text = squash(textContent(el));
  return text || null;
}

/** Text of a title-like element whose content may be escaped HTML or inline XHTML. */
function richTextOf(el: Element | null, maxLength?: number): string | null {
  if (!el) return null;
  const raw = textContent(el);
  const text = htmlToText(raw, maxLength);
  return text || null;
}

/** Resolves a possibly relative reference against the xml:base chain of `el`, then `fallback`. */
function resolve(ref: string | null, el: Element, fallback: string | null): string | null {
  if (!ref) return null;
  const bases: string[] = [];
  for (let node: Element | null = el; node; node = isElement(node.parent as AnyNode | null) ? (node.parent as Element) : null) {
    const base = node.attribs['xml:base'];
    if (base) bases.unshift(base);
  }
  let base = fallback ?? undefined;
  for (const b of bases) {
    try {
      base = new URL(b.trim(), base).href;
    } catch {
      // A relative xml:base with nothing to resolve it against adds nothing.
    }
  }
  try {
    return new URL(ref.trim(), base).href;
  } catch {
    return ref.trim() || null;
  }
}

/** The page link among Atom-style <link href> elements or an RSS <link>text</link>. */
function linkOf(container: Element, fallback: string | null): string | null {
  const links = childElements(container).filter((c) => localName(c) === 'link');
  let best: { el: Element; href: string; score: number } | null = null;
  for (const link of links) {
    const href = link.attribs.href;
    if (href === undefined) {
      const text = textOf(link);
      if (text) return resolve(text, link, fallback);
      continue;
    }
    const rel = (link.attribs.rel ?? 'alternate').toLowerCase();
    if (rel !== 'alternate') continue;
    const type = (link.attribs.type ?? '').toLowerCase();
    const score = type === '' || type.includes('html') ? 2 : 1;
    if (!best || score > best.score) best = { el: link, href, score };
  }
  return best ? resolve(best.href, best.el, fallback) : null;
}

function authorOf(item: Element): string | null {
  const author = firstChild(item, ['author', 'creator']);
  if (!author) return null;
  const name = firstChild(author, ['name']);
  return textOf(name ?? author);
}

function parseItem(item: Element, format: DomFeed['format'], feedLink: string | null): FeedItem | null {
  const guidEl = firstChild(item, ['guid', 'id']);
  const guid = textOf(guidEl) ?? item.attribs['rdf:about'] ?? null;
  let url = linkOf(item, feedLink);
  if (!url && guid && /^https?:\/\//i.test(guid) && guidEl?.attribs.ispermalink !== 'false' && guidEl?.attribs.isPermaLink !== 'false') {
    url = guid;
  }
  if (!url && format === 'rdf' && item.attribs['rdf:about']) url = resolve(item.attribs['rdf:about'], item, feedLink);
  const title = richTextOf(firstChild(item, ['title']), 1000);
  let publishedAt: string | null = null;
  for (const name of ['pubdate', 'published', 'issued', 'date', 'created', 'updated', 'modified']) {
    publishedAt = toIsoDate(textOf(firstChild(item, [name])));
    if (publishedAt) break;
  }
  const summary = richTextOf(firstChild(item, ['description', 'summary', 'content', 'encoded', 'abstract']));
  const author = authorOf(item);
  if (!guid && !url && !title && !summary) return null;
  return { guid, url, title, publishedAt, summary, author };
}

/**
 * A forgiving feed reader over htmlparser2's XML mode: it accepts unclosed and mismatched tags,
 * any namespace prefix (atom:feed, rss:item), items outside <channel>, and honours xml:base at
 * every level. It never resolves entities beyond the XML ones, so it is safe on hostile input.
 */
export function parseDom(text: string, baseUrl: string | null): DomFeed {
  const doc = parseDocument(text, { xmlMode: true, decodeEntities: true });
  const roots = findAll(doc.children, new Set(['rss', 'feed', 'rdf', 'channel']));
  const root = roots[0];
  if (!root) {
    const first = doc.children.find((c) => isElement(c));
    throw new FeedParseError(
      'not-a-feed',
      first ? `not a feed: root element <${first.name}>` : 'not a feed: no XML element found',
    );
  }
  const kind = localName(root);
  const format: DomFeed['format'] = kind === 'feed' ? 'atom' : kind === 'rdf' ? 'rdf' : 'rss';
  const channel = kind === 'rss' || kind === 'rdf' ? (findAll(root.children, new Set(['channel']))[0] ?? root) : root;

  const link = linkOf(channel, baseUrl);
  const ttlText = textOf(firstChild(channel, ['ttl']));
  const ttl = ttlText && /^\d+$/.test(ttlText) ? Number(ttlText) : null;
  const itemNames = new Set(format === 'atom' ? ['entry'] : ['item', 'entry']);
  const items: FeedItem[] = [];
  for (const el of findAll(root.children, itemNames)) {
    const item = parseItem(el, format, link ?? baseUrl);
    if (item) items.push(item);
  }
  return {
    format,
    title: richTextOf(firstChild(channel, ['title']), 1000),
    link,
    ttlMinutes: ttl !== null && ttl > 0 ? ttl : null,
    items,
  };
}
