import { broadcastReporter, bylineOf, classifyLine, closingChineseByline, datedByline, endsWithWritersPost, isBareCredit, isCaptionLine, isPersonName, leadsByline, namesPeople, peopleIn, signatureOf, tidyCaption } from './boilerplate.ts';
import { acceptable, outletOffset, parseDate, scriptOffset, sourceDay, sourceOffset, sourceZone, type ParsedDate } from './dates.ts';
import { isElement, isText, textOf, type DomElement, type DomNode, type DomParent, type DomRoot } from './dom.ts';
import type { Extraction } from './extraction.ts';
import { parseHtml } from './parse.ts';
import { addJsonLd, addMetaTag, cleanAuthor, declaresRecipe, emptyMeta, resolveMeta, type PageMeta } from './metadata.ts';
import type { RemovedBlock } from './types.ts';
import type { Utf8Page } from './utf8-page.ts';
import { collapse, comparable, hostOf, languageOf, SENTENCE_END, wordCount } from './text-util.ts';

/** Never content: scripts, media, form controls, navigation. */
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'annotation', 'annotation-xml', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
  'source', 'track', 'map', 'button', 'select', 'option', 'textarea', 'input', 'nav',
  'meta', 'link', 'title', 'dialog', 'menu', 'label', 'base', 'frame', 'frameset', 'img', 'picture', 'hr', 'rt', 'rp',
]);

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dir', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'caption',
  'legend', 'html', 'listing', 'output', 'article', 'time-block',
]);

/** Elements that hold one paragraph of text themselves, as opposed to containers of paragraphs. */
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dd', 'dt', 'blockquote', 'address', 'figcaption', 'caption']);

const HEADING = /^h[1-6]$/;
/** The controls of video players (Video.js, JW Player, YouTube, Plyr, MediaElement, Yahoo's): "Play", "Loaded: 0%", "Fullscreen". */
const PLAYER_UI = /(?:^|\s)(?:vjs-|jw-|ytp-|plyr__|mejs-|yvp-)/;
/**
 * Images that are no illustration: formulas drawn as pictures (Wikipedia's MathML fallback, LaTeX
 * renderers), which are text, and forum smilies, emoji and avatars. Counting them made proofs and
 * forum posts look like image galleries.
 */
const NOT_A_PICTURE = /math|latex|(?:^|[\s_-])tex(?:$|[\s_-])|formula|equation|smil(?:ey|ie)|emoji|emoticon|avatar|inlineimg/i;

// Readability's vocabulary of class and id hints, with additions for news furniture.
const UNLIKELY =
  /-ad-|ai2html|banner|disclaimer|disclosure|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|subscribe|cookie|consent|share|sharing|recommend|most-?read|most-?popular|trending|taboola|outbrain|promo|paywall|modal|toolbar|signup|navbar|topnav|masthead|overlay/i;
const MAYBE = /and|article|body|column|content|main|mathjax|shadow|story|entry|post-?text/i;
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|news-?view|view-?con|detail/i;
const NEGATIVE =
  /-ad-|disclaimer|disclosure|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|recommend|newsletter|subscribe|social|taboola|byline-?social|author-?(?:bio|box|info|card|profile|details|about)|about-?(?:the-?)?author|autor(?:en)?-?(?:box|info|profil)|more-?stories|read-?more|popular|trending|recirc|news-letter|tag-?links|tag-?list|tag-?cloud|comment-?respond|comment-?form/i;
/** A dialog's box or a notice ("login-modal", "b-dialog", "btn-tooltip"): furniture in every try, even as an <article>. */
const MODAL = /(?:^|\s)(?:[\w-]*-)?(?:modal|dialog|popup|tooltip)(?:$|\s)/i;
const DIALOG_ROLES = new Set(['dialog', 'alertdialog', 'status', 'tooltip']);
const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog', 'banner', 'contentinfo', 'search']);
const CAPTION_HINT =
  /(?:^|[\s_-])(?:wp-caption-text|caption|figcaption|photo-?desc|img-?desc|image-?desc|photo-?credit|image-?credit|credit|cutline|legend|legende|subscr)(?:$|[\s_-])|(?:image|img|photo|foto|bild|picture|pic|media)(?:[-_]{0,2}|[-_]{1,2}(?:open|info|box)[-_]{1,2})(?:description|descr|desc|caption|credits?|source|copyright|subscript|unterschrift|legend)|(?:image|img|photo|pic)[-_]?info(?:$|[\s_-])|(?:figure|cover)[-_]{1,2}(?:credits?|copyright|description|subscript)(?:$|[\s_-])/i;
const BYLINE_HINT = /(?:^|[\s_-])(?:byline|author|writer|reporter|journalist)s?(?:names?)?(?:$|[\s_-])/i;
const LEAD_HINT =
  /(?:^|[\s_-])(?:lead|lede|leadin|intro|introtext|teaser|summary|chapo|chapeau|standfirst|vorspann|anriss|entradilla|copete|dek|deck|subtitle|subheadline|sub-headline|subheader|excerpt|abstract|bajada|article-?header|article-?head|hgroup)(?:$|[\s_-])/i;
/** The same in a CSS module's camel case, before its hash: "styles_articleDek__Icz5H". */
const CAMEL_LEAD = /[a-z](?:Dek|Deck|Standfirst|Subtitle|Subheadline|Subheader|Lede)(?:$|[\s_-])/;
const isLeadHint = (h: string): boolean => LEAD_HINT.test(h) || CAMEL_LEAD.test(h);
/** Parts of a recipe: its ingredients and its steps are the content of a recipe page, lists and tables as they are. */
const RECIPE_HINT = /ingredient|zutat|ingredi[eë]nt|recipe-?(?:steps?|method|instructions?|directions?|preparation)|preparation|zubereitung|instructions|directions/i;
const AD_WORDS = /^(?:ad(?:vertising|vertisement)?|pub(?:licité)?|werb(?:ung)?|广告|Реклама|Anuncio|광고)$/iu;

interface Info {
  text: number;
  link: number;
  commas: number;
  p: number;
  img: number;
  li: number;
  input: number;
  embed: number;
  heading: number;
  list: number;
  /** List items with a few words of their own beside their links ("Jane Doe fixed <a>…</a>"). */
  mixedLi: number;
  /** Text inside links to another host: citations and sources, where links to the site itself are its navigation. */
  external: number;
  hasBlockChild: boolean;
  hasTh: boolean;
  /** Largest text length of an article-like descendant (article, main, .entry-content …). */
  positive: number;
  /** Largest text length of a lead-like descendant (standfirst, teaser, intro). */
  lead: number;
}

interface Block {
  owner: DomElement;
  anchor: DomElement;
  text: string;
  link: number;
  external: number;
  commas: number;
  /** Innermost caption-like element (figcaption, .caption) around the text, if any. */
  caption: DomElement | null;
  byline: DomElement | null;
  heading: boolean;
  /** Open unlikely-looking containers (menus, sidebars, comments) around the text, innermost first. */
  unlikely: UnlikelyChain | null;
}

/**
 * Unlikely-looking containers around a block, innermost first: a linked list whose tail the blocks
 * of the outer containers share. An array copied at each one cost the square of their nesting,
 * and unclosed tags nest thousands deep (20,000 nested <aside>s took 10 s). What is asked of a
 * chain is asked once per link and remembered there.
 */
interface UnlikelyChain {
  el: DomElement;
  outer: UnlikelyChain | null;
  /** Whether one of these containers was judged furniture; set once the walk is over. */
  anyRejected?: boolean;
  /** Whether all of them could be a page header (no comments, footer, sidebar …). */
  allPageHeader?: boolean;
}

/**
 * Whether `test` holds for some link of the chain (every link, with `every`), remembered in each
 * link's `key` field, so that the blocks of a chain thousands deep cost no more than its length.
 */
function chainHolds(chain: UnlikelyChain, key: 'anyRejected' | 'allPageHeader', test: (el: DomElement) => boolean, every: boolean): boolean {
  const path: UnlikelyChain[] = [];
  let c: UnlikelyChain | null = chain;
  while (c !== null && c[key] === undefined) {
    path.push(c);
    c = c.outer;
  }
  // Outermost first: each link's answer is its own and its outer chain's.
  let known = c === null ? every : c[key]!;
  for (let k = path.length - 1; k >= 0; k--) {
    const own = test(path[k]!.el);
    known = every ? known && own : known || own;
    path[k]![key] = known;
  }
  return known;
}

interface Walked {
  body: DomElement | null;
  blocks: Block[];
  /** The blocks of the unlikely-looking containers judged furniture (a page header, a sidebar), apart. */
  furnitureBlocks: () => Block[];
  /** Statistics of each element the walk entered, by `DomElement.index` (none for skipped ones). */
  info: (Info | undefined)[];
  /** Boxes whose class or itemprop names a recipe's ingredients, in page order. */
  ingredientBoxes: DomElement[];
}

function newInfo(): Info {
  return { text: 0, link: 0, commas: 0, p: 0, img: 0, li: 0, input: 0, embed: 0, heading: 0, list: 0, mixedLi: 0, external: 0, hasBlockChild: false, hasTh: false, positive: 0, lead: 0 };
}

function hints(el: DomElement): string {
  const a = el.attribs;
  const cls = a.class;
  const id = a.id;
  if (cls && id) return `${cls} ${id}`;
  return cls ?? id ?? '';
}

const F_UNLIKELY = 1;
const F_POSITIVE = 2;
const F_CAPTION = 4;
const F_BYLINE = 8;
const F_LEAD = 16;
const F_RECIPE = 32;
const F_DATE = 64;
const F_MODAL = 128;

// Raw findings of the hint regexes on one string (a class or an id), combined per element.
const R_UNLIKELY = 1;
const R_MAYBE = 2;
const R_POSITIVE = 4;
const R_CAPTION = 8;
const R_BYLINE = 16;
const R_NOT_BYLINE = 32;
const R_LEAD = 64;
const R_RECIPE = 128;
const R_DATE = 256;
const R_MODAL = 512;

/**
 * A copy of `s` that holds no reference to the string it was cut from. V8 cuts a substring of 13
 * characters or more as a view into its parent: a class string kept as a cache key would otherwise
 * keep its whole page's markup alive for as long as the cache lives, across hundreds of pages.
 */
