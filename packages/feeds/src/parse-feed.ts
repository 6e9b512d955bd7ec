import RssParser from 'rss-parser';
import { decodeBytes } from './decode.ts';
import { toIsoDate } from './dates.ts';
import { parseDom, type DomFeed } from './lenient.ts';
import { htmlToText, squash, withoutControls } from './text.ts';
import { FeedParseError, type FeedItem, type ParsedFeed } from './types.ts';
import { repairXml } from './xml-repair.ts';

export interface ParseFeedOptions {
  /** HTTP Content-Type, for its charset. */
  contentType?: string | null;
  /** Per-feed charset override; beats BOM, header and declarations. */
  charsetOverride?: string | null;
  /** The feed's own URL, against which relative links are resolved last. */
  baseUrl?: string | null;
}

type Loose = Record<string, unknown>;

/** xml2js yields strings, `{_: text, $: attrs}` objects or arrays of either. */
function looseText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return looseText(value[0]);
  if (typeof value === 'object') {
    const o = value as Loose;
    if (typeof o._ === 'string') return o._;
    const attrs = o.$ as Loose | undefined;
    if (attrs && typeof attrs.href === 'string') return attrs.href;
  }
  return null;
}

function resolveUrl(ref: string | null, base: string | null | undefined): string | null {
  const trimmed = ref?.trim();
  if (!trimmed) return null;
  try {
    return new URL(trimmed, base ?? undefined).href;
  } catch {
    return trimmed;
  }
}

function plain(value: unknown, maxLength?: number): string | null {
  const text = looseText(value);
  if (text === null) return null;
  return htmlToText(text, maxLength) || null;
}

function rootKind(xml: string): string | null {
  const match = /<(?![?!])([A-Za-z_][\w.:-]*)/.exec(xml);
  if (!match) return null;
  const name = match[1]!.toLowerCase();
  return name.slice(name.lastIndexOf(':') + 1);
}

function fromRssParser(output: RssParser.Output<Loose>, kind: string | null, baseUrl: string | null): DomFeed {
  const format: DomFeed['format'] = kind === 'feed' ? 'atom' : kind === 'rdf' ? 'rdf' : 'rss';
  const feed = output as unknown as Loose;
  const link = resolveUrl(looseText(feed.link), baseUrl);
  const itemBase = link ?? baseUrl;
  const ttlText = looseText(feed.ttl)?.trim() ?? '';
  const ttl = /^\d+$/.test(ttlText) ? Number(ttlText) : null;
  const items: FeedItem[] = [];
  for (const raw of output.items as Loose[]) {
    const guid = squash(looseText(raw.guid) ?? looseText(raw.id) ?? looseText(raw['rdf:about']) ?? '') || null;
    let url = resolveUrl(looseText(raw.link), itemBase);
    if (!url && guid && /^https?:\/\//i.test(guid)) url = guid;
    const title = plain(raw.title, 1000);
    const publishedAt = toIsoDate(looseText(raw.pubDate) ?? looseText(raw.date) ?? looseText(raw['dc:date']));
    const summary =
      plain(raw.summary) ?? plain(raw.content) ?? plain(raw['content:encoded']) ?? plain(raw.contentSnippet);
    const author = squash(looseText(raw.creator) ?? looseText(raw.author) ?? '') || null;
    if (!guid && !url && !title && !summary) continue;
    items.push({ guid, url, title, publishedAt, summary, author });
  }
  return { format, title: plain(feed.title, 1000), link, ttlMinutes: ttl && ttl > 0 ? ttl : null, items };
}

function parseJsonFeed(text: string, baseUrl: string | null, warnings: string[]): ParsedFeed {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new FeedParseError('invalid-json', `invalid JSON: ${(error as Error).message}`);
  }
  const feed = data as Loose;
  if (!feed || typeof feed !== 'object' || !Array.isArray(feed.items)) {
    throw new FeedParseError('not-a-feed', 'not a feed: JSON without an "items" array');
  }
  if (typeof feed.version !== 'string' || !feed.version.includes('jsonfeed.org')) {
    warnings.push('JSON document without a JSON Feed version; read as one');
  }
  const link = resolveUrl(typeof feed.home_page_url === 'string' ? feed.home_page_url : null, baseUrl);
  const items: FeedItem[] = [];
  for (const entry of feed.items as unknown[]) {
    if (!entry || typeof entry !== 'object') continue;
    const item = entry as Loose;
    const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? withoutControls(String(v)) : null);
    const authors = Array.isArray(item.authors) ? (item.authors as Loose[]) : item.author ? [item.author as Loose] : [];
    const guid = str(item.id);
    const url = resolveUrl(str(item.url) ?? str(item.external_url), link ?? baseUrl);
    const title = str(item.title) ? htmlToText(str(item.title)!, 1000) || null : null;
    const summary =
      (str(item.summary) && htmlToText(str(item.summary)!)) ||
      (str(item.content_text) && htmlToText(str(item.content_text)!)) ||
      (str(item.content_html) && htmlToText(str(item.content_html)!)) ||
      null;
    if (!guid && !url && !title && !summary) continue;
    items.push({
      guid,
      url,
      title,
      publishedAt: toIsoDate(str(item.date_published) ?? str(item.date_modified)),
      summary,
      author: authors.map((a) => str(a?.name)).find(Boolean) ?? null,
    });
  }
  return {
    format: 'json',
    title: typeof feed.title === 'string' ? squash(feed.title) || null : null,
    link,
    ttlMinutes: null,
    items,
    recovered: false,
    warnings,
  };
}

