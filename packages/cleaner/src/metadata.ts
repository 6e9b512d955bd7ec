import { decodeHTML } from 'entities';
import { acceptable, dateFromUrl, parseDate, yearlessDate, type ParsedDate } from './dates.ts';
import { isDateLine, isOutletName, isPersonName } from './boilerplate.ts';
import { collapse, comparable, hasCjk, hostOf, NAME_PARTICLES, SENTENCE_END, wordCount } from './text-util.ts';

/** Metadata gathered while walking a page: meta tags, JSON-LD, `<title>`, `<time>`, canonical link. */
export interface PageMeta {
  meta: Map<string, string>;
  jsonLd: unknown[];
  documentTitle: string | null;
  canonical: string | null;
  lang: string | null;
  /** The page's <h1> texts, less those that carry the site's name or a widget's. */
  h1: string[];
  /** Headings the template marks as the post's own title ("entry-title", itemprop=headline), first first. */
  headlines: string[];
  /** The text of the first <h1> that is only a link to the front page: the masthead's name for the site. */
  masthead: string | null;
  /** Whether microdata marks a Recipe (itemtype schema.org/Recipe). */
  recipeMarkup: boolean;
  /** Texts of elements whose class names a date ("date", "entry-date"), in page order, the first ten. */
  datedElements: string[];
  times: { datetime: string | null; text: string; pub: boolean }[];
  bylines: string[];
}

export function emptyMeta(): PageMeta {
  return { meta: new Map(), jsonLd: [], documentTitle: null, canonical: null, lang: null, h1: [], headlines: [], masthead: null, recipeMarkup: false, datedElements: [], times: [], bylines: [] };
}

/** Records one `<meta>`; the first value of each key wins, as publishers put the primary one first. */
export function addMetaTag(page: PageMeta, attribs: Record<string, string>): void {
  const content = attribs.content;
  if (content === undefined) return;
  const value = collapse(content);
  if (!value) return;
  for (const key of [attribs.property, attribs.name, attribs.itemprop, attribs['http-equiv']]) {
    if (!key) continue;
    // "og:title twitter:title" style space-separated properties.
    for (const k of key.toLowerCase().split(/\s+/)) if (k && !page.meta.has(k)) page.meta.set(k, value);
  }
}

export function addJsonLd(page: PageMeta, source: string): void {
  const trimmed = source.trim().replace(/^<!--|-->$/g, '').replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>\s*$/g, '');
  if (!trimmed) return;
  try {
    page.jsonLd.push(JSON.parse(trimmed));
  } catch {
    // Pages ship broken JSON-LD (trailing commas, raw newlines in strings): one retry with those fixed.
    try {
      page.jsonLd.push(JSON.parse(trimmed.replace(/,\s*([}\]])/g, '$1').replace(/[\n\r\t]/g, ' ')));
    } catch {
      /* unusable: ignore */
    }
  }
}

type Json = Record<string, unknown>;

function asObjects(value: unknown, out: Json[] = [], depth = 0): Json[] {
  if (depth > 6 || value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    for (const item of value) asObjects(item, out, depth + 1);
    return out;
  }
  const obj = value as Json;
  out.push(obj);
  if (obj['@graph']) asObjects(obj['@graph'], out, depth + 1);
  if (obj.mainEntity && typeof obj.mainEntity === 'object') asObjects(obj.mainEntity, out, depth + 1);
  return out;
}