function detached(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/**
 * What a class or id string suggests, as bit flags. Pages repeat the same class strings hundreds
 * of times (menu items, list entries) with unique ids, so class and id are looked up apart and the
 * regexes run once per distinct string.
 */
const hintCache = new Map<string, number>();
const tokenCache = new Map<string, number>();
function rawHints(h: string): number {
  // A single token (most ids, many classes) is judged and cached as a token. Strings recur hundreds
  // of times a page, so the caches are looked up before any pattern runs.
  if (!/\s/.test(h)) return tokenHints(h);
  let r = hintCache.get(h);
  if (r !== undefined) return r;
  // Most class and id strings carry no hint at all: one test of every pattern over the whole string
  // rules them out without splitting it. Every pattern's boundaries are whitespace or the string's
  // ends, so a token that matches one pattern makes the whole string match too.
  // Class strings combine tokens that recur across pages ("col-md-8 clearfix"): each token is
  // judged once. No hint pattern reaches across whitespace, so the union is the string's result.
  r = 0;
  if (ANY_HINT.test(h)) for (const token of h.split(/\s+/)) if (token) r |= tokenHints(token);
  if (hintCache.size > 20_000) hintCache.clear();
  hintCache.set(detached(h), r);
  return r;
}

const NOT_BYLINE = /bio|box|info|(?<!v)card|profile/i;
/** A class token naming a date element: "date", "entry-date", "news_date", "datum", "pubdate", "pub_time", "h-time" (not "update", "timeline"). */
// (BEM names double the separator: "announce__date", "article__date"; a teaser's or a comment's date,
// "default-teaser__date", dates another story.)
const DATE_ELEMENT = /^(?!.*(?:teaser|card|related|promo|list|item|recommend|comment|widget|sidebar))(?:[a-z\d]+[-_]{1,2})*(?:date|datum|fecha|pubdate|timestamp|time|pubtime)(?:[-_]{1,2}[a-z\d]+)*$/i;
const ANY_HINT = new RegExp(
  [UNLIKELY, MAYBE, POSITIVE, CAPTION_HINT, BYLINE_HINT, NOT_BYLINE, LEAD_HINT, CAMEL_LEAD, RECIPE_HINT, MODAL, /date|datum|fecha|time/].map((r) => `(?:${r.source})`).join('|'),
  'i',
);

/**
 * Class tokens that name the post's taxonomy, not the element's role: WordPress and its kin put
 * "tag-writer-jane-doe", "category-social-media", "cat-latest-news" on the whole article. Their
 * words ("writer", "social") say nothing about the box. Tag lists and clouds keep their hints.
 */
const TAXONOMY = /^(?:tag|category|cat|topic|label|post[-_]tag|tax|format|postid|post[-_]id)[-_](?!(?:list|links?|cloud|box|bar|nav|wrap(?:per)?|container)$)/i;
/** Modifiers that say whether a box has a caption ("no_caption", "has-caption"): the box is none. */
const CAPTION_MODIFIER = /^(?:no|has|with|without|show|hide)[-_]?captions?$/i;

function tokenHints(h: string): number {
  let r = tokenCache.get(h);
  if (r !== undefined) return r;
  r = 0;
  if (TAXONOMY.test(h) || CAPTION_MODIFIER.test(h)) {
    tokenCache.set(detached(h), 0);
    return 0;
  }
  // Most tokens (unique ids, layout classes) carry no hint: one test of all the patterns at once
  // rules them out.
  if (!ANY_HINT.test(h)) {
    if (tokenCache.size > 50_000) tokenCache.clear();
    tokenCache.set(detached(h), 0);
    return 0;
  }
  if (UNLIKELY.test(h)) r |= R_UNLIKELY;
  if (MAYBE.test(h)) r |= R_MAYBE;
  if (POSITIVE.test(h)) r |= R_POSITIVE;
  if (CAPTION_HINT.test(h)) r |= R_CAPTION;
  if (BYLINE_HINT.test(h)) r |= R_BYLINE;
  if (NOT_BYLINE.test(h)) r |= R_NOT_BYLINE;
  if (isLeadHint(h)) r |= R_LEAD;
  if (RECIPE_HINT.test(h)) r |= R_RECIPE;
  if (DATE_ELEMENT.test(h)) r |= R_DATE;
  if (MODAL.test(h)) r |= R_MODAL;
  if (tokenCache.size > 50_000) tokenCache.clear();
  tokenCache.set(detached(h), r);
  return r;
}

function hintFlags(el: DomElement): number {
  const cls = el.attribs.class;
  const id = el.attribs.id;
  const r = (cls ? rawHints(cls) : 0) | (id ? rawHints(id) : 0);
  if (r === 0) return 0;
  let flags = 0;
  const unlikely = (r & R_UNLIKELY) !== 0;
  if (unlikely && (r & R_MAYBE) === 0) flags |= F_UNLIKELY;
  if (!unlikely && (r & R_POSITIVE) !== 0) flags |= F_POSITIVE;
  if ((r & R_CAPTION) !== 0) flags |= F_CAPTION;
  if ((r & R_BYLINE) !== 0 && (r & R_NOT_BYLINE) === 0) flags |= F_BYLINE;
  if ((r & R_LEAD) !== 0) flags |= F_LEAD;
  if ((r & R_RECIPE) !== 0) flags |= F_RECIPE;
  if ((r & R_DATE) !== 0) flags |= F_DATE;
  if ((r & R_MODAL) !== 0) flags |= F_MODAL;
  return flags;
}

/** Headings that carry the site's name or a widget's, not the story's: "logo", "site-title", "vcard". */
const SITE_HEADING = /logo|site-?(?:title|name|branding)|brand|masthead|vcard|menu|widget|screen-reader|sidebar/i;
/** Headings a template marks as the post's own title: "entry-title", "post-title", "article-headline". */
// … and a board's post ("<h3 class="subject">", "view_title", "bbs-subject"): government and forum pages.
const ENTRY_TITLE = /(?:^|[\s_-])(?:(?:entry|post|article|story)[-_]?(?:title|headline|heading)|subject|(?:view|board|bbs|detail)[-_]?(?:title|tit|subject))(?:$|[\s_-])/i;

/** An address of a site's front page: "/", "https://example.com/", "index.html", an archived copy's "…/web/2014…/http://example.com/". */
const HOME_HREF = /^(?:https?:\/\/web\.archive\.org\/web\/\d+\/)?(?:(?:https?:)?\/\/[^/?#]+)?\/?(?:index\.\w{2,5})?(?:[?#].*)?$/i;

/** A heading that is only a link to the site's front page: the masthead's name, whatever its tag. */
function linksHome(el: DomElement): boolean {
  let link: DomElement | null = null;
  for (const child of el.children) {
    if (isText(child)) {
      if (child.data.trim() !== '') return false;
    } else if (isElement(child)) {
      if (child.name !== 'a' || link !== null) return false;
      link = child;
    }
  }
  return link !== null && link.attribs.href !== undefined && link.attribs.href !== '' && HOME_HREF.test(link.attribs.href.trim());
}

function noteHeading(page: PageMeta, el: DomElement): void {
  const h = hints(el);
  const entry = el.attribs.itemprop === 'headline' || ENTRY_TITLE.test(h);
  const masthead = el.name === 'h1' && linksHome(el);
  if (masthead && page.masthead === null) {
    const name = collapse(textOf(el, 200));
    if (/\p{L}{2}/u.test(name)) page.masthead = name;
  }
  const storyH1 = el.name === 'h1' && page.h1.length < 5 && !SITE_HEADING.test(h) && !masthead;
  if ((!entry || page.headlines.length >= 5) && !storyH1) return;
  // Documentation generators end each heading with its permalink sign ("Setting up¶").
  const text = collapse(textOf(el, 1000)).replace(/\s*[¶§#]$/, '');
  if (!text) return;
  if (entry && page.headlines.length < 5) page.headlines.push(text);
  if (storyH1) page.h1.push(text);
}

/**
 * A live post's header inside the story: a box named for a header and nothing else unlikely
 * ("LiveBlogPost-header", "card-live__header") that holds the post's time and its headline, no <h1>.
 */
function isPostHeader(el: DomElement): boolean {
  const h = hints(el);
  if (!/header/i.test(h) || UNLIKELY.test(h.replace(/header/gi, ''))) return false;
  let time = false;
  let heading = false;
  const stack = [...elementChildren(el)];
  for (let n = 0; stack.length > 0 && n < 40; n++) {
    const e = stack.pop()!;
    if (e.name === 'h1') return false;
    if (/^h[2-4]$/.test(e.name)) heading = true;
    else if (e.name === 'time' || /time|date/i.test(e.attribs.class ?? '')) time = true;
    else stack.push(...elementChildren(e));
  }
  if (!time || !heading) return false;
  for (let e = elementParent(el), level = 0; e && level < 6; e = elementParent(e), level++) if (e.name === 'article' || e.name === 'main' || (hintFlags(e) & F_POSITIVE) !== 0) return true;
  return false;
}

/**
 * Documentation and wiki pages give each section the slug of its heading as id
 * ("sharing-with-multiple-developers"): a furniture word in such an id says nothing.
 */
function isSectionSlug(el: DomElement): boolean {
  const { id, class: cls } = el.attribs;
  if (id === undefined || !/^[a-z0-9]+(?:-[a-z0-9]+){3,}$/.test(id) || (cls && (rawHints(cls) & R_UNLIKELY) !== 0)) return false;
  // The section opens with its heading.
  for (const child of el.children) {
    if (isElement(child)) return HEADING.test(child.name);
    if (isText(child) && child.data.trim() !== '') return false;
  }
  return false;
}

/**
 * A byline-looking element that names someone other than the story's writer: a link to an author's
 * page alone in an item of a list of several (a menu of columnists; VOA lists a story's one writer
 * so), or a comment's "comment-author vcard".
 */
function notPageByline(el: DomElement, enclosingBylines: number): boolean {
  const item = elementParent(el);
  if (el.name === 'a' && item?.name === 'li' && enclosingBylines === 0) {
    const list = elementParent(item);
    let items = 0;
    if (list) for (const c of list.children) if (isElement(c) && c.name === 'li') items++;
    if (list === null || items > 1) return true;
  }
  return el.attribs.class !== undefined && /comment/i.test(el.attribs.class);
}

/** A link to an author's page ("/author/jane-doe/", "/autoren/…"): its text is the author's name. */
function isLinkToAuthor(el: DomElement): boolean {
  return el.name === 'a' && el.attribs.href !== undefined && /\/(?:author|authors|autor|autoren|auteur|autore)\/[^/?#]/i.test(el.attribs.href);
}

/** A <noscript> that holds paragraphs of text, not a pixel or a notice. */
function isPostFallback(el: DomElement): boolean {
  let paragraphs = 0;
  for (const c of el.children) if (isElement(c) && (c.name === 'p' || c.name === 'br')) paragraphs++;
  return paragraphs >= 2 && collapse(textOf(el, 600)).length >= 300;
}

function isHidden(el: DomElement): boolean {
  const a = el.attribs;
  if (a.hidden !== undefined) return true;
  // (Hidden from screen readers only, not from the eye: a caption the picture's alt text already reads out, Le Monde's.)
  if (a['aria-hidden'] === 'true' && el.name !== 'figcaption' && (hintFlags(el) & F_CAPTION) === 0 && !/fallback-image/.test(a.class ?? '')) return true;
  const style = a.style;
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function classWeight(el: DomElement): number {
  let w = 0;
  const cls = el.attribs.class;
  const id = el.attribs.id;
  if (cls) {
    if (NEGATIVE.test(cls)) w -= 25;
    if (POSITIVE.test(cls)) w += 25;
  }
  if (id) {
    if (NEGATIVE.test(id)) w -= 25;
    if (POSITIVE.test(id)) w += 25;
  }
  return w;
}

const PUBLISHED_PROPERTY = /^(?:schema:)?(?:datePublished|uploadDate)$/i;

/** Commas of the last text measured: returned beside the length without allocating. */
let measuredCommas = 0;

/** Collapsed length (whitespace runs count as one) of a text node; its commas go to `measuredCommas`. */
function measure(data: string): number {
  let n = 0;
  let commas = 0;
  let space = true;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 0xa0) {
      if (!space) n++;
      space = true;
    } else {
      n++;
      space = false;
      if (c === 44 || c === 0xff0c || c === 0x3001 || c === 0x060c) commas++;
    }
  }
  measuredCommas = commas;
  return n;
}

/**
 * One pass over the whole tree: collects metadata, splits the visible text into blocks, and sums
 * per-element statistics bottom-up. Iterative, so that deeply nested pages cannot overflow the stack.
 */
export function walk(root: DomRoot, page: PageMeta, stripUnlikely: boolean, inputUrl: string | null = null): Walked {
  const info = new Array<Info | undefined>(root.elementCount);
  const ingredientBoxes: DomElement[] = [];
  const blocks: Block[] = [];
  let body: DomElement | null = null;

  let parts: string[] = [];
  let partsLink = 0;
  let partsExternal = 0;
  let partsCommas = 0;
  let partsAnchor: DomElement | null = null;
  let partsLength = 0;
  let partsByline: DomElement | null = null;
  let partsBylineLength = 0;
  let linkDepth = 0;
  let externalDepth = 0;
  // Known once the <head> (canonical link, og:url) has been read, before the first link of the body.
  let pageHost: string | null | undefined;
  const captions: DomElement[] = [];
  const bylines: DomElement[] = [];
  let unlikely: UnlikelyChain | null = null;
  /** Unlikely containers that turned out to hold the article: their text counts after all. */
  const rejected = new Set<DomElement>();
  let tableDepth = 0;
  let headingDepth = 0;
  const owners: DomElement[] = [];

  const flush = () => {
    if (parts.length === 0) return;
    const raw = parts.length === 1 ? parts[0]! : parts.join('');
    parts = [];
    const owner = owners[owners.length - 1];
    const anchor = partsAnchor;
    const link = partsLink;
    const external = partsExternal;
    const commas = partsCommas;
    // A byline set inline, closed before its block ends (a live post's header: "<span class="byline">From
    // CNN's Kevin Liptak</span>" after the post's heading), still marks the block it makes up.
    const inlineByline = partsByline !== null && partsBylineLength >= partsLength * 0.8 ? partsByline : null;
    partsLink = 0;
    partsExternal = 0;
    partsCommas = 0;
    partsLength = 0;
    partsByline = null;
    partsBylineLength = 0;
    partsAnchor = null;
    if (!owner || !anchor) return;
    const text = collapse(raw);
    if (!text) return;
    blocks.push({
      owner,
      anchor,
      text,
      link,
      external,
      commas,
      caption: captions[captions.length - 1] ?? null,
      byline: bylines[bylines.length - 1] ?? inlineByline,
      heading: headingDepth > 0,
      unlikely,
    });
  };

  interface Frame {
    el: DomParent;
    i: number;
    info: Info | null;
    block: boolean;
    link: boolean;
    external: boolean;
    caption: boolean;
    byline: boolean;
    table: boolean;
    heading: boolean;
    unlikely: boolean;
    positive: boolean;
    lead: boolean;
  }
  const stack: Frame[] = [
    { el: root, i: 0, info: null, block: false, link: false, external: false, caption: false, byline: false, table: false, heading: false, unlikely: false, positive: false, lead: false },
  ];

  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const children = frame.el.children;
    if (frame.i < children.length) {
      const child = children[frame.i++]!;
      if (isText(child)) {
        const data = (child as { data: string }).data;
        const len = measure(data);
        if (len === 0) {
          if (parts.length > 0) parts.push(' ');
          continue;
        }
        parts.push(data);
        if (!partsAnchor) partsAnchor = isElement(frame.el as DomNode) ? (frame.el as DomElement) : null;
        const target = frame.info;
        if (target) {
          target.text += len;
          target.commas += measuredCommas;
          if (linkDepth > 0) target.link += len;
          if (externalDepth > 0) target.external += len;
        }
        if (linkDepth > 0) partsLink += len;
        if (externalDepth > 0) partsExternal += len;
        partsCommas += measuredCommas;
        partsLength += len;
        if (bylines.length > 0) {
          partsByline = bylines[bylines.length - 1]!;
          partsBylineLength += len;
        }
        continue;
      }
      if (!isElement(child)) continue;
      const el = child;
      const name = el.name;
      // Metadata lives in elements that are never content.
      if (name === 'meta') {
        addMetaTag(page, el.attribs);
        continue;
      }
      // The publication date given as microdata or RDFa on an element of the page: <p itemprop="datePublished"
      // content="2022-01-14 10:31:00">. A <time> is read as one (below), with its own datetime.
      if (el.attribs.content !== undefined && name !== 'time' && PUBLISHED_PROPERTY.test(el.attribs.itemprop ?? el.attribs.property ?? '')) addMetaTag(page, el.attribs);
      if (name === 'link') {
        if (!page.canonical && /(?:^|\s)canonical(?:\s|$)/i.test(el.attribs.rel ?? '')) page.canonical = el.attribs.href ?? null;
        continue;
      }
      if (name === 'title') {
        if (page.documentTitle === null) page.documentTitle = collapse(textOf(el, 2000)) || null;
        continue;
      }
      if (name === 'script') {
        // JSON-LD whatever the type says: the tree keeps a code script's text only where it opens as JSON-LD.
        if (/ld\+json/i.test(el.attribs.type ?? '') || (el.children.length > 0 && !/json/i.test(el.attribs.type ?? ''))) addJsonLd(page, textOf(el));
        continue;
      }
      if (name === 'html' && el.attribs.lang && !page.lang) page.lang = el.attribs.lang;
      if (el.attribs.itemtype !== undefined && /schema\.org\/Recipe$/i.test(el.attribs.itemtype)) page.recipeMarkup = true;
      if (name === 'time' && page.times.length < 20) {
        page.times.push({
          datetime: el.attribs.datetime ?? null,
          text: collapse(textOf(el, 200)),
          pub: el.attribs.pubdate !== undefined || /datepublished|published|pubdate/i.test(`${el.attribs.itemprop ?? ''} ${el.attribs.class ?? ''}`),
        });
      }
      if (frame.info) {
        if (name === 'img' || name === 'picture') {
          if (!NOT_A_PICTURE.test(el.attribs.class ?? '') && !isHidden(el)) frame.info.img++;
        }
        else if (name === 'input' || name === 'textarea' || name === 'select') frame.info.input++;
        else if (name === 'iframe' || name === 'embed' || name === 'object' || name === 'video') frame.info.embed++;
      }
      if (name === 'br') {
        flush();
        continue;
      }
      // Blogger and its kin render the post from a script and give it as plain HTML in a
      // <noscript> only; the usual noscript (a tracking pixel, "enable JavaScript") has little text.
      const fallback = name === 'noscript' && isPostFallback(el);
      if ((SKIP_TAGS.has(name) && !fallback) || el.type !== 'tag') {
        if (BLOCK_TAGS.has(name)) flush();
        continue;
      }
      if (isHidden(el) || (el.attribs.class !== undefined && PLAYER_UI.test(el.attribs.class))) continue;
      const role = el.attribs.role;
      const flags = hintFlags(el);
      if ((flags & F_DATE) !== 0 && page.datedElements.length < 10) page.datedElements.push(collapse(textOf(el, 120)));
      if (((flags & F_RECIPE) !== 0 && /ingredient|zutat/i.test(hints(el))) || (el.attribs.itemprop !== undefined && /ingredient/i.test(el.attribs.itemprop))) {
        ingredientBoxes.push(el);
      }
      // Whether an unlikely-looking container (a "sidebar-wrapper", a "tab-menu") is furniture is
      // only known once its subtree is seen: decided on exit, from the article-like text inside.
      const isModal = (flags & F_MODAL) !== 0 || (role !== undefined && DIALOG_ROLES.has(role));
      const isUnlikely =
        name !== 'body' && name !== 'a' && tableDepth === 0 &&
        (isModal ||
          (stripUnlikely && name !== 'article' && name !== 'main' && ((role !== undefined && UNLIKELY_ROLES.has(role)) || ((flags & F_UNLIKELY) !== 0 && !isSectionSlug(el)))));
      const isPositive = name === 'article' || name === 'main' || el.attribs.itemprop === 'articleBody' || (flags & F_POSITIVE) !== 0;
      if (name === 'body') body = el;
      const block = BLOCK_TAGS.has(name) || fallback;
      if (block) {
        flush();
        owners.push(el);
        if (frame.info) frame.info.hasBlockChild = true;
      }
      const elInfo = newInfo();
      info[el.index] = elInfo;
      if (name === 'th' && frame.info) frame.info.hasTh = true;
      const isLink = name === 'a';
      const isCaption = name === 'figcaption' || name === 'figure' || (flags & F_CAPTION) !== 0;
      // A page's <h1> or <h2> is its title or the site's, even under "vcard author" (a blog's header).
      const isByline =
        name !== 'body' && name !== 'html' && name !== 'article' && name !== 'main' && name !== 'h1' && name !== 'h2' &&
        (el.attribs.rel === 'author' || el.attribs.itemprop === 'author' || (flags & F_BYLINE) !== 0 ||
          (el.attribs['data-testid'] !== undefined && BYLINE_HINT.test(el.attribs['data-testid'])) ||
          isLinkToAuthor(el));
      const isTable = name === 'table';
      const isHeading = HEADING.test(name);
      let isExternal = false;
      if (isLink) {
        linkDepth++;
        const href = el.attribs.href;
        if (href !== undefined && /^(?:https?:)?\/\//i.test(href)) {
          pageHost ??= hostOf(page.canonical ?? page.meta.get('og:url') ?? inputUrl);
          isExternal = pageHost !== null && hostOf(href) !== pageHost;
          if (isExternal) externalDepth++;
        }
      }
      // A caption inside a paragraph (<p><span class="caption">…</span> text</p>) is a block of its own.
      if (isCaption && !block) flush();
      if (isCaption) captions.push(el);
      if (isByline) bylines.push(el);
      if (isUnlikely) unlikely = { el, outer: unlikely };
      if (isTable) tableDepth++;
      if (isHeading) headingDepth++;
      stack.push({ el, i: 0, info: elInfo, block, link: isLink, external: isExternal, caption: isCaption, byline: isByline, table: isTable, heading: isHeading, unlikely: isUnlikely, positive: isPositive, lead: (flags & F_LEAD) !== 0 });
    } else {
      stack.pop();
      const el = frame.el as DomElement;
      if (frame.block) {
        flush();
        owners.pop();
      }
      if (frame.link) linkDepth--;
      if (frame.external) externalDepth--;
      if (frame.caption && !frame.block) flush();
      if (frame.caption) captions.pop();
      if (frame.byline) bylines.pop();
      if (frame.unlikely) unlikely = unlikely!.outer;
      if (frame.table) tableDepth--;
      if (frame.heading) headingDepth--;
      const own = frame.info;
      const parent = stack.length > 0 ? stack[stack.length - 1]!.info : null;
      if (own) {
        if (el.name === 'p') own.p++;
        else if (el.name === 'li') {
          own.li++;
          if (own.link > 0 && own.text - own.link >= 10) own.mixedLi++;
        }
        else if (frame.heading) own.heading = own.text;
        else if (el.name === 'ul' || el.name === 'ol') own.list = own.text;
        if (el.name === 'h1' || el.name === 'h2' || el.name === 'h3') noteHeading(page, el);
        // Room for three writers' links and the list holding them, which closes after them.
        if (frame.byline && page.bylines.length < 6 && own.text > 0 && own.text < 150 && !notPageByline(el, bylines.length)) page.bylines.push(collapse(textOf(el, 300)));
        // A positive-looking box that is mostly a list (a "stream-main" of teasers) is no article that
        // an unlikely container could be wrapping.
        if (frame.positive && own.text > own.positive && own.list < own.text * 0.5) own.positive = own.text;
        // The box the page itself declares its article's body holds the story however short it is:
        // a "sidebar-right" around it is the layout's name, not the box's.
        if (frame.positive && own.text >= 150 && own.list < own.text * 0.5 && (el as DomElement).attribs.itemprop === 'articleBody') own.positive = Math.max(own.positive, 500);
        if (frame.lead && own.text > own.lead) own.lead = own.text;
        let counts = true;
        if (frame.unlikely) {
          if (own.positive >= 500) own.positive = 0;
          // A story's header ("intro-header") holds its standfirst: kept for the leads to be found. (A
          // standfirst named for the header, "doc_header__subheader", leaves the header around it to be judged so too.)
          else if (own.lead >= 60 && own.text < own.lead * 3 + 300 && own.link < own.text * 0.3) {
            if (!(frame.lead && /header/i.test(hints(el)))) own.lead = 0;
          }
          // A post's header in a live blog ("LiveBlogPost-header") holds its headline and its time: kept.
          else if (!(own.heading >= 20 && own.text < own.heading * 2 + 40 && own.link < own.text * 0.3 && isPostHeader(el))) {
            rejected.add(el);
            counts = false;
          }
        }
        if (parent && counts) {
          if (own.positive > parent.positive) parent.positive = own.positive;
          if (own.lead > parent.lead) parent.lead = own.lead;
          parent.text += own.text;
          parent.link += own.link;
          parent.commas += own.commas;
          parent.p += own.p;
          parent.img += own.img;
          parent.li += own.li;
          parent.input += own.input;
          parent.embed += own.embed;
          parent.heading += own.heading;
          parent.list += own.list;
          parent.mixedLi += own.mixedLi;
          parent.external += own.external;
          parent.hasTh ||= own.hasTh;
        }
      }
    }
  }
  flush();
  const isRejected = (el: DomElement) => rejected.has(el);
  const isFurniture = (b: Block) => b.unlikely !== null && chainHolds(b.unlikely, 'anyRejected', isRejected, false);
  const kept = rejected.size === 0 ? blocks : blocks.filter((b) => !isFurniture(b));
  // Wanted only for the few pages nothing else dates: sorted out on demand.
  const furnitureBlocks = () => (rejected.size === 0 ? [] : blocks.filter(isFurniture));
  return { body, blocks: kept, furnitureBlocks, info, ingredientBoxes };
}

/** Whether most of the linked text links to other hosts: sources and citations, not the site's own navigation. */
function pointsElsewhere(counts: { link: number; external: number }): boolean {
  return counts.external >= counts.link * 0.7;
}

function linkDensity(i: Info | undefined): number {
  if (!i || i.text === 0) return 0;
  return Math.min(1, i.link / i.text);
}

function tagBaseScore(name: string): number {
  switch (name) {
    case 'div':
    case 'article':
    case 'main':
      return 5;
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      return -5;
    default:
      return 0;
  }
}

function elementParent(node: DomNode): DomElement | null {
  const p = node.parent;
  return p && isElement(p) ? p : null;
}

function elementChildren(el: DomParent): DomElement[] {
  const out: DomElement[] = [];
  for (const c of el.children) if (isElement(c) && c.type === 'tag') out.push(c);
  return out;
}

/** Readability's candidate scoring over the blocks, then the choice of the main container(s). */
export function selectRegion(w: Walked, useWeights: boolean): DomElement[] {
  const scores = new Map<DomElement, number>();
  const init = (el: DomElement) => {
    let s = scores.get(el);
    if (s === undefined) {
      s = tagBaseScore(el.name) + (useWeights ? classWeight(el) : 0);
      scores.set(el, s);
    }
    return s;
  };
  for (const b of w.blocks) {
    const len = b.text.length;
    if ((b.caption && (w.info[b.caption.index]?.text ?? 0) < 800) || (b.byline && len < 200)) continue;
    if (len < 25) continue;
    const ownerInfo = w.info[b.owner.index];
    // Text straight inside a container is a paragraph of that container; a <p> belongs to its parent.
    const start = PARAGRAPH_TAGS.has(b.owner.name) || (ownerInfo && !ownerInfo.hasBlockChild) ? elementParent(b.owner) : b.owner;
    if (!start) continue;
    const score = 1 + b.commas + Math.min(Math.floor(len / 100), 3);
    let el: DomElement | null = start;
    for (let level = 0; el && level < 5; level++, el = elementParent(el)) {
      if (el.name === 'html') break;
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(el, init(el) + score / divider);
    }
  }
  let top: DomElement | null = null;
  let topScore = -Infinity;
  const final = new Map<DomElement, number>();
  for (const [el, s] of scores) {
    const f = s * (1 - linkDensity(w.info[el.index]));
    final.set(el, f);
    if (f > topScore) {
      top = el;
      topScore = f;
    }
  }
  const body = w.body;
  if (!top || top.name === 'body' || top.name === 'html') return body ? [body] : [];

  // Several near-best candidates under one ancestor: the ancestor is the article.
  const sorted = [...final.entries()].sort((a, b) => b[1] - a[1]).slice(1, 6);
  // A literal filled by push, for the reason given in pruneRegion.
  const alternatives: DomElement[] = [];
  for (const [el, s] of sorted) if (s / topScore >= 0.75) alternatives.push(el);
  if (alternatives.length >= 3) {
    let parent = elementParent(top);
    while (parent && parent.name !== 'body') {
      const p = parent;
      let contained = 0;
      for (const alt of alternatives) {
        for (let a: DomElement | null = alt; a; a = elementParent(a)) {
          if (a === p) {
            contained++;
            break;
          }
        }
      }
      if (contained >= 3) {
        top = p;
        break;
      }
      parent = elementParent(parent);
    }
  }
  // Climb while the parent scores better: the article is split over sibling containers.
  let lastScore = final.get(top) ?? 0;
  const threshold = lastScore / 3;
  for (let parent = elementParent(top); parent && parent.name !== 'body'; parent = elementParent(parent)) {
    const ps = final.get(parent);
    if (ps === undefined) continue;
    if (ps < threshold) break;
    if (ps > lastScore) {
      top = parent;
      break;
    }
    lastScore = ps;
  }
  for (let parent = elementParent(top); parent && parent.name !== 'body' && elementChildren(parent).length === 1; parent = elementParent(parent)) top = parent;

  const region: DomElement[] = [];
  const parent = elementParent(top);
  const tScore = final.get(top) ?? topScore;
  const siblingThreshold = Math.max(10, tScore * 0.2);
  if (!parent) return [top];
  for (const sib of elementChildren(parent)) {
    if (sib === top) {
      region.push(sib);
      continue;
    }
    let bonus = 0;
    if (top.attribs.class && sib.attribs.class === top.attribs.class) bonus += tScore * 0.2;
    const s = final.get(sib);
    if (s !== undefined && s + bonus >= siblingThreshold) {
      region.push(sib);
      continue;
    }
    if (sib.name === 'p') {
      const i = w.info[sib.index];
      if (!i) continue;
      const ld = linkDensity(i);
      if (i.text > 80 && ld < 0.25) region.push(sib);
      else if (i.text > 0 && i.text <= 80 && ld === 0 && /\.( |$)/.test(collapse(textOf(sib, 200)))) region.push(sib);
    }
  }
  return region;
}

function within(el: DomElement, set: Set<DomElement>, levels: number): boolean {
  let e: DomElement | null = el;
  for (let i = 0; e && i < levels; i++, e = elementParent(e)) if (set.has(e)) return true;
  return false;
}

/**
 * The standfirst or lead often sits in the article's header, outside the container that holds the
 * body paragraphs. Adds lead-like elements found just above the region, close to it in the tree.
 */
export function addLeads(region: DomElement[], w: Walked): DomElement[] {
  if (region.length === 0 || region[0]!.name === 'body') return region;
  const regionSet = new Set(region);
  const scope = new Set<DomElement>();
  let up = elementParent(region[0]!);
  for (let i = 0; up && i < 4 && up.name !== 'body' && up.name !== 'html'; i++, up = elementParent(up)) scope.add(up);
  // Page builders nest the body deeper: the <article> a little further up still holds the story's header.
  const further: DomElement[] = [];
  for (let i = 0; up && i < 2 && up.name !== 'body' && up.name !== 'html'; i++, up = elementParent(up)) {
    further.push(up);
    if (up.name === 'article') {
      for (const e of further) scope.add(e);
      break;
    }
  }
  const first = w.blocks.findIndex((b) => within(b.anchor, regionSet, 30));
  if (first <= 0) return region;
  const leads: DomElement[] = [];
  for (let i = 0; i < first; i++) {
    const b = w.blocks[i]!;
    if (b.text.length < 30 || b.link > b.text.length * 0.3 || b.caption || b.byline) continue;
    let lead: DomElement | null = null;
    let inScope = false;
    let e: DomElement | null = b.anchor;
    for (let level = 0; e && level < 10; level++, e = elementParent(e)) {
      if (scope.has(e)) {
        inScope = true;
        break;
      }
      if (!lead && level < 5 && (e.name === 'hgroup' || isLeadHint(hints(e)))) lead = e;
    }
    // An "intro" box that is a picture with its caption and credit is no standfirst.
    const info = lead ? w.info[lead.index] : undefined;
    const picture = info !== undefined && info.img > 0 && info.text < 300;
    if (lead && inScope && !picture && !leads.includes(lead) && !leads.some((l) => within(lead!, new Set([l]), 10))) leads.push(lead);
  }
  return leads.length > 0 ? [...leads, ...region] : region;
}

/**
 * Articles split over sibling containers (an intro box, then the body; a first paragraph set apart
 * for a paywall) leave prose paragraphs just outside the chosen container. Adds paragraphs that
 * read as running text and share a close ancestor with the region.
 */
/** Boxes beside an article (author boxes, calls to action, subscription and contact boxes, teasers) whose paragraphs read as prose too. */
const BOX_HINT = /author|(?:^|[\s_-])bio|cta|box|promo|subscri|assinatura|abonn|kontakt|contact|letters|teaser|widget|sidebar|asset|proposer|info/i;

/** A link to another page, not a named anchor or a jump within this one ("#reviews"). */
function isPageLink(el: DomElement): boolean {
  return el.name === 'a' && /^(?!#|javascript:)\S/i.test(el.attribs.href ?? '');
}

/** Whether most of a heading's text is a link to another page. */
function isLinkedHeading(heading: DomElement): boolean {
  const text = collapse(textOf(heading, 500)).length;
  if (text === 0) return false;
  let linked = 0;
  const stack = elementChildren(heading);
  while (stack.length > 0) {
    const e = stack.pop()!;
    if (isPageLink(e)) linked += collapse(textOf(e, 500)).length;
    else stack.push(...elementChildren(e));
  }
  return linked >= text * 0.5;
}

/**
 * A teaser: a box whose own heading is a link to another page, the summary paragraph beside it.
 * An article's subheadings are not links.
 */
function hasLinkedHeading(box: DomElement): boolean {
  for (const child of elementChildren(box)) {
    if (HEADING.test(child.name) ? isLinkedHeading(child) : isPageLink(child) && elementChildren(child).some((c) => HEADING.test(c.name))) return true;
  }
  return false;
}

export function addNearbyProse(region: DomElement[], w: Walked, main: DomElement | undefined = region[0], levels = 4): DomElement[] {
  if (region.length === 0 || !main || main === w.body) return region;
  const regionSet = new Set(region);
  const scope = new Set<DomElement>();
  // The scope is around the main container, not around a standfirst found in the page's header.
  let up = elementParent(main);
  for (let i = 0; up && i < levels && up !== w.body && up.name !== 'html'; i++, up = elementParent(up)) scope.add(up);
  if (scope.size === 0) return region;
  const added: DomElement[] = [];
  // Paragraphs share their boxes: each box's children are looked through once, however many there are.
  const teaserBoxes = new Map<DomElement, boolean>();
  const isTeaserBox = (e: DomElement) => {
    let known = teaserBoxes.get(e);
    if (known === undefined) {
      known = hasLinkedHeading(e);
      teaserBoxes.set(e, known);
    }
    return known;
  };
  for (const b of w.blocks) {
    const owner = b.owner;
    if (owner.name !== 'p' || b.caption || b.byline || b.heading || b.text.length < 100) continue;
    if (b.link > b.text.length * 0.2 || !SENTENCE_END.test(b.text)) continue;
    if (within(owner, regionSet, 30)) continue;
    let inScope = false;
    let furniture = false;
    for (let e = elementParent(owner); e; e = elementParent(e)) {
      if (scope.has(e)) {
        inScope = true;
        break;
      }
      if (e.name === 'li' || e.name === 'aside' || e.name === 'footer' || e.name === 'nav' || e.name === 'form' || classWeight(e) < 0 || BOX_HINT.test(hints(e)) || isTeaserBox(e)) {
        furniture = true;
        break;
      }
    }
    if (inScope && !furniture && classifyLine(b.text) === null && !added.includes(owner)) added.push(owner);
  }
  return added.length > 0 ? [...region, ...added] : region;
}

/** The nearest <article> (or articleBody) around an element: two parts of one story share it. */
function storyOf(el: DomElement): DomElement | null {
  for (let e = elementParent(el); e; e = elementParent(e)) if (e.name === 'article' || e.attribs.itemprop === 'articleBody') return e;
  return null;
}

/** The text of the first h1 or h2 inside an element, if any. */
function firstHeading(el: DomElement): string | null {
  const stack: DomElement[] = [el];
  while (stack.length > 0) {
    const e = stack.pop()!;
    if (e.name === 'h1' || e.name === 'h2') return textOf(e, 500);
    const children = elementChildren(e);
    for (let k = children.length - 1; k >= 0; k--) stack.push(children[k]!);
  }
  return null;
}

/**
 * Infinite scroll appends the next stories to the page as sibling <article>s of the same class,
 * and one of them may be longer than the story asked for. The story whose heading is the page's
 * title is the one the page is about.
 */
export function preferTitledStory(region: DomElement[], title: string | null): DomElement[] {
  if (region.length === 0 || !title) return region;
  const top = region[0]!;
  const story = top.name === 'article' ? top : storyOf(top);
  if (!story) return region;
  const key = comparable(title);
  const heads = (e: DomElement) => {
    const h = firstHeading(e);
    return h !== null && comparable(h) === key;
  };
  if (heads(story)) return region;
  // Each story may come in a wrapper of its own ("scrollblock"): the repeated unit is the story or
  // one of its two nearest ancestors.
  let unit: DomElement | null = story;
  for (let level = 0; unit && level < 3; level++, unit = elementParent(unit)) {
    const parent = elementParent(unit);
    if (!parent || parent.name === 'body') break;
    const u = unit;
    const siblings = elementChildren(parent).filter((e) => e.name === u.name && e.attribs.class === u.attribs.class);
    if (siblings.length < 2) continue;
    const titled = siblings.find(heads);
    return titled ? [titled] : region;
  }
  return region;
}

/**
 * Page builders cut a story into several sections (text, then an advert row, then more text), each
 * with its own copy of the text box ("story-text", "article-body__content"). The box that holds the
 * chosen paragraphs names the others: every box of the same tag and class in the same story, with
 * prose in it and outside furniture, is part of the text.
 */
export function addSameClassParts(region: DomElement[], w: Walked): DomElement[] {
  if (region.length === 0 || region[0] === w.body) return region;
  const regionSet = new Set(region);
  // The text box: the parent of the region's paragraphs that holds the most of their text.
  const boxText = new Map<DomElement, number>();
  for (const b of w.blocks) {
    if (b.owner.name !== 'p' || b.text.length < 80) continue;
    const box = elementParent(b.owner);
    if (!box || !box.attribs.class || !within(b.owner, regionSet, 30)) continue;
    boxText.set(box, (boxText.get(box) ?? 0) + b.text.length);
  }
  let box: DomElement | null = null;
  let best = 0;
  for (const [el, text] of boxText) if (text > best) [box, best] = [el, text];
  if (!box || best < 200) return region;
  const name = box.name;
  const cls = box.attribs.class;
  const story = storyOf(box);
  const added: DomElement[] = [];
  const seen = new Set<DomElement>([box]);
  for (const b of w.blocks) {
    const other = elementParent(b.owner);
    if (!other || seen.has(other)) continue;
    seen.add(other);
    if (other.name !== name || other.attribs.class !== cls || within(other, regionSet, 30) || storyOf(other) !== story) continue;
    const i = w.info[other.index];
    if (!i || i.text < 80 || linkDensity(i) > 0.3 || inFurniture(other, 12)) continue;
    added.push(other);
  }
  return added.length > 0 ? [...region, ...added] : region;
}

/**
 * A recipe's page sets its ingredients in a box of their own beside the steps, often a table of
 * links to products, which no text score would choose and conditional cleaning would drop. On a
 * page that declares a recipe: the ingredient boxes inside the region, or else the nearest ones
 * around it.
 */
export function recipeParts(region: DomElement[], w: Walked, isRecipe: boolean): DomElement[] {
  if (!isRecipe || region.length === 0 || region[0] === w.body || w.ingredientBoxes.length === 0) return [];
  const boxes = new Set(w.ingredientBoxes);
  // The outermost boxes with some text, none in a sidebar's "in season" panel.
  const usable = w.ingredientBoxes.filter((el) => {
    for (let e = elementParent(el); e; e = elementParent(e)) if (boxes.has(e)) return false;
    return (w.info[el.index]?.text ?? 0) >= 20 && !inFurniture(el, 12);
  });
  const regionSet = new Set(region);
  const inside = usable.filter((el) => within(el, regionSet, 30));
  if (inside.length > 0) return inside;
  let up = elementParent(region[0]!);
  for (let level = 0; up && level < 4 && up !== w.body && up.name !== 'html'; level++, up = elementParent(up)) {
    const scope = new Set([up]);
    const found = usable.filter((el) => within(el, scope, 30));
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * An <article> element just above the chosen container usually is the story: its header holds the
 * standfirst and its other sections the rest of the text. Taken when it adds little beyond them.
 */
export function widenToArticle(region: DomElement[], w: Walked): DomElement[] {
  if (region.length !== 1) return region;
  const top = region[0]!;
  const topInfo = w.info[top.index];
  if (!topInfo || top.name === 'article' || top.name === 'body') return region;
  let e = elementParent(top);
  for (let level = 0; e && level < 3 && e.name !== 'body'; level++, e = elementParent(e)) {
    if (e.name !== 'article') continue;
    const i = w.info[e.index];
    if (i && linkDensity(i) < 0.3 && i.text <= topInfo.text * 1.6 + 300) return [e];
    break;
  }
  return region;
}

/** Readability's conditional cleaning: containers that look like link lists, widgets or ad slots. */
const COMMENTS = /comment|repl(?:y|ies)|disqus|discussion|forum/i;

export function shouldDrop(el: DomElement, i: Info, inFigure: boolean, useWeights: boolean): boolean {
  const name = el.name;
  if (name === 'table' && i.hasTh) return false;
  const weight = useWeights ? classWeight(el) : 0;
  // Page builders wrap every block of a story in "widget" boxes, galleries interleave pictures
  // with the text: a container that is mostly unlinked prose stays, whatever its class or images.
  const prose = i.text >= 500 && linkDensity(i) < 0.15 && (i.p >= 2 || i.commas >= 5) && !COMMENTS.test(hints(el));
  // A photo's caption named for its box ("media__description") goes to the captions, whatever the box's name.
  if (weight < 0 && !prose && !((hintFlags(el) & F_CAPTION) !== 0 && i.text < 800 && linkDensity(i) < 0.5)) return true;
  if (prose || i.commas >= 10) return false;
  const isList = name === 'ul' || name === 'ol' || (i.text > 0 && i.list / i.text > 0.9);
  const p = i.p;
  const img = i.img;
  const li = i.li - 100;
  const ld = linkDensity(i);
  const len = i.text;
  // Forty characters never take hundreds of nodes but in a chain of unclosed tags, where reading
  // down from every box of the chain made a page of 20,000 nested <div>s take 8 s.
  if (len < 40 && AD_WORDS.test(collapse(textOf(el, 60, 200)))) return true;
  if (!inFigure && img > 1 && p / img < 0.5) return true;
  if (!isList && li > p) return true;
  if (i.input > Math.floor(p / 3)) return true;
  const headingDensity = len > 0 ? i.heading / len : 0;
  if (!isList && !inFigure && headingDensity < 0.9 && len < 25 && (img === 0 || img > 2) && ld > 0) return true;
  if (!isList && weight < 25 && ld > 0.2) return true;
  if (weight >= 25 && ld > 0.5) return true;
  if ((i.embed === 1 && len < 75) || i.embed > 1) return true;
  // A list of links inside the story is content when its items say something of their own
  // ("Jane Doe fixed <a>the crash on start-up</a>"); a list of headlines is not.
  // Nor is a list whose items point to other sites, sentence-long: the bugs, releases and sources the
  // story is about. A site's links to itself are its related stories and sections.
  const cites = i.li > 0 && pointsElsewhere(i) && i.text / i.li >= 25;
  if (isList && ld > 0.5 && !cites && !(ld < 0.9 && (i.mixedLi >= 2 || i.li === 1) && i.mixedLi * 2 >= i.li)) return true;
  return false;
}

const LONG_FURNITURE = new Set(['comments', 'tags', 'copyright', 'cms-junk', 'disclosure']);

const AUTHOR_BOX = /author-?(?:bio|box|info|card|profile|details|about|description)|about-?(?:the-?)?author|autor(?:en)?-?(?:box|info|profil)/i;

const CONDITIONAL = new Set(['form', 'fieldset', 'table', 'ul', 'ol', 'div', 'section', 'header', 'dl']);

/** Marks what to drop inside the chosen region. */
export function pruneRegion(
  region: DomElement[],
  w: Walked,
  useWeights: boolean,
  cleanConditionally: boolean,
  recipes?: Set<DomElement>,
  ingredients: DomElement[] = [],
): Set<DomElement> {
  const dropped = new Set<DomElement>();
  // The boxes around a recipe's ingredients stay, whatever their links.
  const holdsIngredients = new Set<DomElement>();
  for (const el of ingredients) for (let e = elementParent(el); e && !holdsIngredients.has(e); e = elementParent(e)) holdsIngredients.add(e);
  for (const root of region) {
    const rootRecipe = (hintFlags(root) & F_RECIPE) !== 0;
    if (rootRecipe) recipes?.add(root);
    // Built by push from a literal, not by map(): arrays from one literal share their elements kind
    // (V8 remembers it per literal), so the loop below meets one array shape; map()'s result for a
    // root without children had another, and threw the optimised loop away.
    const stack: { el: DomElement; figure: boolean; recipe: boolean }[] = [];
    for (const el of elementChildren(root)) stack.push({ el, figure: false, recipe: rootRecipe });
    // The container chosen for its text may wrap it all in one box ("entry-wrapper"): the box is
    // the article, whatever its links, and only what is inside it is judged.
    const rootText = w.info[root.index]?.text ?? 0;
    while (stack.length > 0) {
      const { el, figure, recipe: inRecipe } = stack.pop()!;
      const i = w.info[el.index];
      if (!i) continue;
      if (rootText >= 500 && i.text >= rootText * 0.9 && el.name !== 'aside' && el.name !== 'footer' && el.name !== 'nav' && !(useWeights && classWeight(el) < 0)) {
        for (const c of elementChildren(el)) stack.push({ el: c, figure: figure || el.name === 'figure', recipe: inRecipe });
        continue;
      }
      const h = hints(el);
      // Readability drops these from the article once it is chosen, not before scoring: some sites
      // wrap the whole article in an <aside>.
      if (el.name === 'aside' || el.name === 'footer' || el.name === 'nav') {
        dropped.add(el);
        continue;
      }
      if (h && /share|sharing|social/i.test(h) && i.text < 500) {
        dropped.add(el);
        continue;
      }
      // The writer's box ("Hallo, ich bin Foodbloggerin …"): prose, but about the writer, not the story.
      if (h && AUTHOR_BOX.test(h) && el.name !== 'article' && el.name !== 'main' && i.text < 1500) {
        dropped.add(el);
        continue;
      }
      const recipe = inRecipe || (hintFlags(el) & F_RECIPE) !== 0;
      if (recipe && !inRecipe) recipes?.add(el);
      if (cleanConditionally && !recipe && !holdsIngredients.has(el) && CONDITIONAL.has(el.name) && shouldDrop(el, i, figure, useWeights)) {
        dropped.add(el);
        continue;
      }
      // A heading of a related box; a paragraph that is a link to another story ("c-recirculation-link").
      if (useWeights && (HEADING.test(el.name) || (el.name === 'p' && linkDensity(i) > 0.5)) && classWeight(el) < 0) {
        dropped.add(el);
        continue;
      }
      const inFigure = figure || el.name === 'figure';
      for (const c of elementChildren(el)) stack.push({ el: c, figure: inFigure, recipe });
    }
  }
  return dropped;
}

const FEED_HINT = /teaser|link-?list|feed|rss|widget/i;

/** Whether a box around the element (a widget, a feed of headlines, a teaser list) marks it as furniture. */
/** The <ul> or <ol> a list item is in. */
function listOf(li: DomElement): DomElement | null {
  const list = elementParent(li);
  return list && (list.name === 'ul' || list.name === 'ol') ? list : null;
}

/**
 * Whether a list item is in a list that has already given the story a sentence, or in a list
 * under such an item: a short item that is mostly a link ("mconley <a>re-enabled TART</a>", the
 * links of a sub-list) is then one of the story's points, not a menu's or a related-story list's.
 */
function inStoryList(li: DomElement, storyLists: ReadonlySet<DomElement>): boolean {
  const list = listOf(li);
  if (!list) return false;
  if (storyLists.has(list)) return true;
  const holder = elementParent(list);
  const outer = holder?.name === 'li' ? listOf(holder) : null;
  return outer !== null && storyLists.has(outer);
}

/**
 * Whether a list item is one of a list of plain points ("Is this a planned purchase?", "<a>Where am I
 * going to put it</a>?", "Have I included this in my budget?"): one linked point among them is still
 * a point. A menu's or a related-story list's items are all links. (The caller asks the item for a
 * few words: a toolbar's "Imprimer cette page" and a category list's single words are no points.)
 */
function inPlainList(li: DomElement, info: readonly (Info | undefined)[]): boolean {
  const list = listOf(li);
  const i = list ? info[list.index] : undefined;
  return i !== undefined && i.li >= 3 && i.text >= 120 && i.link < i.text * 0.3;
}

function inFurniture(el: DomElement, levels: number): boolean {
  let up: DomElement | null = el;
  // The page's own classes ("enable-ad-placeholder" on <body>) say nothing of one box.
  for (let k = 0; up && k < levels && up.name !== 'body'; k++, up = elementParent(up)) if (classWeight(up) < 0 || FEED_HINT.test(hints(up))) return true;
  return false;
}

/**
 * The row of a data table (one with header cells) that a cell's own text belongs to. Layout tables,
 * whose cells hold paragraphs and boxes, have no header cells, and a cell that wraps blocks is not
 * the owner of its text.
 */
/** The labels of a board record's fields, in the languages of the sites watched. */
const RECORD_FIELD =
  /^(?:title|subject|date|registration date|posted(?: on)?|hits|views|writer|author|department|division|attachments?|files?|contact|tel|제목|작성자|작성일|등록일|게시일|조회수?|첨부파일|첨부|담당부서|담당자|부서|연락처|标题|题目|发布时间|发布日期|日期|来源|浏览次数|点击数|作者|附件|件名|日付|掲載日|担当|担当課)\s*[:：]?$/i;
const RECORD_TITLE = /^(?:title|subject|제목|标题|题目|件名)\s*[:：]?$/i;

/** The fields that date a record or count its readers: a book's or a product's table of facts has none. */
const RECORD_DATE = /^(?:date|registration date|posted(?: on)?|hits|views|작성일|등록일|게시일|조회수?|发布时间|发布日期|日期|浏览次数|点击数|日付|掲載日)\s*[:：]?$/i;

/** A row's cells. */
function cellsOf(tr: DomElement): DomElement[] {
  return tr.children.filter((c): c is DomElement => isElement(c) && (c.name === 'th' || c.name === 'td'));
}

/** The first rows of a table and their cells. */
function tableRows(table: DomElement, limit: number): DomElement[][] {
  const rows: DomElement[][] = [];
  const add = (tr: DomElement) => rows.push(cellsOf(tr));
  for (const child of table.children) {
    if (rows.length >= limit) break;
    if (!isElement(child)) continue;
    if (child.name === 'tr') add(child);
    else if (child.name === 'tbody' || child.name === 'thead') for (const r of child.children) if (isElement(r) && r.name === 'tr' && rows.length < limit) add(r);
  }
  return rows;
}

/** Whether a table is a board's record: one of its rows is labelled with its date or its count of readers. */
function isDatedRecord(table: DomElement, seen: Map<DomElement, boolean>): boolean {
  let dated = seen.get(table);
  if (dated === undefined) {
    dated = tableRows(table, 12).some((cells) => cells.some((cell, i) => i % 2 === 0 && cells[i + 1]?.name === 'td' && RECORD_DATE.test(collapse(textOf(cell, 40)))));
    seen.set(table, dated);
  }
  return dated;
}

/** Whether a row pairs labels with values: a value is a <td>; a row of <th>s heads a table's columns ("Date | Event"). */
function labelsValues(tr: DomElement): boolean {
  const cells = cellsOf(tr);
  return cells.length >= 2 && cells.every((cell, i) => i % 2 === 0 || cell.name === 'td');
}

/** The value of a record table's title field, if it has one. */
function recordTitleOf(table: DomElement): string | null {
  for (const cells of tableRows(table, 12)) {
    if (cells.length >= 2 && cells[1]!.name === 'td' && RECORD_TITLE.test(collapse(textOf(cells[0]!, 40)))) return collapse(textOf(cells[1]!, 400)) || null;
  }
  return null;
}

/** The <table> around an element, within `levels` of it. */
function tableOf(el: DomElement, levels = 3): DomElement | null {
  for (let e = elementParent(el), k = 0; e && k < levels; e = elementParent(e), k++) if (e.name === 'table') return e;
  return null;
}

function dataRowOf(owner: DomElement, w: Walked): DomElement | null {
  if (owner.name !== 'td' && owner.name !== 'th') return null;
  const tr = elementParent(owner);
  if (!tr || tr.name !== 'tr') return null;
  let table = elementParent(tr);
  if (table && table.name !== 'table') table = elementParent(table);
  if (!table || table.name !== 'table' || !w.info[table.index]?.hasTh) return null;
  return tr;
}

/**
 * Whether a heading is the headline in another wording: social titles and page headings differ by a
 * word or two ("… hands-on: the Retina display moment" / "… is the Retina display moment").
 */
function sameHeadline(a: string, b: string): boolean {
  const wa = new Set(a.split(' '));
  const wb = new Set(b.split(' '));
  if (wa.size < 4 || wb.size < 4) return false;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  if (common / (wa.size + wb.size - common) >= 0.6) return true;
  // A shortened headline in the document title: "КНДР запустила баллистическую ракету" for the
  // heading's "КНДР запустила баллистическую ракету в сторону Японского моря".
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.startsWith(`${short} `) && long.split(' ').length <= 2 * short.split(' ').length;
}

interface Output {
  paragraphs: string[];
  captions: string[];
  removed: RemovedBlock[];
  length: number;
  firstDate: ParsedDate | null;
  /** The names of the first byline in the text ("By Jane Doe", a .byline element), if any. */
  byline: string | null;
  /** The names in a bare "By Jane Doe" that closes the text: the writer's, or a teaser's (see below). */
  closingByline: string | null;
  /** A name alone in bold or italics that closes the text: the writer's signature, the last resort. */
  signature: string | null;
  /** The title a board's record table gives ("Title | Foreign Ministry Spokesperson's Statement …"). */
  recordTitle: string | null;
}

/**
 * `out` with other text. A new object, not a spread of `out` with paragraphs written over: writing
 * over a field that had only ever held its first value threw away collectOutput's optimised code,
 * which builds `out`.
 */
function withText(out: Output, paragraphs: string[], captions: string[]): Output {
  const length = paragraphs.reduce((sum, p) => sum + p.length, 0);
  return { paragraphs, captions, removed: out.removed, length, firstDate: out.firstDate, byline: out.byline, closingByline: out.closingByline, signature: out.signature, recordTitle: out.recordTitle };
}

export function collectOutput(
  w: Walked,
  region: DomElement[],
  dropped: Set<DomElement>,
  title: string | null,
  offset: number | null,
  recipes: Set<DomElement> = new Set(),
): Output {
  const inRegion = new Set(region);
  const paragraphs: string[] = [];
  // Whether each paragraph is a headline-like link and nothing else ("Kohlmann: „Als nächstes …“").
  const headlineLinks: boolean[] = [];
  // Lists (<ul>, <ol>) that have given the story a sentence of its own: the story's own lists.
  const storyLists = new Set<DomElement>();
  const captions: string[] = [];
  // Looked up beside the list: a gallery of thousands of pictures asked the list once per caption.
  const captionSet = new Set<string>();
  const addCaption = (text: string) => {
    if (captionSet.has(text)) return;
    captionSet.add(text);
    captions.push(text);
  };
  const removed: RemovedBlock[] = [];
  const titleKey = title ? comparable(title) : null;
  let length = 0;
  let firstDate: ParsedDate | null = null;
  // A "Read also" heading was just dropped: the links under it are the stories it announces.
  let announced = false;
  let byline: string | null = null;
  /** The paragraph that is a name alone in emphasis, a signature if it closes the story. */
  let signedAt = -1;
  const verdict = new Map<DomElement, 0 | 1 | 2>(); // 0 outside, 1 inside, 2 dropped
  const judge = (anchor: DomElement): 0 | 1 | 2 => {
    const path: DomElement[] = [];
    let result: 0 | 1 | 2 = 0;
    for (let el: DomElement | null = anchor; el; el = elementParent(el)) {
      const known = verdict.get(el);
      if (known !== undefined) {
        result = known;
        break;
      }
      path.push(el);
      if (dropped.has(el)) {
        // A dropped element inside the region stays dropped; outside, it was never in.
        let inside = false;
        for (let up = elementParent(el); up; up = elementParent(up)) {
          if (inRegion.has(up)) {
            inside = true;
            break;
          }
          const v = verdict.get(up);
          if (v !== undefined) {
            inside = v !== 0;
            break;
          }
        }
        result = inside ? 2 : 0;
        break;
      }
      if (inRegion.has(el)) {
        result = 1;
        break;
      }
    }
    for (const el of path) verdict.set(el, result);
    return result;
  };
  // A data table's row is read as one line ("Groundhog Day | 1993 | A weatherman relives…"): its
  // cells alone are a bare title, a year, a number, which the line rules below would drop as
  // links or timestamps, and a reader needs the row to make sense of any of them.
  let row: { tr: DomElement; cells: string[]; link: number } | null = null;
  // A government or company board prints its record as a table of fields above the text ("Title |
  // …", "Date | 2026-11-20 | Hits | 1532", "Writer | …", "Attachment | …"): the fields are no text, the
  // title is the page's. The table's own caption ("Press Releases view") goes with them.
  const recordFields = { title: null as string | null, others: 0 };
  const datedRecords = new Map<DomElement, boolean>();
  let lastCaptionTable: DomElement | null = null;
  /** The last caption set aside and the figure it came from, for a credit printed apart after it. */
  let lastCaption: { holder: DomElement; index: number } | null = null;
  /** Whether the first paragraph is a heading of a few words: a section's name, if the headline follows. */
  let sectionHeadingFirst = false;
  /** … and whether it is only a link: a section's trail under the headline too ("정치 북한", "国際"). */
  let sectionLinkFirst = false;
  const endRow = () => {
    if (!row) return;
    const text = row.cells.join(' | ');
    const cells = row.cells;
    const table = tableOf(row.tr);
    if (
      table !== null && cells.length >= 2 && cells.length <= 4 && RECORD_FIELD.test(cells[0]!) && (cells.length === 2 || (cells.length === 4 && RECORD_FIELD.test(cells[2]!))) &&
      labelsValues(row.tr) && isDatedRecord(table, datedRecords)
    ) {
      if (RECORD_TITLE.test(cells[0]!)) recordFields.title ??= cells[1]!;
      else recordFields.others++;
      if (lastCaptionTable === table && paragraphs.length > 0) {
        const caption = paragraphs.pop()!;
        length -= caption.length;
        removed.push({ text: caption, reason: 'record-field' });
        headlineLinks.pop();
        lastCaptionTable = null;
      }
      removed.push({ text, reason: 'record-field' });
      row = null;
      return;
    }
    // An ingredient's row links to the product or to an article about it: it is the recipe still.
    if (row.link / text.length > 0.6 && !(recipes.size > 0 && within(row.tr, recipes, 8))) removed.push({ text, reason: 'links' });
    // A calendar widget: weekday initials, day numbers.
    else if (row.cells.every((c) => c.length <= 2)) removed.push({ text, reason: 'calendar' });
    else {
      paragraphs.push(text);
      headlineLinks.push(false);
      length += text.length;
    }
    row = null;
  };
  for (const b of w.blocks) {
    const v = judge(b.anchor);
    const tr = v === 1 && !b.caption ? dataRowOf(b.owner, w) : null;
    if (row && tr !== row.tr) endRow();
    if (tr) {
      row ??= { tr, cells: [], link: 0 };
      row.cells.push(b.text);
      row.link += b.link;
      continue;
    }
    if (v === 0) continue;
    const text = b.text;
    if (v === 2) {
      if (text.length > 1) removed.push({ text, reason: 'boilerplate-container' });
      continue;
    }
    if (b.caption && (w.info[b.caption.index]?.text ?? 0) < 800) {
      // A figure holds an embed's consent notice or a player's controls as well as captions.
      const furniture = text.length < 300 ? classifyLine(text) : null;
      if (furniture !== null && NOT_CAPTIONS.has(furniture)) {
        removed.push({ text, reason: furniture });
        continue;
      }
      // … and a picture agency's sales link after the credit ("Purchase Licensing Rights, opens new tab").
      const caption = tidyCaption(text);
      const holder = captionHolder(b.caption);
      // A credit in an element of its own ("<span class="credit">(KCNA via Reuters)</span>") belongs to
      // the caption before it in the same figure; alone, it is no caption.
      if (isFigureCredit(caption, b.caption, holder, lastCaption?.holder ?? null)) {
        if (lastCaption !== null && lastCaption.holder === holder && !CREDIT_LABEL_ONLY.test(caption)) {
          const merged = withCredit(captions[lastCaption.index]!, caption);
          // (A picture printed twice, for two screen sizes, gives its caption and credit twice.)
          if (captionSet.has(merged) && lastCaption.index === captions.length - 1) captions.pop();
          else captions[lastCaption.index] = merged;
          captionSet.add(merged);
          lastCaption = null;
        }
        removed.push({ text, reason: 'credit' });
        continue;
      }
      if (caption.length >= 10 && !captionSet.has(caption)) {
        addCaption(caption);
        lastCaption = { holder, index: captions.length - 1 };
      }
      removed.push({ text, reason: 'caption' });
      continue;
    }
    if (b.byline && text.length < 200 && (w.info[b.byline.index]?.text ?? 0) < 300) {
      byline ??= cleanAuthor(text);
      removed.push({ text, reason: 'byline' });
      continue;
    }
    // The headline printed again, as a heading or as a block of its own ("<div class="article_title">",
    // a link to the post itself under it).
    // (Only a block about the headline's length can be it: comparable() is not cheap.)
    if (titleKey && (b.heading || (text.length >= titleKey.length && text.length <= titleKey.length * 1.5 + 10)) && (comparable(text) === titleKey || (b.heading && paragraphs.length === 0 && sameHeadline(comparable(text), titleKey)))) {
      // The board's or the section's name printed as a heading over the headline ("보도자료", "Analysis").
      if (paragraphs.length === 1 && sectionHeadingFirst) {
        const label = paragraphs.pop()!;
        headlineLinks.pop();
        length -= label.length;
        removed.push({ text: label, reason: 'label' });
      }
      removed.push({ text, reason: 'title' });
      continue;
    }
    // The headline's own first part printed over it as a label: "Department Press Briefing" over
    // "Department Press Briefing – November 20, 2026".
    if (titleKey && paragraphs.length === 0 && text.length >= 8 && text.length < titleKey.length - 3 && !SENTENCE_END.test(text)) {
      const key = comparable(text);
      if (key.length >= 8 && titleKey.startsWith(`${key} `)) {
        removed.push({ text, reason: 'label' });
        continue;
      }
    }
    // Short lines meet every line rule; lines up to 700 characters only those for long furniture (a
    // comment section's house rules, WordPress's filing note, an affiliate disclosure): a long list
    // of keywords can be a line-up or a catalogue entry. Preformatted text is code or a table of
    // figures, which those rules would take for spam or stray punctuation ("2, 2, 3, 3, 3").
    const reason = text.length < 700 && b.owner.name !== 'pre' ? classifyLine(text) : null;
    if (reason && (text.length < 300 || LONG_FURNITURE.has(reason))) {
      if (reason === 'timestamp' && !firstDate) firstDate = parseDate(text, offset);
      // A broadcast script's reporter: "Max Lee, KBS World Radio News.", "KBS 뉴스 홍길동입니다."
      if (reason === 'byline' && !byline) {
        const reporter = broadcastReporter(text);
        if (reporter) byline = cleanAuthor(reporter);
      }
      // A stamp that names the writer: "By Chad O'Carroll | November 20, 2026".
      if (reason === 'timestamp' && !byline && paragraphs.length < 3) {
        const names = bylineOf(text);
        if (names) byline = cleanAuthor(names);
      }
      if (reason === 'call-to-action' && text.length <= 40 && !/[.!?]$/.test(text)) announced = true;
      removed.push({ text, reason });
      continue;
    }
    if (text.length < 300) {
      if (isCaptionLine(text)) {
        const caption = tidyCaption(text);
        addCaption(caption);
        removed.push({ text: caption, reason: 'caption' });
        continue;
      }
      const dated = paragraphs.length < 3 ? datedByline(text) : null;
      const names = paragraphs.length < 3 ? (bylineOf(text) ?? signatureOf(text) ?? dated) : null;
      if (names) {
        if (dated && !firstDate) firstDate = parseDate(text, offset);
        byline ??= cleanAuthor(names);
        removed.push({ text, reason: 'byline' });
        continue;
      }
      if (
        !b.heading && b.link / Math.max(1, text.length) > 0.6 && b.owner.name !== 'p' && !(b.owner.name === 'li' && text.length - b.link >= 10) &&
        !(b.owner.name === 'li' && pointsElsewhere(b) && text.length >= 25 && !inFurniture(b.owner, 6)) &&
        !(b.owner.name === 'li' && (inStoryList(b.owner, storyLists) || (wordCount(text) >= 4 && inPlainList(b.owner, w.info))) && !inFurniture(b.owner, 6)) &&
        !(recipes.size > 0 && within(b.anchor, recipes, 8))
      ) {
        removed.push({ text, reason: 'links' });
        continue;
      }
    }
    // A drop cap set apart from its paragraph: <span class="dropcap">T</span><p>urkey, Poland …</p>.
    const last = paragraphs.length - 1;
    if (last >= 0 && /^\p{Lu}$/u.test(paragraphs[last]!) && /^\p{Ll}/u.test(text)) {
      paragraphs[last] += text;
      length += text.length;
      continue;
    }
    // (A list item carries its teaser's stamp and section beside the link: "<a>…</a><time>3 days ago</time><span>Asia</span>".)
    if (announced && (b.link >= text.length * 0.8 || (b.owner.name === 'li' && b.link >= text.length * 0.5)) && text.length <= 200) {
      removed.push({ text, reason: 'related' });
      continue;
    }
    announced = false;
    // Only a sentence makes the list the story's: toolbars ("bookmark_border Auf die Merkliste") and
    // menus are lists too, and one of their items may get this far.
    if (b.owner.name === 'li' && text.length >= 60 && /[.!?]/.test(text)) {
      const list = listOf(b.owner);
      if (list) storyLists.add(list);
    }
    lastCaptionTable = b.owner.name === 'caption' ? tableOf(b.owner) : null;
    // (Or a link of as few words: the section's page, "International relations", "Asia Pacific".)
    if (paragraphs.length === 0) {
      // (Spaces between the links count for nothing: "<a>정치</a> <a>북한</a>".)
      const fewWords = wordCount(text) <= 3 && !SENTENCE_END.test(text);
      sectionLinkFirst = fewWords && b.link >= text.replace(/\s+/g, '').length * 0.9;
      sectionHeadingFirst = fewWords && (b.heading || sectionLinkFirst);
    }
    // A name alone in bold or italics under the story signs it ("<p><b><i>Stefan Wasmer</i></b></p>").
    // (In capitals it is as often a heading: "SOCIAL MEDIA SEITEN".)
    if (text.length <= 40 && b.owner.name === 'p' && /\p{Ll}/u.test(text) && isPersonName(text) && wholeInEmphasis(b.owner)) signedAt = paragraphs.length;
    // The site's own stories only: a list of links elsewhere is what the story cites.
    const headlineLink = b.owner.name === 'p' && b.link >= text.length * 0.9 && text.length <= 150 && !/[.!?:]$/.test(text) && !pointsElsewhere(b) && recipes.size === 0;
    // Fox News sets its links to other stories in capitals between the paragraphs: "KIM JONG UN'S SISTER WARNS …".
    if (headlineLink && !/\p{Ll}/u.test(text) && wordCount(text) >= 4) {
      removed.push({ text, reason: 'related' });
      continue;
    }
    paragraphs.push(text);
    headlineLinks.push(headlineLink);
    length += text.length;
  }
  endRow();
  if (sectionLinkFirst && paragraphs.length > 2) {
    const label = paragraphs.shift()!;
    headlineLinks.shift();
    length -= label.length;
    if (signedAt >= 0) signedAt--;
    removed.push({ text: label, reason: 'label' });
  }
  // Links to the site's other stories that close the article, each a headline in a paragraph of its own.
  while (paragraphs.length > 3 && headlineLinks[paragraphs.length - 1]) {
    headlineLinks.pop();
    const text = paragraphs.pop()!;
    length -= text.length;
    removed.push({ text, reason: 'related' });
  }
  // The author signs at the end: "Text: Jane Doe", "Autorin: Jane Doe, Projektleiterin". The line
  // stays in the text (it is part of the story as printed); a bare "By Jane Doe" there is more
  // often the byline of a teaser to another story, one with the writer's post ("By Park Min-hee,
  // staff reporter") is the story's.
  let closingByline: string | null = null;
  const signature = paragraphs.length > 3 && signedAt === paragraphs.length - 1 ? cleanAuthor(paragraphs[signedAt]!) : null;
  for (let k = 1; k <= 2 && !byline && paragraphs.length > 3; k++) {
    const last = paragraphs[paragraphs.length - k]!;
    if (/^(?:by|von)\s/i.test(last) && !endsWithWritersPost(last)) {
      if (k === 1 && last.length <= 60) closingByline = bylineOf(last);
      continue;
    }
    const names = signatureOf(last) ?? (k === 1 ? closingChineseByline(last) : null);
    if (names) byline = cleanAuthor(names);
  }
  // The story may be one cell of the record's table, the fields outside what was chosen.
  if (recordFields.title === null && region.length > 0) {
    const table = tableOf(region[0]!, 6);
    if (table && isDatedRecord(table, datedRecords)) {
      recordFields.title = recordTitleOf(table);
      recordFields.others++;
    }
  }
  const recordTitle = recordFields.title !== null && recordFields.others > 0 ? recordFields.title : null;
  return { paragraphs, captions, removed, length, firstDate, byline, closingByline: closingByline && cleanAuthor(closingByline), signature, recordTitle };
}

const EMPHASIS = new Set(['b', 'strong', 'i', 'em']);
/** A credit's label whose name follows in another element ("Foto:"): nothing to add to a caption. */
const CREDIT_LABEL_ONLY = /[:：]$|^(?:credits?|photos?|foto|bild|image|crédito|source)$/i;
const CREDIT_ELEMENT = /(?:credits?|copyright)(?:$|[\s_-])/i;

/**
 * A credit: one that reads as one ("© Hoklatherm", "Noah Berger / AP"), or any text in an element named
 * for the credit inside the figure whose caption came just before ("<span class="widget-image__credits">
 * Heinrich Aikawa/Instituto Lula</span>").
 */
/** A caption with its credit after it; the rest of a credit after its label goes without the colon ("<span>Credit</span>: Photo: PA"). */
function withCredit(caption: string, credit: string): string {
  return `${caption} ${credit.replace(/^[:：]\s*/, '')}`;
}

function isFigureCredit(caption: string, el: DomElement, holder: DomElement, previousHolder: DomElement | null): boolean {
  return isBareCredit(caption) || (previousHolder === holder && el !== holder && CREDIT_ELEMENT.test(el.attribs.class ?? ''));
}
/** What the line rules find in a figure that is no caption of it. */
const NOT_CAPTIONS = new Set(['page-tools', 'share', 'advertisement', 'call-to-action', 'gallery']);

/** Whether all the text of an element is set in bold or italics. */
function wholeInEmphasis(el: DomElement): boolean {
  let emphasised = false;
  for (const child of el.children) {
    if (isText(child)) {
      if (child.data.trim() !== '') return false;
    } else if (isElement(child)) {
      if (EMPHASIS.has(child.name)) emphasised = true;
      else if (child.name !== 'br') return false;
    }
  }
  return emphasised;
}

/**
 * A "By NAME" line above the story, outside its text, where nothing else names the writer: China
 * Daily's "By ZHANG YUNBI | chinadaily.com.cn | Updated: 2026-11-20 16:32" under the headline, "Ein
 * Artikel von Pamela Sladky | 27.01.2022 - 12:45". Only the blocks before the story's first
 * paragraph are read: those after it are teasers' and comments'.
 */
function headerByline(w: Walked, firstParagraph: string | undefined): string | null {
  if (firstParagraph === undefined) return null;
  let found: string | null = null;
  for (const b of w.blocks) {
    if (b.text === firstParagraph) return found;
    if (found !== null || b.unlikely !== null || b.text.length > 150 || !leadsByline(b.text)) continue;
    const names = bylineOf(b.text);
    const author = names ? cleanAuthor(names) : null;
    if (author && namesPeople(author)) found = author;
  }
  return null;
}

/**
 * The lead photo's caption between the headline and the story, outside the story's element (AP's
 * figure above its "RichTextStoryBody"), before the captions found in the story. Only what lies
 * between the headline and the story's first paragraph is read, never a teaser's photo.
 */
function withLeadCaptions(w: Walked, title: string | null, paragraphs: readonly string[], captions: string[]): string[] {
  const firstParagraph = paragraphs[0];
  if (title === null || firstParagraph === undefined) return captions;
  // A standfirst printed above the photo (Al Jazeera's) is the text's first paragraph, or two of them
  // (Bloomberg's bullets): the photo still comes before the story's own first one, the first long one.
  const long = paragraphs.slice(0, 4).findIndex((p) => p.length >= 150);
  const storyStart = paragraphs[Math.min(Math.max(long, 1), paragraphs.length - 1)]!;
  const titleKey = comparable(title);
  let afterHeadline = false;
  // The captions read since the headline; and, where the headline sits in a header the walk left out
  // (the Japan Times' "single-header"), the captions right above the story, with nothing between.
  const lead: string[] = [];
  const adjacent: string[] = [];
  let leadHolder: DomElement | null = null;
  for (const b of w.blocks) {
    if (b.text === storyStart) {
      const added = (afterHeadline ? lead : adjacent).filter((c) => !captions.includes(c));
      // (A picture printed twice, for two screen sizes, gives its caption and credit twice.)
      return added.length > 0 ? [...new Set([...added, ...captions])] : captions;
    }
    if (!afterHeadline && b.heading && comparable(b.text) === titleKey) {
      afterHeadline = true;
      continue;
    }
    if (b.caption && b.unlikely === null && (inFigure(b.caption) || isCaptionLine(b.text))) {
      const caption = tidyCaption(b.text);
      const holder = captionHolder(b.caption);
      // Without the headline to go by, only the one figure right above the story: a teaser's may come before it.
      if (!afterHeadline && holder !== leadHolder) adjacent.length = 0;
      const into = afterHeadline ? lead : adjacent;
      if (isFigureCredit(caption, b.caption, holder, into.length > 0 ? leadHolder : null)) {
        if (into.length > 0 && leadHolder === holder && !CREDIT_LABEL_ONLY.test(caption)) into[into.length - 1] = withCredit(into[into.length - 1]!, caption);
      } else if (isLeadCaption(b.text) && !into.includes(caption)) {
        into.push(caption);
        leadHolder = holder;
      }
    } else if (!afterHeadline && b.text !== firstParagraph) {
      adjacent.length = 0;
    }
  }
  return captions;
}

/** The figure a caption element belongs to: the nearest <figure> or <figcaption> around it, else the element. */
function captionHolder(caption: DomElement): DomElement {
  for (let e: DomElement | null = caption, k = 0; e && k < 4; e = elementParent(e), k++) if (e.name === 'figure') return e;
  for (let e: DomElement | null = caption, k = 0; e && k < 4; e = elementParent(e), k++) if (e.name === 'figcaption') return e;
  return caption;
}

/** A photo's own caption: a `<figcaption>`, or a caption inside a `<figure>` (elsewhere, a caption must read as one: "… (Kyodo)"). */
function inFigure(caption: DomElement): boolean {
  if (caption.name === 'figcaption') return true;
  let e = elementParent(caption);
  for (let level = 0; e && level < 4; level++, e = elementParent(e)) if (e.name === 'figure') return true;
  return false;
}

/** Words that say what the photo shows, not a stamp, a link or a file's name ("CSD-Parade.jpg"). */
function isLeadCaption(text: string): boolean {
  return text.length >= 10 && text.length < 800 && wordCount(text) >= 3 && classifyLine(text) === null && !/\.(?:jpe?g|png|gif|webp)$/i.test(text);
}

/**
 * A press release's date at the head of one of its first paragraphs, where nothing else dates the
 * page: "01.02.2022 „Der Arbeitsmarkt ist gut …", "27.1.2022 - Bei der Erinnerung …". Numeric dates only.
 */
function leadDate(paragraphs: string[], offset: number | null, now: Date): ParsedDate | null {
  for (const p of paragraphs.slice(0, 3)) {
    const m = /^(\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})\s*[-–—|:]?\s+\S/u.exec(p);
    if (m) return acceptable(parseDate(m[1]!, offset), now);
    // A stamp that heads the lead: "Pressemitteilung vom 25. Januar 2022 | Berlin – Die …".
    const head = /^(.{6,60}?)\s+[|–—]\s+\S/u.exec(p);
    if (head && classifyLine(head[1]!) === 'timestamp') return acceptable(parseDate(head[1]!, offset), now);
  }
  return null;
}

const DATE_HINT = /date|time|publish|posted|datum|fecha|data|meta|info/i;

/**
 * A date printed on the page outside the article text, for pages whose metadata has none: the
 * first short text in an element marked as a date ("field-publishing-date", "headline-date"), else
 * the first line of the page that is only a date.
 */
function pageDate(w: Walked, offset: number | null, now: Date): ParsedDate | null {
  // A page header judged furniture often carries the date ("Handball Schweiz • 02.02.2022" in a
  // "c-page-header"): looked at only where the rest of the page gives none. Not comments, footers,
  // sidebars or teasers: their dates are other posts' and other days'.
  return datedBlock(w.blocks, offset, now) ?? datedBlock(w.furnitureBlocks().filter(inPageHeader), offset, now);
}

const NOT_PAGE_HEADER = /comment|footer|sidebar|teaser|slider|related|widget|dossier|aside|banner/i;

function inPageHeader(b: Block): boolean {
  return b.unlikely !== null && chainHolds(b.unlikely, 'allPageHeader', couldBePageHeader, true);
}

function couldBePageHeader(el: DomElement): boolean {
  return el.name !== 'aside' && el.name !== 'footer' && !NOT_PAGE_HEADER.test(hints(el));
}

function datedBlock(blocks: Block[], offset: number | null, now: Date): ParsedDate | null {
  let line: ParsedDate | null = null;
  for (const b of blocks) {
    const text = b.text;
    if (text.length > 100 || !/\d/.test(text)) continue;
    let hinted = false;
    let e: DomElement | null = b.anchor;
    for (let level = 0; e && level < 3 && !hinted; level++, e = elementParent(e)) hinted = DATE_HINT.test(hints(e));
    if (!hinted && line) continue;
    const date = acceptable(parseDate(text, offset), now);
    if (!date) continue;
    if (hinted) return date;
    if (classifyLine(text) === 'timestamp') line = date;
  }
  return line;
}

/**
 * Whether a wider attempt still holds most of the text of a short one: a short post that the
 * relaxed rules lose to the comments under it is no reason to take the comments.
 */
function keepsMostOf(wider: string[], short: string[]): boolean {
  const kept = new Set(wider);
  let total = 0;
  let found = 0;
  for (const p of short) {
    total += p.length;
    if (kept.has(p)) found += p.length;
  }
  return found >= total * 0.5;
}

/**
 * The first date in an element whose class says it holds one ("<span class="date">27.01.2022</span>"
 * inside a heading's kicker), where no line of the page is a date of its own.
 */
function markedDate(texts: string[], offset: number | null, now: Date): ParsedDate | null {
  for (const text of texts) {
    if (text.length > 80) continue;
    const date = acceptable(parseDate(text, offset), now);
    if (date) return date;
  }
  return null;
}

/** Splits a JSON-LD articleBody into paragraphs: publishers separate them with newlines, if at all. */
function paragraphsOf(body: string): string[] {
  return body
    .split(/\n\s*\n|\r?\n/)
    .map(collapse)
    .filter(Boolean);
}

/**
 * The page's byline in place of the author, where the byline names the author among others: JSON-LD
 * and meta tags often give only a wire story's first writer ("Kim Tong-Hyung" over "By Kim Tong-Hyung
 * and Mari Yamaguchi").
 */
function withCoAuthors(author: string | null, bylines: (string | null)[]): string | null {
  if (author === null || bylines.every((b) => b === null || b.length <= author.length) || (peopleIn(author)?.length ?? 1) > 1) return author;
  const key = comparable(author);
  const surname = author.split(/\s+/).at(-1)!.toLowerCase();
  for (const raw of bylines) {
    // Cleaned only where it names the author at all.
    const byline = raw && raw.length > author.length && raw.toLowerCase().includes(surname) ? cleanAuthor(raw) : null;
    const people = byline ? peopleIn(byline) : null;
    if (people && people.length > 1 && people.some((person) => comparable(person) === key) && !people.some((person) => NOT_A_WRITER.test(person))) return byline;
  }
  return author;
}

/** Capitalised words in a byline that are no one's name: a desk, an outlet, a label ("Online-Redaktion Veröffentlicht", "MA WebMD Health News"). */
const NOT_A_WRITER = /(?:^|[\s-])(?:redaktion|editorial|editors?|staff|team|desk|news|online|media|medien|magazin|magazine|zeitung|press|presse|agency|service|veröffentlicht|published|updated|aktualisiert|profile?|profil)(?:$|[\s-])/iu;

/** Cleans an HTML page: metadata from the head, main text from the best-scoring container. */
export function cleanHtml(html: string | Utf8Page, inputUrl: string | null, now: Date): Extraction {
  const root = parseHtml(html);
  const page = emptyMeta();
  const w = walk(root, page, true, inputUrl);
  const offset =
    sourceOffset(page.canonical ?? page.meta.get('og:url') ?? inputUrl) ??
    sourceOffset(inputUrl) ??
    outletOffset(page.meta.get('og:site_name') ?? '') ??
    // An outlet the title ends with: "…-Xinhua", "… | Yonhap News Agency".
    outletOffset(/[-_|｜–—]\s*[^-_|｜–—]{2,40}$/.exec(page.documentTitle ?? '')?.[0] ?? '') ??
    scriptOffset(page.lang, `${page.documentTitle ?? ''} ${page.h1.join(' ')}`);
  const meta = resolveMeta(page, inputUrl, offset, now);
  const isRecipe = declaresRecipe(page);

  const attempt = (walked: Walked, weights: boolean, conditional: boolean) => {
    const main = widenToArticle(preferTitledStory(selectRegion(walked, weights), meta.title), walked);
    const chosen = addSameClassParts(addNearbyProse(addLeads(main, walked), walked, main[0]), walked);
    const ingredients = recipeParts(chosen, walked, isRecipe);
    const chosenSet = new Set(chosen);
    const region = [...chosen, ...ingredients.filter((el) => !within(el, chosenSet, 30))];
    const recipes = new Set<DomElement>();
    const dropped = pruneRegion(region, walked, weights, conditional, recipes, ingredients);
    return collectOutput(walked, region, dropped, meta.title, offset, recipes);
  };
  let out = attempt(w, true, true);
  // The walk the text came from: the lead photo is looked for in it (a strict walk may hold none of a
  // story its hints hid).
  let outWalk = w;
  // Readability's retries: a short result means the hints misled; relax them one by one.
  if (out.length < 500) {
    const walks: [Walked, boolean, boolean][] = [];
    const relaxed = walk(root, emptyMeta(), false, inputUrl);
    walks.push([relaxed, true, true], [relaxed, false, true], [relaxed, false, false]);
    for (const [walked, weights, conditional] of walks) {
      const next = attempt(walked, weights, conditional);
      // A retry that loses the first text must find far more: the article the hints hid, not the
      // comments under a short post.
      if (next.length > out.length * 1.3 && (out.length < 250 || next.length > out.length * 4 || keepsMostOf(next.paragraphs, out.paragraphs))) {
        out = next;
        outWalk = walked;
      }
      if (out.length >= 500) break;
    }
  }
  if (out.length < 200) {
    // A video's page: its story is the few lines under the player, which a page marks up as the
    // player's caption and gives again as its description.
    const description = collapse(page.meta.get('og:description') ?? page.meta.get('description') ?? '');
    const told = description.length >= 100 ? out.captions.find((c) => c.length >= 100 && description.startsWith(c)) : undefined;
    if (told) out = withText(out, [told], out.captions.filter((c) => c !== told));
  }
  // A gallery: its pictures' captions tell the story, and the text around them only introduces it.
  const captionLength = out.captions.length >= 5 ? out.captions.reduce((sum, c) => sum + c.length, 0) : 0;
  if (captionLength > out.length * 3 && captionLength >= 1000) {
    const told = new Set(out.paragraphs);
    out = withText(out, [...out.paragraphs, ...out.captions.filter((c) => !told.has(c))], []);
  }
  // The page's JSON-LD articleBody, where the HTML holds far less: a page whose story is drawn by
  // script has an empty shell ("<div id="root"></div>") and its whole text there, however short.
  const body = meta.articleBody;
  if (body && ((body.length > 400 && out.length < body.length * 0.4) || (out.length < 100 && body.length >= 80 && body.length > out.length * 2))) {
    out = withText(out, paragraphsOf(body), out.captions);
  }

  // The page's own stamp, looked for once and only where needed.
  let stampOnPage: ParsedDate | null | undefined;
  const stamp = () => (stampOnPage === undefined ? (stampOnPage = acceptable(out.firstDate, now) ?? pageDate(w, offset, now)) : stampOnPage);
  let date = meta.date ?? stamp() ?? markedDate(page.datedElements, offset, now) ?? leadDate(out.paragraphs, offset, now);
  // A date with no time of day (from the address: People's Daily's "/2026/1120/") takes its time
  // from a stamp on the page for that same day ("2026年11月20日16:20 | 来源：人民网").
  if (date && !date.hasTime) {
    const stamped = stamp();
    const zone = sourceZone(meta.url) ?? offset;
    if (stamped?.hasTime && stamped.local === date.local && sourceDay(stamped, zone, meta.url) === sourceDay(date, zone, meta.url)) date = stamped;
  }
  const language = languageOf(meta.language, out.paragraphs.slice(0, 10).join(' '));
  // A board's record names its title where the document's title names only the board and the site.
  const title = out.recordTitle !== null && (meta.title === null || !comparable(meta.title).includes(comparable(out.recordTitle))) ? out.recordTitle : meta.title;
  return {
    title,
    url: meta.url,
    date,
    offset,
    // A publisher naming itself the author, or a login, gives way to a byline on the page that names people.
    author: withCoAuthors(
      // Only there does a bare closing "Von Jane Doe" count: better a teaser's writer than none.
      (meta.authorGivesWay ? [out.byline, meta.bylineAuthor, out.closingByline].find((b) => b != null && namesPeople(b)) : null) ??
        meta.author ??
        out.byline ??
        meta.bylineAuthor ??
        headerByline(outWalk, out.paragraphs[0]) ??
        out.signature,
      [out.byline, ...meta.bylines],
    ),
    siteName: meta.siteName,
    language,
    paragraphs: out.paragraphs,
    captions: withLeadCaptions(outWalk, meta.title, out.paragraphs, out.captions),
    removed: out.removed,
    findDateline: true,
  };
}