/**
 * Parses RSS 0.9x/1.0/2.0, Atom (0.3 and 1.0) and JSON Feed from raw bytes in any charset.
 * Asynchronous because rss-parser is. Well-formed XML goes through rss-parser; a document it
 * rejects is repaired (invalid characters, bare ampersands, HTML entities) and, if still rejected,
 * read by a lenient parser, with `recovered` set. DOCTYPEs are dropped and external entities are
 * never resolved. Throws FeedParseError when nothing can be read.
 */
export async function parseFeed(bytes: Uint8Array, opts: ParseFeedOptions = {}): Promise<ParsedFeed> {
  const warnings: string[] = [];
  const baseUrl = opts.baseUrl ?? null;
  const decoded = decodeBytes(bytes, { contentType: opts.contentType, override: opts.charsetOverride, kind: 'xml' });
  if (decoded.source === 'detected') warnings.push(`charset ${decoded.charset} detected (none declared or declaration contradicted)`);
  const text = decoded.text;
  const start = text.search(/\S/);
  if (start < 0) throw new FeedParseError('empty', 'empty document');
  if (text[start] === '{' || text[start] === '[') return parseJsonFeed(text, baseUrl, warnings);

  const repaired = repairXml(text);
  warnings.push(...repaired.notes);
  let feed: DomFeed | null = null;
  let strictError: string | null = null;
  // rss-parser knows nothing of xml:base; the DOM reader resolves it at every level.
  if (/\bxml:base\s*=/.test(repaired.text)) {
    feed = parseDom(repaired.text, baseUrl);
  } else {
    try {
      const parser = new RssParser<Loose, Loose>({ defaultRSS: 2 });
      feed = fromRssParser(await parser.parseString(repaired.text), rootKind(repaired.text), baseUrl);
    } catch (error) {
      strictError = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    }
    if (!feed) feed = parseDom(repaired.text, baseUrl);
    else if (feed.items.length === 0) {
      // Items outside <channel> or under an unexpected prefix are invisible to rss-parser.
      const dom = safeDom(repaired.text, baseUrl);
      if (dom && dom.items.length > 0) {
        feed = dom;
        warnings.push('items found outside the places rss-parser reads');
      }
    }
  }
  if (strictError) warnings.push(`strict parser: ${strictError}; read leniently`);
  warnings.push(...repaired.repairs);
  return { ...feed, recovered: repaired.repairs.length > 0 || strictError !== null, warnings };
}

function safeDom(text: string, baseUrl: string | null): DomFeed | null {
  try {
    return parseDom(text, baseUrl);
  } catch {
    return null;
  }
}