function types(obj: Json): string[] {
  const t = obj['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

const ARTICLE_TYPE = /article|posting|report|newsarticle|blogposting|liveblog|review|analysis|opinion/i;
const STEPS_TYPE = /^(?:howto|recipe)$/i;

/** A JSON-LD text as plain paragraphs separated by blank lines: some publishers put HTML in it. */
function plainText(value: string): string {
  if (!/<[a-z/!]/i.test(value)) return value;
  return decodeHTML(value.replace(/<\/(?:p|div|li|h[1-6]|blockquote|tr)>|<br\s*\/?>/gi, '\n\n').replace(/<[^>]*>/g, ''));
}

/**
 * The text of a how-to or a recipe, for pages that render it from script: its description, then
 * its steps (HowToStep texts, sections' names and their steps).
 */
function stepsText(obj: Json): string | null {
  const parts: string[] = [];
  if (typeof obj.description === 'string') parts.push(plainText(obj.description));
  const visit = (value: unknown, depth: number): void => {
    if (depth > 5 || !value) return;
    if (typeof value === 'string') parts.push(plainText(value));
    else if (Array.isArray(value)) for (const v of value) visit(v, depth + 1);
    else if (typeof value === 'object') {
      const o = value as Json;
      if (typeof o.text === 'string') parts.push(plainText(o.text));
      else if (o.itemListElement) {
        if (typeof o.name === 'string') parts.push(o.name);
        visit(o.itemListElement, depth + 1);
      }
    }
  };
  visit(obj.step ?? obj.recipeInstructions, 0);
  const text = parts.join('\n\n').trim();
  return text || null;
}

function str(value: unknown): string | null {
  if (typeof value === 'string') return collapse(value) || null;
  if (Array.isArray(value)) return str(value[0]);
  if (value && typeof value === 'object') {
    const o = value as Json;
    return str(o['@value'] ?? o.name ?? null);
  }
  return null;
}

function names(value: unknown): string[] {
  if (!value) return [];
  if (typeof value === 'string') return [collapse(value)];
  if (Array.isArray(value)) return value.flatMap(names);
  if (typeof value === 'object') {
    const o = value as Json;
    const n = str(o.name) ?? [str(o.givenName), str(o.familyName)].filter(Boolean).join(' ');
    return n ? [n] : [];
  }
  return [];
}

export interface JsonLdArticle {
  headline: string | null;
  /** The article's name, where it gives a headline too (Wikipedia: name the title, headline a description). */
  name: string | null;
  datePublished: string | null;
  dateModified: string | null;
  authors: string[];
  /** Every author node is typed an organization (the publisher naming itself). */
  authorsAreOrganizations: boolean;
  publisher: string | null;
  articleBody: string | null;
  url: string | null;
  language: string | null;
}

/** Whether the page says it is a recipe, in JSON-LD or in microdata. */
export function declaresRecipe(page: PageMeta): boolean {
  return page.recipeMarkup || page.jsonLd.some((v) => asObjects(v).some((o) => types(o).some((t) => /^(?:https?:\/\/schema\.org\/)?Recipe$/i.test(t))));
}

/** The article object among a page's JSON-LD, falling back to a WebPage's fields. */
export function jsonLdArticle(page: PageMeta): JsonLdArticle | null {
  const objects = page.jsonLd.flatMap((v) => asObjects(v));
  if (objects.length === 0) return null;
  const article = objects.find((o) => types(o).some((t) => ARTICLE_TYPE.test(t)));
  const webPage = objects.find((o) => types(o).some((t) => /webpage/i.test(t)));
  const org = objects.find((o) => types(o).some((t) => /organization|newsmediaorganization/i.test(t)));
  // A how-to's or recipe's text only: its name, dates and author are often the template's, the page's own metadata does better.
  const steps = article ? undefined : objects.find((o) => types(o).some((t) => STEPS_TYPE.test(t)));
  const stepsBody = steps ? stepsText(steps) : null;
  const main = article ?? webPage;
  if (!main) {
    return stepsBody
      ? { headline: null, name: null, datePublished: null, dateModified: null, authors: [], authorsAreOrganizations: false, publisher: null, articleBody: stepsBody, url: null, language: null }
      : null;
  }
  const publisher = main.publisher ?? org;
  // Yoast and its kin name the author by reference ("author": {"@id": "…#/schema/person/…"}) to
  // a Person node elsewhere in the graph.
  const byId = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(byId);
    if (!value || typeof value !== 'object') return value;
    const ref = (value as Json)['@id'];
    if (typeof ref !== 'string' || (value as Json).name !== undefined) return value;
    return objects.find((o) => o !== value && o['@id'] === ref && o.name !== undefined) ?? value;
  };
  const authorNodes = [byId(main.author ?? main.creator)].flat();
  const authors = names(authorNodes).filter((n) => !/^https?:/.test(n));
  // Yoast types a site owner who writes ["Person", "Organization"]: a person all the same.
  const isOrganization = (node: unknown) => {
    const t = node && typeof node === 'object' ? types(node as Json) : [];
    return t.some((x) => /organi[sz]ation/i.test(x)) && !t.some((x) => /person/i.test(x));
  };
  return {
    headline: str(main.headline) ?? (article ? str(main.name) : null),
    name: article ? str(main.name) : null,
    datePublished: str(main.datePublished) ?? str(main.dateCreated) ?? str(main.uploadDate),
    dateModified: str(main.dateModified),
    authors,
    authorsAreOrganizations: authorNodes.length > 0 && authorNodes.every(isOrganization),
    publisher: names(publisher)[0] ?? null,
    articleBody: typeof main.articleBody === 'string' ? plainText(main.articleBody) : stepsBody,
    url: str(main.url) ?? str(main.mainEntityOfPage && (main.mainEntityOfPage as Json)['@id']) ?? null,
    language: str(main.inLanguage),
  };
}

function absolute(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  try {
    const u = base ? new URL(href, base) : new URL(href);
    return /^https?:$/.test(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}

const BLOG_ARCHIVE = /^(?:blog[- ]?)?(?:archive|archiv|archives|archivo|archief)$/i;
const SEPARATORS = /\s+[|\-–—:·•»«›‹∙/]{1,2}\s+|\s*[|·•»›∙｜：]\s*/;

/** A whole date: "23.01.2022", "2022-01-23", "23. Januar 2022", "Jan 23, 2022" (a year alone is no date). */
function isDateSegment(p: string): boolean {
  if (/^\d{1,4}[./-]\d{1,2}[./-]\d{2,4}$/.test(p)) return true;
  return isDateLine(p) && /\b\d{4}\b/.test(p) && p.split(/[\s,.]+/).filter(Boolean).length >= 3;
}
/** "14. - 20. Januar 2022": a range, whose second date belongs to the title. */
const DATE_RANGE = /\d\.?\s*[-–—]\s*\d/;

/** The host's name as a word: "pronats" for www.pronats.de, "koreajoongangdaily" for koreajoongangdaily.joins.com. */
function hostWordOf(host: string | null): string {
  return host ? host.replace(/^www\./, '').split('.')[0]!.replace(/[^\p{L}\d]/gu, '').toLowerCase() : '';
}

/**
 * The site's name: the declared one, else the one the title ends with. A name that is only the host's
 * slug ("koreatimes") gives way to the title's where that spells it out ("… - The Korea Times"), not
 * to a forum board's ("Python" on reddit).
 */
function siteNameOf(declared: string | null, host: string | null, fromTitle: () => string | null): string | null {
  if (declared === null) return fromTitle();
  const slug = /^[a-z\d-]+$/.test(declared) ? declared.replace(/-/g, '') : null;
  if (slug === null || slug !== hostWordOf(host)) return collapse(declared);
  const titled = fromTitle();
  return titled !== null && titled.toLowerCase().replace(/[^\p{L}\d]/gu, '').includes(slug) ? titled : collapse(declared);
}

/** Whether `text` names the site: its declared name, or its host's name ("ProNATs e.V." on pronats.de). */
function isSiteName(text: string, siteName: string | null, host: string | null): boolean {
  const c = comparable(text).replace(/\s/g, '');
  if (!c) return false;
  if (siteName && c === comparable(siteName).replace(/\s/g, '')) return true;
  const hostWord = hostWordOf(host);
  return !!hostWord && (c === hostWord || (hostWord.length >= 4 && c.startsWith(hostWord) && c.length <= hostWord.length + 4));
}

/**
 * Whether an author field holds a login rather than a name: one lower-case token, perhaps joined
 * by dots, dashes or underscores ("arianschlichenmayer", "edilson.la.rosa", "admin"), or an email
 * address ("jane@example.org", "jane[at]example.org"). CMSs fill the field with the account's
 * name where the writer set no display name; the page's byline usually spells the name out.
 */
function isLogin(author: string): boolean {
  return /^[\p{Ll}\d]+(?:[._-][\p{Ll}\d]+)*$/u.test(author) || /^[^\s@]+(?:@|\[at\])[^\s@]+\.[a-z]{2,}$/i.test(author);
}

/** Whether `text` spells out the site's domain ("Deutsche Welle (www.dw.com)", "stol.it / Suedtirol Online"). */
function namesDomain(text: string, host: string | null): boolean {
  if (!host) return false;
  // hostOf has taken "www." off already.
  const labels = host.split('.');
  // The last two labels, unless they are a country's second level ("co.uk", "com.br"): then three.
  const take = labels.length >= 3 && labels[labels.length - 2]!.length <= 3 ? 3 : 2;
  const domain = labels.slice(-take).join('.');
  return domain.includes('.') && text.toLowerCase().includes(domain);
}

function stripSiteName(title: string, siteName: string | null, host: string | null, h1: string[], marked: string | null = null): string {
  // Chinese titles join the site's name with a bare hyphen or underscore ("外交部：中方希望各方保持克制-新华网",
  // "…_科技_腾讯网", People's Daily's "…--国际--人民网"), which also occur inside titles: cut there only
  // where the page's headline ends.
  for (const h of h1) {
    if (h.length >= 6 && title.startsWith(h) && /^[-_－]+\p{Script=Han}/u.test(title.slice(h.length))) return h;
    // … and so does Xinhua's English site: "China urges restraint on Korean Peninsula-Xinhua".
    if (h.length >= 10 && title.startsWith(h) && /^[-_]\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,3}$/u.test(title.slice(h.length))) return h;
    // … and the Asahi's English site, a bare colon before its name: "…on abductions:The Asahi Shimbun".
    const after = h.length >= 10 && title.startsWith(h) ? /^\s*[:：]\s*(.{2,40})$/u.exec(title.slice(h.length)) : null;
    if (after && isSiteName(after[1]!, siteName, host)) return h;
  }
  // … or end with a name that says it is a site: "…英雄的城！-新华网", "…_人民日报", "…-央视新闻".
  // The section before it goes too: "…大不同_教育频道_中国青年网", "…后果很严重 _探索者 _光明网".
  const cjkSite = /(?:\s*[_|｜]\s*[\p{Script=Han}]{1,6})*\s*[-_－|｜]\s*[\p{Script=Han}A-Za-z]{0,8}(?:网|網|报|報|新闻|新聞|在线|频道|门户)$/u.exec(title);
  if (cjkSite && cjkSite.index >= 6) return title.slice(0, cjkSite.index).trim();
  // "北朝鮮が弾道ミサイル発射：朝日新聞デジタル": a Japanese paper's name after a full-width colon.
  const japaneseSite = /[：:]\s*[\p{Script=Han}\p{Script=Katakana}ー・A-Za-z]{1,10}(?:新聞(?:デジタル)?|デジタル|ニュース|通信|放送|NEWS)$/u.exec(title);
  if (japaneseSite && japaneseSite.index >= 6) return title.slice(0, japaneseSite.index).trim();
  // Korean papers' CMS: "북한 탄도미사일 동해상 발사 < 정치 < 뉴스 < 기사본문 - 경기일보", a breadcrumb after the headline.
  const crumbs = /^(.{6,}?)(?:\s+<\s+[^<]{1,20}){1,6}(?:\s+[-|]\s+[^<|-]{1,30})?$/u.exec(title);
  if (crumbs && /\s<\s*기사\s?본문(?:\s|$)/u.test(title)) return crumbs[1]!;
  // Hankyoreh's "북, 동해상 탄도미사일 발사 : 국방·북한 : 정치 : 뉴스 : 한겨레": the headline, then a trail of
  // sections, each set off by a spaced colon (which a headline's own colon is not, twice over).
  const trail = title.split(/\s+:\s+/);
  if (trail.length >= 3 && trail[0]!.length >= 6 && trail.slice(1).every((part) => part.length <= 20 && part.split(/\s+/).length <= 3)) return trail[0]!;
  // "»Headline« (neues deutschland)": the site's name in parentheses.
  const bracketed = /\s*\(([^()]{2,40})\)$/.exec(title);
  if (bracketed && bracketed.index >= 10 && isSiteName(bracketed[1]!, siteName, host)) return title.slice(0, bracketed.index);
  // "100. Geburtstag: Holocaust-Überlebende … wird 100 Jahre" over an <h1> of the headline alone:
  // the kicker before it is the section's label.
  for (const h of h1) {
    if (h.length < 20 || !title.endsWith(h)) continue;
    const kicker = /^([^:–—|]{2,60}?)\s*[:–—]\s*$/.exec(title.slice(0, title.length - h.length));
    if (kicker && kicker[1]!.trim().split(/\s+/).length <= 5) return h;
  }
  const parts = title.split(SEPARATORS).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return title;
  // "Site » Blog Archive » Post": the template says which part is the post, whatever the headings hold
  // (an old theme's <h1> and "post-title" are often the blog's name).
  const archive = parts.findIndex((p) => BLOG_ARCHIVE.test(p));
  if (archive >= 1 && archive === parts.length - 2) return parts[archive + 1]!;
  const h1Match = h1.find((h) => comparable(h) === comparable(title));
  if (h1Match) return title;
  const ct = comparable(title);
  // The heading the template marks as the post's title, where the title holds it, is the headline.
  if (marked && comparable(marked).length > 5 && ct.includes(comparable(marked))) return marked;
  // Of the headings the title holds, the longest, then the first in it: a site's or a section's
  // name is the shorter, and it trails.
  let held: string | null = null;
  let heldAt = 0;
  for (const h of h1) {
    // A blog's <h1> is often its own name ("Disfunctions.de » Blog Archiv » Podcasts in Plex einbinden").
    if (isSiteName(h, siteName, host)) continue;
    const ch = comparable(h);
    const at = ch.length > 10 ? ct.indexOf(ch) : -1;
    if (at >= 0 && (!held || h.length > held.length || (h.length === held.length && at < heldAt))) {
      held = h;
      heldAt = at;
    }
  }
  if (held) return held;
  const site = siteName ? comparable(siteName) : null;
  const isSite = (p: string) => {
    // A segment that is only a date ("23.01.2022 - Headline - Site") is furniture as much as the site's name.
    if (isDateSegment(p) && !DATE_RANGE.test(title)) return true;
    // WordPress's old themes put the archive between the site and the post: "Site » Blog Archive » Post".
    if (BLOG_ARCHIVE.test(p)) return true;
    const c = comparable(p);
    // "Site News" is the site; "Headline @ Site" holds it but is the headline.
    const nearlySite = site !== null && (c === site || (c.includes(site) && c.length <= site.length * 1.5 + 5) || site.includes(c));
    return nearlySite || isSiteName(p, siteName, host);
  };
  const kept = parts.filter((p) => !isSite(p));
  if (kept.length > 0 && kept.length < parts.length) {
    // Only cut at the separator positions: rebuild from the original title.
    const first = parts.findIndex((p) => !isSite(p));
    // "Post - Site - Tagline": what follows the site's name is the site's too.
    const siteAfter = parts.findIndex((p, i) => i > first && isSite(p) && !isDateSegment(p));
    const last = siteAfter > first ? siteAfter - 1 : parts.length - 1 - [...parts].reverse().findIndex((p) => !isSite(p));
    const startAt = title.indexOf(parts[first]!);
    const endAt = title.lastIndexOf(parts[last]!) + parts[last]!.length;
    const rest = title.slice(startAt, endAt).trim();
    // Only a date went ("23.01.2022 - Headline - Site"): the site's name may still trail.
    const onlyDates = parts.every((p) => !isSite(p) || isDateSegment(p));
    return onlyDates && rest.length < title.length ? stripSiteName(rest, siteName, host, h1) : rest;
  }
  // A document title with a trailing short segment is usually "Headline | Site".
  if (parts.length >= 2) {
    const lastPart = parts[parts.length - 1]!;
    // Site names are names: a trailing segment in lower case ("… - an async framework") is a subtitle,
    // unless it is an address ("… | tagesschau.de"). A Korean or Chinese headline says in three words
    // what takes four ("北 탄도미사일 발사 - 매일경제").
    const headlineLong = parts[0]!.split(/\s+/).length >= 4 || (hasCjk(parts[0]!) && parts[0]!.length >= 8);
    const named = !/^\p{Ll}/u.test(lastPart) || /^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$/i.test(lastPart);
    if (lastPart.split(/\s+/).length <= 4 && headlineLong && named) {
      return title.slice(0, title.lastIndexOf(lastPart)).replace(/[\s|\-–—:·•»«›‹∙/]+$/, '').trim();
    }
  }
  return title;
}

/** Titles that were entity-encoded twice ("Thermen- &#038; Vulkanland") decode once more. */
function decodeTitle(title: string): string {
  return /&(?:#\d{2,6}|#x[\da-f]{2,5}|[a-z]{2,8});/i.test(title) ? decodeHTML(title) : title;
}

/**
 * The site's name where no tag gives it: the segment the document title ends with, once the
 * headline is cut from it ("…--国际--人民网", "… : 정치 : 뉴스 : 한겨레", "N. Korea fires missile | Example News").
 */
/**
 * A text dump's headline without the site's name it ends with ("North Korea launches another ICBM |
 * NK News"), and that name where the dump names no source.
 */
export function dumpTitle(title: string, source: string | null, url: string | null): { title: string; siteName: string | null } {
  const host = hostOf(url);
  const full = collapse(title);
  const kept = stripSiteName(full, source, host, []).replace(/\s+[-–—|:·•›∙]+$/, '') || full;
  // With no page around it to tell, a trailing segment after a dash is a source as often as a site
  // ("… on Korean Peninsula — MFA", "… - report"): only a bar, the host's name or a name that says it
  // is an outlet goes.
  const tail = full.slice(kept.length);
  const cut = kept !== full && full.startsWith(kept) && (/[|｜]/.test(tail) || isSiteName(tail.replace(/^[\s\-–—|:·•›∙]+/, ''), source, host) || OUTLET_NAME.test(tail));
  return cut ? { title: kept, siteName: source ?? siteFromTitle(full, host, []) } : { title: full, siteName: source };
}

/** Words that say a name is an outlet's: "… - The Korea Times", "… — Yonhap News Agency", "…-新华网", "РИА Новости". */
export const OUTLET_NAME = /\b(?:News|Times|Post|Daily|Herald|Journal|Tribune|Agency|Network|Online|TV|Radio|Press|Media|Gazette|Review|Observer|Monitor)\b|\.(?:com|net|org|kr|cn|jp)\b|(?:网|網|報|报|新聞|新闻|뉴스|일보|신문|通信)$|(?:^|\s)(?:Новости|Известия|Газета|Ведомости|ТАСС)(?:$|\s)/u;

function siteFromTitle(documentTitle: string | null, host: string | null, headings: string[]): string | null {
  if (!documentTitle) return null;
  const full = decodeTitle(collapse(documentTitle));
  const kept = stripSiteName(full, null, host, headings);
  if (kept === full || !full.startsWith(kept)) return null;
  const segments = full
    .slice(kept.length)
    .split(/\s*(?:[|｜·•›»：]|\s[-–—:<]\s|--|[-_－](?=\p{Script=Han}))\s*/u)
    .map((segment) => segment.replace(/^[\s\-–—:：_－/\\]+|[\s\-–—:：_－/\\]+$/g, ''))
    .filter(Boolean);
  // The segment that names the host, else the last one.
  const last = segments.find((segment) => isSiteName(segment, null, host)) ?? segments.at(-1);
  if (!last || last.length > 40 || /\d/.test(last) || isDateLine(last) || GENERIC_SECTION.test(last)) return null;
  // A name's words are capitalised ("Am Rande der Realität"); a tagline or a second headline's are not
  // ("Weihnachten für alle Sinne", "Podcasts in Plex einbinden").
  const words = last.split(/\s+/);
  if (words.length > 5 || words.filter((word) => /^\p{Ll}/u.test(word)).length > 1) return null;
  return last;
}

/** Segments that name a section of any site, not the site. */
const GENERIC_SECTION = /^(?:news|home|blog|startseite|aktuelles|nachrichten|artikel|magazin|politik|politics|world|business|sport|sports|opinion|뉴스|新闻|ニュース)$/i;

/** The first heading that is not the site's own name: the story's headline. */
function storyHeadline(siteName: string | null, host: string | null, h1: string[]): string | null {
  const site = siteName ? comparable(siteName) : null;
  const hostWord = host ? host.replace(/^www\./, '').split('.')[0]! : null;
  // Many templates print the site's name in an <h1> of the masthead.
  return h1.find((h) => {
    const c = comparable(h);
    // A short host word ("be" of be.ch) is in many a headline's letters: only a longer one names the site.
    return h.length >= 8 && c !== site && !(hostWord && (hostWord.length >= 4 ? c.replace(/\s/g, '').includes(hostWord) : c === hostWord));
  }) ?? null;
}

/** How many words of three letters or more two titles share; Infinity when either has none to compare (CJK). */
function wordsInCommon(a: string, b: string): number {
  const words = (t: string) => comparable(t).split(' ').filter((w) => w.length >= 3);
  const wa = new Set(words(a));
  const wb = new Set(words(b));
  if (wa.size === 0 || wb.size === 0) return Infinity;
  let n = 0;
  for (const w of wa) if (wb.has(w)) n++;
  return n;
}

/**
 * A title that names the site or its section ("Harbour Daily", "Press releases") rather than the
 * story: it is the site name, or a few words sharing none with the page's longer headline.
 */
function isLabel(title: string, siteName: string | null, host: string | null, headline: string | null): boolean {
  if (!headline) return false;
  const t = comparable(title);
  const hostWord = host ? host.replace(/^www\./, '').split('.')[0]! : null;
  if ((siteName && t === comparable(siteName)) || (hostWord && t.replace(/\s/g, '') === hostWord)) return comparable(headline) !== t;
  const words = t.split(' ');
  if (words.length > 3) return false;
  const hWords = new Set(comparable(headline).split(' '));
  return hWords.size > words.length + 1 && !words.some((w) => hWords.has(w));
}

export interface ResolvedMeta {
  title: string | null;
  url: string | null;
  /** From JSON-LD or meta tags. */
  author: string | null;
  /**
   * `author` names the publisher or the site, or is a login ("edilson.la.rosa", "jdoe", an
   * address), not a writer's name: a byline naming someone does better.
   */
  authorGivesWay: boolean;
  /** From the first element marked as a byline, anywhere on the page: the weakest source. */
  bylineAuthor: string | null;
  /** The text of every element marked as a byline, uncleaned, in the order they close (a list's links before the list). */
  bylines: string[];
  siteName: string | null;
  language: string | null;
  date: ParsedDate | null;
  articleBody: string | null;
}

const DATE_KEYS = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'datepublished', 'article.published',
  'published_time', 'publish-date', 'publish_date', 'publishdate', 'pubdate', 'pub_date', 'dc.date.issued', 'dc.date',
  'dcterms.created', 'dcterms.date', 'dcterms.issued', 'date', 'sailthru.date', 'parsely-pub-date', 'article_date_original',
  'originalpublicationdate', 'cxenseparse:recs:publishtime', 'release_date', 'dc.date.created', 'citation_publication_date',
  'article.created', 'og:regDate', 'og:regdate', 'nv:date',
  // RDFa on the page ("property=schema:datePublished"); a video page's upload date last, as an embedded
  // video may be older than the story around it. Not "dateCreated": CMSs stamp it when they import
  // an archive (a 2015 story "created" in 2019).
  'schema:datepublished', 'uploaddate',
];
const MODIFIED_KEYS = ['article:modified_time', 'og:updated_time', 'datemodified', 'lastmod', 'last-modified', 'dcterms.modified'];
const AUTHOR_KEYS = ['author', 'article:author', 'article:author_name', 'byl', 'dc.creator', 'dcterms.creator', 'sailthru.author', 'parsely-author', 'twitter:creator', 'og:article:author', 'citation_author', 'cxenseparse:author'];

const WRITTEN_BY = /^(?:written by|verfasst von|geschrieben von|écrit par|escrito por|scritto da|door|autor(?:in)?|author)$/i;

/** "Posted on 3 May 2021 by", "Veröffentlicht von", "Text und Interview:": what stands before a name. */
const AUTHOR_LEAD =
  /^(?:(?:posted|published|written|erstellt|veröffentlicht|publiziert|geschrieben|verfasst|eingestellt|gepostet|publicado|publié|beitrag)(?:\s+(?:on|am|le|el)\s+[^|]*?\d{4})?\s*(?:by|von|par|por)\s*[:：]?\s*|(?:text(?:\s+und\s+[\p{L}]+)?|interview|fotos?|autor(?:in)?|autoren|authors?|reporting|by|von|vom|par|por|di|door|przez|written by|(?:zeige |view )?(?:mehr|alles|alle (?:artikel|beiträge)|more|all (?:posts|articles|stories)|more (?:posts|articles|stories)|posts|articles|stories)\s+(?:von|by|from))\s*[:：]?\s+)/iu;
/** Values that are labels, not names. */
// A section's name in a byline's place says nothing of the writer: the White House's "Statements and
// Releases", a ministry's "Press Releases" or "Readouts".
const NOT_A_NAME = /^(?:by|von|par|por|di|posted(?: on| by)?|published(?: on| by)?|publiziert(?: am)?|veröffentlicht(?: am)?|name\*?|author|autor(?:in)?|admin|administrator|editor|anonymous|unknown|guest|no author|unknown author|kein autor|\d+ (?:articles?|posts?|beiträge|artikel|stories)|(?:(?:press|news|media) )?(?:statements?|releases?|remarks|speeches|briefings?|readouts?|transcripts?|announcements?)(?: (?:and|&) (?:(?:press|news|media) )?(?:statements|releases|remarks|speeches|briefings|readouts|transcripts|announcements))?)$/i;

/** A body named as the author by its legal form or its kind ("Bund der Energieverbraucher e.V.", "Web Commerce GmbH", "Hanns-Seidel-Stiftung e.V."): it published the piece, someone wrote it. */
const ORGANIZATION = /(?:^|[\s-])(?:e\.\s?V\.|gGmbH|GmbH|AG|SE|KG|Inc\.|Ltd\.?|LLC|S\.A\.|Stiftung|Verband|Verein|Foundation|Association|Institut|Institute|Ministerium|Ministry)(?:$|[\s,])/u;

/** An editorial desk named as the author: it stands for the writers, whom a byline may name. */
const DESK = /^(?:(?:online-?|nachrichten-?|sport-?)?redaktion|staff|news ?desk|editorial (?:team|staff|board)|redacción|rédaction|redazione|redakcja)$/i;

/** The words from the first number on, where a date may follow a name. */
const TRAILING_DATE = /\s+\d.*$/u;

/** A person's or desk's name from a byline or an author field, or null when it is none. */
export function cleanAuthor(raw: string | null): string | null {
  if (!raw) return null;
  // Author fields are entity-encoded twice often enough: "Redacci&oacute;n".
  let a = collapse(/&(?:#\d{2,6}|#x[\da-f]{2,5}|[a-z]{2,8});/i.test(raw) ? decodeHTML(raw) : raw);
  // Handles ("@jdoe") are accounts, not names; nor is a CMS's user id ("F_2101", "CC7567").
  if (a.startsWith('@') || isDateLine(a) || /^[A-Za-z]{0,3}[_-]?\d{3,}$|^[A-Za-z]+_\d+$/.test(a)) return null;
  // "(서울=뉴스1) 김정률 기자": the dateline before a Korean reporter's name.
  if (a.includes('=')) a = a.replace(/^[(（]\s*[\p{L}\s]{1,12}=\s*[^)）]{1,20}[)）]\s*/u, '');
  a = a.replace(/^[^\p{L}\p{N}]+/u, '');
  // "By" and the name in elements of their own, read together: "ByJane Doe".
  a = a.replace(/^(?:By|Von|Par|Por)(?=\p{Lu}[\p{Ll}.])/u, '');
  // "29. Juni 2017, 23:39 · von Tobi": the post's date, then the name.
  const dated = /^(.{4,60}?)[\s,·•|–—-]+(?:by|von|par|por|door|di)\s+(?=\p{Lu})/u.exec(a);
  if (dated && isDateLine(dated[1]!.replace(/,?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*uhr)?$/i, ''))) a = a.slice(dated[0].length);
  for (let i = 0; i < 2; i++) a = a.replace(AUTHOR_LEAD, '');
  // A Chinese label before the name: "作者：刘洋", "文/张三".
  a = a.replace(/^(?:作者|撰文|文|记者|記者|編集|筆者)\s*[:：/／]\s*/u, '');
  // The writer's office after the name: "Marco Rubio, Secretary of State", "Jane Doe, Deputy Spokesperson".
  a = a.replace(/,\s*(?:(?:Deputy|Assistant|Under|Acting|Chief|Senior|Principal|Special|Vice|Foreign|Prime|Press|National Security)\s+)*(?:Secretary|Minister|Spokesperson|Spokesman|Spokeswoman|Ambassador|Envoy|Adviser|Advisor|President|Representative|Director|Commissioner|Secretary-General)(?:\s+(?:of|for|to|General)\s+[\p{L} ]{2,40})?$/u, '');
  // The name read twice, once for screen readers: "Kristen Falc'honKristen Falc'hon".
  a = a.replace(/^(.{3,60}?)\1$/u, '$1');
  // A live post's byline: "From CNN's Kevin Liptak", "From The Guardian's Justin McCurry".
  a = a.replace(/^[Ff]rom\s+(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}&.-]*\s+){0,3}\p{Lu}[\p{L}&.-]*[’']s\s+(?=\p{Lu})/u, '');
  // Where each writer filed from: "Yoonjung Seo in Seoul", "Hyonhee Shin in Seoul and Kantaro Komiya in Tokyo".
  // (Only after a name of two words or more: "Lost in Translation" is a pen name.)
  const filed = a.replace(/\s+in\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}(?=\s*(?:,|\band\b|&|$))/gu, '');
  if (filed !== a && /^\p{Lu}[\p{L}.'’-]*\s+\p{Lu}/u.test(filed)) a = filed;
  // "FOCUS-Online-Experte Robin Tschöpe", "Rechtsanwalt Sebastian Einbock": the writer's standing before the name.
  a = a.replace(/^(?:[\p{L}-]+-)?(?:experte|expertin|gastautor(?:in)?|rechtsanwalt|rechtsanwältin|fachanwalt|fachanwältin)\s+(?=\p{Lu})/iu, '');
  // The editor in charge ("责任编辑：张三 SN225", "Editor: Wang Lin") saw the story through; someone else wrote it.
  if (/^(?:责任编辑|責任編輯|编辑|編輯|编审|editor|redakteur(?:in)? vom dienst)\s*[:：]|^(?:edited by|redigiert von)\s/iu.test(a)) return null;
  // An address spelled out against harvesters ("cipha[at]cipha.net") is no name.
  if (/[[(]at[\])]/i.test(a)) return null;
  if (isDateLine(a)) return null;
  a = a
    // "Jane Doe am 21. April 2020", "Jane Doe, 01.12.2021", "Jane Doe » 21.01.2009, 05:42", "Jane Doe - https://…"
    .replace(/\s+(?:am|on|le|el|il)\s+\d.*$/i, '')
    // "Jane Doe Thursday, November 9, 2023": the date line read with the name.
    .replace(/,?\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag),?\s+(?:\d|\p{L}+\s+\d).*$/iu, '')
    .replace(/\s*[,|»–—·•-]\s*(?:\d|https?:|www\.|(?:veröffentlicht|published|aktualisiert|updated)\b).*$/i, '')
    // A role after the name; a single role word only after a separator ("Rasender Reporter" is a pen name).
    .replace(/\s*[|,]?\s*(?:staff writer|staff reporter)$|\s*[|,]\s*(?:correspondent|reporter|redakteur(?:in)?)$/i, '')
    // "ZHANG YUNBI | chinadaily.com.cn | Updated: …": the site's address after the name.
    .replace(/\s*\|\s*(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}(?:\s*\|.*)?$/i, '')
    // "Nathan Parker, Varun Khaneja and Kiran C Nair - Chrome Safe Browsing team": the team after the names.
    .replace(/\s+[-–—]\s+[\p{L}\s]{0,40}\b(?:team|desk|staff|redaktion|editorial)$/iu, '')
    // "Grant Tinsley, PhD", "Jane Doe, MS, RD": degrees after the name.
    .replace(/(?:,\s*(?:Ph\.?\s?D|M\.?D|MPH|MSc|MS|MA|MBA|RD|RN|DO|CPT|LLM|DPhil)\.?)+$/u, '')
    // "Patrick Ludolph, Fotograf aus Hamburg und Gründer von …": the writer's trade after the name.
    .replace(/,\s*(?:freie[rn]?\s+)?(?:fotograf|gründer|journalist|autor|redakteur|chefredakteur|korrespondent|reporter|geschäftsführer|volontär)(?:in)?\b.*$/iu, '')
    // "Rob Picheta, CNN": the desk's initials after the name.
    .replace(/,\s*\p{Lu}{2,6}$/u, '')
    // "Jieun Kim for RFA Korean", "Jane Doe for The Washington Post": the outlet a person filed for
    // ("Organization for Transformative Works" is a name).
    .replace(/^(.+?)\s+for\s+(?:the\s+)?\p{Lu}[\p{L}&.'-]*(?:\s+\p{Lu}[\p{L}&.'-]*){0,4}$/u, (whole, name: string) => (isPersonName(name) ? name : whole))
    // "Jane Doe, Senior Staff Technologist, Speech Project": the role after the name.
    .replace(
      /,\s*(?:[\p{L}-]+\s+){0,2}?(?:(?:senior|staff|chief|deputy|associate|assistant|executive|managing|contributing|special|political|foreign|national|global|science|legal|principal|department|press)\s+)*(?:technologist|editor|writer|director|professor|analyst|fellow|researcher|producer|correspondent|reporter|columnist|contributor|attorney|counsel|officer|president|manager|spokesperson|spokesman|spokeswoman)\b.*$/iu,
      '',
    )
    // "김수연 기자(ksy@yna.co.kr)", "记者 王晓": the title and the address around a Korean, Chinese or Japanese name.
    .replace(/\s*[(（[]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[)）\]]?/gu, '')
    // "Kim Tong-Hyung, Associated Press", "Hyonhee Shin, Reuters": the wire after the writer's name.
    .replace(/(?<=\p{L}.*\s\p{L}.*),\s*(?:the\s+)?(?:associated press|reuters|afp|agence france-presse|yonhap(?: news agency)?|xinhua|kyodo(?: news)?|bloomberg|tass|dpa)$/iu, '')
    .replace(/(?<=\p{Script=Hangul})\s*(?:선임|수석|객원|인턴)?\s*(?:기자|특파원|통신원|논설위원|에디터)$/u, '')
    .replace(/^(?:记者|記者)\s*/u, '')
    // "ソウル＝太田成美2024年3月5日 8時12分": a Japanese paper's byline, its place before "＝", the date after.
    .replace(/\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日.*$/u, '')
    .replace(/^[\p{Script=Han}\p{Script=Katakana}ー・]{1,10}[=＝](?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/u, '')
    // "GILLIAN MOHNEY March 11, 2015 3:46 PM": the date after the name.
    .replace(/\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|januar|februar|märz|juni|juli|oktober|dezember)\s+\d{1,2}\b.*$/i, '')
    // "Lucas Nolan22 Dec 2016": a date printed against the name.
    .replace(/(?<=\p{Ll})\d{1,2}\.?\s+\p{L}{3,}\.?\s+\d{4}.*$/u, '')
    // "Newsdesk 28. Januar 2022", "Jane Doe 20.11.2026 09:12": a date of any spelling after the name.
    .replace(TRAILING_DATE, (tail) => (isDateLine(tail.trim()) ? '' : tail))
    // "Williams Perdomo @wperdomod": the account after the name.
    .replace(/\s+@\w+$/, '')
    // "Isabella.DiBiase am": the word that led to a date left behind.
    .replace(/\s+(?:am|um|on|at)$/i, '')
    .replace(/[\s,;:|–—-]+$/, '')
    .trim();
  // "Kathrin Führes Kathrin Führes": the name read twice (a link and its text).
  const half = a.length >> 1;
  if (a.length % 2 === 1 && a[half] === ' ' && a.slice(0, half).includes(' ') && a.slice(0, half) === a.slice(half + 1)) a = a.slice(0, half);
  // A label with no name after it: "Artikel von", "Article by".
  if (!a || NOT_A_NAME.test(a) || /^(?:\p{L}+\s+)?(?:by|von|par|por|door|di)$/iu.test(a) || isDateLine(a)) return null;
  if (/^https?:|^@|^\d+$|^[\w-]+(?:\.[\w-]+)*\.(?:[a-z]{2}|com|org|net|info|de|at|ch)$/i.test(a)) return null;
  // Comments and sentences caught by a byline class ("X sagt: …"), and commenters' signatures
  // ("sarah sagt", "stephangoeldi said, on August 3", "Kommentar von jancak"), are not names.
  if (/\b(?:sagt|says|schreibt|wrote)\s*:|\s(?:sagt|says|said|schreibt|wrote)\b(?:[\s,].*)?$|\bkommentar von\b/i.test(a)) return null;
  // Words in lower case that are no particle of a name are a phrase: "deinen Hochzeitsbloggern",
  // "unserer Redaktion" (a login is one word: "jancak" stays; "unocero - Alberto Ávila" is split later).
  const first = /^[\p{L}'’. ]+$/u.test(a) ? /^(\p{Ll}[\p{L}'’]*)\s/u.exec(a) : null;
  if (first && !NAME_PARTICLES.includes(first[1]!) && !/^(?:d'|l')/.test(first[1]!)) return null;
  // A weekday left of a date line ("Donnerstag, 4. November 2021") is no name.
  if (/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)$/i.test(a)) return null;
  return a.length > 100 ? a.slice(0, 100) : a;
}

