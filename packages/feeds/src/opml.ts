import { Parser } from 'htmlparser2';
import { decodeBytes } from './decode.ts';

// OPML 2.0 subscription lists (http://opml.org/spec2.opml): the format every feed reader imports
// and exports. Our own per-feed settings travel as attributes in a namespace of ours, so an export
// read back loses nothing; other readers ignore them.

export const OPML_SETTINGS_NAMESPACE = 'https://github.com/peninsula-watch/peninsula-watch/opml';
const settingsPrefix = 'pwatch:';

export interface OpmlFeed {
  xmlUrl: string;
  /** `title`, else `text`. */
  title: string | null;
  htmlUrl: string | null;
  language: string | null;
  /** Enclosing outlines' texts, outermost first, then the outline's own `category` entries. */
  categories: string[];
  /** `pwatch:*` attributes, by local name ("priority" → "3"). */
  settings: Record<string, string>;
}

export interface OpmlSkipped {
  /** 1-based line of the outline. */
  line: number;
  reason: string;
}

export interface OpmlDocument {
  title: string | null;
  feeds: OpmlFeed[];
  /** Outlines that look like subscriptions but cannot be used, with why (nothing is dropped silently). */
  skipped: OpmlSkipped[];
}

export class OpmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OpmlError';
  }
}

function httpUrl(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Reads an OPML document (bytes in any encoding, or text). Every outline with an `xmlUrl` is a
 * feed; outlines without one are folders whose text becomes a category of the feeds inside.
 * External entities are never fetched (htmlparser2 knows only the predefined ones).
 */
export function readOpml(input: Uint8Array | string): OpmlDocument {
  const text = typeof input === 'string' ? input : decodeBytes(input, { contentType: 'text/xml' }).text;
  const feeds: OpmlFeed[] = [];
  const skipped: OpmlSkipped[] = [];
  const folders: Array<string | null> = [];
  const stack: string[] = [];
  let sawOpml = false;
  let inHeadTitle = false;
  let title = '';
  let line = 1;
  let scanned = 0;
  const lineAt = (index: number) => {
    for (; scanned < index && scanned < text.length; scanned++) if (text.charCodeAt(scanned) === 10) line++;
    return line;
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const tag = name.toLowerCase();
        stack.push(tag);
        if (tag === 'opml') sawOpml = true;
        if (tag === 'title' && stack.includes('head')) inHeadTitle = true;
        if (tag !== 'outline') return;
        const at = lineAt(parser.startIndex);
        const attrs = Object.fromEntries(Object.entries(attributes).map(([key, value]) => [key.toLowerCase(), value]));
        const label = (attrs['title'] || attrs['text'] || '').trim() || null;
        const rawUrl = attrs['xmlurl'];
        if (rawUrl === undefined) {
          folders.push(label);
          return;
        }
        folders.push(null);
        const xmlUrl = httpUrl(rawUrl);
        if (!xmlUrl) {
          skipped.push({ line: at, reason: rawUrl.trim() ? `xmlUrl is not an http(s) URL: ${rawUrl.trim()}` : 'empty xmlUrl' });
          return;
        }
        const settings: Record<string, string> = {};
        for (const [key, value] of Object.entries(attrs)) {
          if (key.startsWith(settingsPrefix)) settings[key.slice(settingsPrefix.length)] = value;
        }
        const own = (attrs['category'] ?? '')
          .split(',')
          .map((category) => category.trim().replace(/^\//, ''))
          .filter(Boolean);
        feeds.push({
          xmlUrl,
          title: label,
          htmlUrl: httpUrl(attrs['htmlurl']),
          language: attrs['language']?.trim() || null,
          categories: [...folders.slice(0, -1).filter((folder): folder is string => folder !== null), ...own],
          settings,
        });
      },
      ontext(data) {
        if (inHeadTitle) title += data;
      },
      onclosetag(name) {
        const tag = name.toLowerCase();
        if (tag === 'outline') folders.pop();
        if (tag === 'title') inHeadTitle = false;
        stack.pop();
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeSelfClosing: true },
  );
  parser.end(text);
  if (!sawOpml) throw new OpmlError('not an OPML document (no <opml> element)');
  return { title: title.trim() || null, feeds, skipped };
}

export interface OpmlWriteFeed {
  xmlUrl: string;
  title?: string | null;
  htmlUrl?: string | null;
  language?: string | null;
  categories?: string[];
  settings?: Record<string, string | number | boolean | null | undefined>;
}

export function escapeXmlAttribute(value: string): string {
  // Characters XML 1.0 forbids are dropped: one bad title must not make the file unreadable.
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/** Writes an OPML 2.0 document: one `rss` outline per feed, settings as `pwatch:*` attributes. */
export function writeOpml(options: { title: string; feeds: readonly OpmlWriteFeed[]; dateCreated?: Date }): string {
  const attr = (name: string, value: string | null | undefined) =>
    value === null || value === undefined || value === '' ? '' : ` ${name}="${escapeXmlAttribute(value)}"`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<opml version="2.0" xmlns:pwatch="${OPML_SETTINGS_NAMESPACE}">`,
    '  <head>',
    `    <title>${escapeXmlAttribute(options.title)}</title>`,
    ...(options.dateCreated ? [`    <dateCreated>${options.dateCreated.toUTCString()}</dateCreated>`] : []),
    '  </head>',
    '  <body>',
  ];
  for (const feed of options.feeds) {
    const label = feed.title || feed.xmlUrl;
    let outline = `    <outline type="rss"${attr('text', label)}${attr('title', label)}${attr('xmlUrl', feed.xmlUrl)}`;
    outline += attr('htmlUrl', feed.htmlUrl) + attr('language', feed.language);
    if (feed.categories?.length) outline += attr('category', feed.categories.join(','));
    for (const [key, value] of Object.entries(feed.settings ?? {})) {
      if (value !== null && value !== undefined) outline += attr(`${settingsPrefix}${key}`, String(value));
    }
    lines.push(`${outline}/>`);
  }
  lines.push('  </body>', '</opml>', '');
  return lines.join('\n');
}