/** A title with its quotes, apostrophes and dashes as a typewriter has them. */
function asciiPunctuation(text: string): string {
  return text.replace(/[‘’‚‛′]/g, "'").replace(/[“”„‟″«»]/g, '"').replace(/[‐‑‒–—―]/g, '-');
}

/**
 * A site's name without the tagline its tag adds: "38 North: Informed Analysis of North Korea", "NK News -
 * North Korea News" name "38 North" and "NK News". A name of a few words before a longer phrase only.
 */
function withoutTagline(name: string | null): string | null {
  if (name === null) return null;
  const m = /^(.{2,30}?)(?::\s+|\s+[-–—|]\s+)(.+)$/u.exec(name.trim());
  if (!m || wordCount(m[1]!) > 3 || wordCount(m[2]!) < 3 || !/\p{L}{2}/u.test(m[1]!)) return name;
  return m[1]!;
}

/** Chooses each metadata field from the most trustworthy source the page offers. */
export function resolveMeta(page: PageMeta, inputUrl: string | null, offset: number | null, now: Date): ResolvedMeta {
  const m = page.meta;
  const ld = jsonLdArticle(page);
  const canonical = absolute(page.canonical, inputUrl) ?? absolute(m.get('og:url'), inputUrl) ?? inputUrl;
  const host = hostOf(canonical);
  // og:site_name, unless it is a section's name and the JSON-LD publisher the host's: Reuters'
  // og:site_name is "U.S.", its publisher "Reuters".
  const ogSite = m.get('og:site_name');
  const hostWord = hostWordOf(host);
  const ogWord = ogSite ? comparable(ogSite).replace(/\s/g, '') : '';
  const sectionNotSite =
    ogSite !== undefined && ld?.publisher != null && wordCount(ogSite) <= 2 && !ogWord.includes(hostWord) && !hostWord.includes(ogWord) && isSiteName(ld.publisher, null, host);
  const siteName = withoutTagline((sectionNotSite ? ld?.publisher : ogSite) ?? ld?.publisher ?? m.get('application-name') ?? m.get('twitter:site')?.replace(/^@/, '') ?? null);
  // The masthead's <h1> names the site where no tag does: enough to tell the site's name from the headline.
  const knownSite = siteName ?? page.masthead;

  // A JSON-LD headline that shares no word with the page's own title is a description or a type
  // label ("Wikimedia list article"): its name, or the other titles, do better.
  let ldTitle = ld?.headline ?? null;
  // A heading marked as the post's title names the story even where the <h1> names the site. Several
  // of them are a list of posts or of teasers, none of them this page's.
  const headings = [...new Set([...(page.headlines.length === 1 ? page.headlines : []), ...page.h1])];
  const references = [page.documentTitle, m.get('og:title'), ...headings].filter((t): t is string => !!t);
  if (ldTitle && references.length > 0) {
    const overlap = (t: string) => Math.max(...references.map((r) => wordsInCommon(t, r)));
    const own = overlap(ldTitle);
    if (ld?.name && overlap(ld.name) > own) ldTitle = ld.name;
    else if (own === 0) ldTitle = null;
  }
  const declared = ldTitle ?? m.get('og:title') ?? m.get('twitter:title') ?? m.get('dc.title') ?? m.get('title') ?? m.get('parsely-title') ?? null;
  // An unescaped quote ends the attribute early: content="Biden de "incapacitado"" reads "Biden de".
  const cutShort = declared !== null && page.documentTitle !== null && page.documentTitle.startsWith(`${declared} "`);
  const rawTitle = (cutShort ? page.documentTitle : declared) ?? page.documentTitle ?? headings[0] ?? null;
  // A separator left dangling by the template ("Pferdesport definitiv bei Olympia 2028 dabei -") goes too.
  let title = rawTitle ? stripSiteName(decodeTitle(collapse(rawTitle)), knownSite, host, headings, page.headlines.length === 1 ? page.headlines[0]! : null).replace(/\s+[-–—|:·•›∙]+$/, '') || null : null;
  const headline = storyHeadline(knownSite, host, headings);
  if (title && headline && isLabel(title, knownSite, host, headline)) {
    // The document's own title, where the heading holds it, is the headline without the heading's
    // kicker ("Medienmitteilung der Gesundheitsdirektion: Impfen und Boostern …").
    const own = page.documentTitle && page.documentTitle !== rawTitle ? stripSiteName(decodeTitle(collapse(page.documentTitle)), knownSite, host, headings) : null;
    title = own && wordCount(own) >= 3 && comparable(headline).includes(comparable(own)) ? own : headline;
  }

  // A title that is only the path to the page ("보도자료 | 알림마당 | 통일부": the board, the section, the
  // ministry) gives way to the one heading the template marks as the post's title.
  if (title && page.headlines.length === 1 && rawTitle) {
    const marked = collapse(page.headlines[0]!);
    const parts = decodeTitle(collapse(rawTitle)).split(/\s+[|｜>»›·•–—-]\s+/);
    if (parts.length >= 2 && marked.length >= 8 && parts.every((part) => wordCount(part) <= 3 && !SENTENCE_END.test(part) && part.length < marked.length && comparable(part) !== comparable(marked))) title = marked;
  }
  // Tags often give the headline with typewriter quotes and hyphens ("Editor's Letter", "Januar - Mai")
  // where the page prints it with typographic ones ("Editor’s Letter", "Januar – Mai"): the printed form.
  if (title) {
    const plain = asciiPunctuation(title);
    const own = page.documentTitle ? stripSiteName(decodeTitle(collapse(page.documentTitle)), knownSite, host, headings) : null;
    const printed = [...headings.map((h) => collapse(h)), own].find((t) => t && t !== title && t.length === title!.length && asciiPunctuation(t) === plain);
    if (printed) title = printed;
  }

  const ldAuthor = ld && ld.authors.length > 0 ? cleanAuthor(ld.authors.join(', ')) : null;
  let author = ldAuthor;
  for (const key of AUTHOR_KEYS) {
    if (author) break;
    author = cleanAuthor(m.get(key) ?? null);
  }
  // Yoast's reading card: twitter:label1 "Written by" / "Verfasst von", twitter:data1 the name.
  for (const n of ['1', '2']) {
    if (author) break;
    if (WRITTEN_BY.test(m.get(`twitter:label${n}`) ?? '')) author = cleanAuthor(m.get(`twitter:data${n}`) ?? null);
  }
  // "unocero - Alberto Ávila": the site's name, then the writer's.
  if (author !== null && /\s[-–—]\s/.test(author)) {
    const parts = author.split(/\s+[-–—]\s+/);
    const site = parts.length === 2 ? parts.findIndex((part) => isSiteName(part, siteName, host)) : -1;
    if (site >= 0) author = cleanAuthor(parts[1 - site]!) ?? author;
  }
  const authorGivesWay =
    author !== null &&
    ((author === ldAuthor && ld?.authorsAreOrganizations === true) ||
      isSiteName(author, knownSite, host) ||
      (ld?.publisher != null && comparable(author) === comparable(ld.publisher)) ||
      namesDomain(author, host) ||
      isLogin(author) ||
      DESK.test(author) ||
      isOutletName(author) ||
      ORGANIZATION.test(author) ||
      // "연합뉴스 | 네이버": the outlet and the portal that carries it, not a writer.
      author.split(/\s*[|｜]\s*/).some((part) => part !== author && (isSiteName(part, siteName, host) || (siteName !== null && part.length >= 2 && comparable(siteName).startsWith(comparable(part))))));
  // The first three, as ever: the rest are there for co-authors (see withCoAuthors).
  let bylineAuthor: string | null = null;
  for (let i = 0; i < 3 && i < page.bylines.length && bylineAuthor === null; i++) bylineAuthor = cleanAuthor(page.bylines[i]!);
  const bylines = page.bylines;

  const candidates: (string | null | undefined)[] = [ld?.datePublished, ...DATE_KEYS.map((k) => m.get(k))];
  const pubTime = page.times.find((t) => t.pub);
  let date: ParsedDate | null = null;
  for (const c of candidates) {
    if (date) break;
    if (c) date = acceptable(parseDate(c, offset), now);
  }
  if (!date && pubTime) date = acceptable(parseDate(pubTime.datetime ?? pubTime.text, offset), now);
  if (!date) date = acceptable(dateFromUrl(canonical) ?? dateFromUrl(inputUrl), now);
  for (const t of page.times) {
    if (date) break;
    date = acceptable(parseDate(t.datetime ?? t.text, offset) ?? yearlessDate(t.text, offset, now), now);
  }
  for (const c of [ld?.dateModified, ...MODIFIED_KEYS.map((k) => m.get(k))]) {
    if (date) break;
    if (c) date = acceptable(parseDate(c, offset), now);
  }

  const lang = page.lang ?? m.get('content-language') ?? m.get('og:locale') ?? ld?.language ?? null;
  const language = lang ? (lang.toLowerCase().split(/[-_]/)[0] ?? null) : null;
  return {
    title: title || null,
    url: canonical,
    author,
    authorGivesWay,
    bylineAuthor,
    bylines,
    siteName: siteNameOf(siteName, host, () => siteFromTitle(page.documentTitle, host, headings) ?? page.masthead),
    language: language && /^[a-z]{2,3}$/.test(language) ? language : null,
    date,
    articleBody: ld?.articleBody ?? null,
  };
}
