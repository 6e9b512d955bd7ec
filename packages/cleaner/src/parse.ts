import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { Tokenizer, type QuoteType, type TokenizerCallbacks } from 'htmlparser2';
import type { DomElement, DomNode, DomParent, DomRoot, DomText } from './dom.ts';
import { JSON_LD_START } from './raw-text.ts';
import type { Utf8Page } from './utf8-page.ts';

/**
 * Elements whose content is never read as text. Their element node is kept (the walk counts images,
 * embeds and form controls), but nothing inside them is built: real pages carry megabytes of inline
 * script, style and SVG paths, and building and collecting those subtrees was a large part of the
 * time and memory of a page. Navigation, buttons, menus, labels and dialogs are skipped by the walk
 * (html-cleaner's SKIP_TAGS) and not built either: a site's menus are thousands of elements, and
 * leaving them out made a fresh process about 5% faster on the eval pages. A <noscript> is built:
 * blogs (Blogger) put the whole post there.
 */
const CHILDLESS = new Set([
  'style', 'template', 'svg', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'select', 'textarea', 'map',
  'nav', 'button', 'menu', 'picture', 'label', 'dialog', 'rt', 'rp', 'option',
]);

/**
 * An element's attributes: the ones the cleaner reads, each present (undefined until set) and
 * always in the same order; the others (srcset, data-*, inline handlers …) are not kept. All
 * elements' attributes then share one hidden class and the cleaner's reads of `attribs.class`,
 * `attribs.id` … stay monomorphic: built key by key, they took hundreds of shapes, and every read
 * fell back to V8's generic lookup. A missing attribute still reads as undefined.
 *
 * Each element's set is a copy of this one, whose fields have all been written once. V8 takes a
 * field that has only ever held its first value for a constant and specialises optimised code on
 * it: with a fresh literal per element, the first page with a rare attribute (hidden, pubdate,
 * data-testid …) threw away the optimised tokenizer, tree builder and walk, each recompiled at
 * tens of ms, once per such attribute.
 */
const NO_ATTRIBUTES: Record<string, string | undefined> = {
  class: undefined, id: undefined, role: undefined, style: undefined, hidden: undefined, 'aria-hidden': undefined,
  itemprop: undefined, itemtype: undefined, rel: undefined, href: undefined, type: undefined, lang: undefined, datetime: undefined,
  pubdate: undefined, content: undefined, name: undefined, property: undefined, 'http-equiv': undefined, 'data-testid': undefined,
};
const WANTED_ATTRIBUTES = new Set(Object.keys(NO_ATTRIBUTES));
for (const name of WANTED_ATTRIBUTES) {
  NO_ATTRIBUTES[name] = '';
  NO_ATTRIBUTES[name] = undefined;
}

function emptyAttributes(): Record<string, string> {
  return { ...NO_ATTRIBUTES } as Record<string, string>;
}

// HTML's rules for end tags left out, as htmlparser2's Parser applies them.
const FORM_TAGS = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const P_TAG = new Set(['p']);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
const TABLE_SECTION_TAGS = new Set(['thead', 'tbody']);
const DDT_TAGS = new Set(['dd', 'dt']);
const RTP_TAGS = new Set(['rt', 'rp']);
const OPEN_IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])], ['th', new Set(['th'])], ['td', new Set(['thead', 'th', 'td'])], ['body', new Set(['head', 'link', 'script'])],
  ['a', new Set(['a'])], ['li', new Set(['li'])], ['p', P_TAG], ['h1', HEADING_TAGS], ['h2', HEADING_TAGS], ['h3', HEADING_TAGS],
  ['h4', HEADING_TAGS], ['h5', HEADING_TAGS], ['h6', HEADING_TAGS], ['select', FORM_TAGS], ['input', FORM_TAGS], ['output', FORM_TAGS],
  ['button', FORM_TAGS], ['datalist', FORM_TAGS], ['textarea', FORM_TAGS], ['option', new Set(['option'])], ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', DDT_TAGS], ['dt', DDT_TAGS], ['address', P_TAG], ['article', P_TAG], ['aside', P_TAG], ['blockquote', P_TAG], ['details', P_TAG],
  ['div', P_TAG], ['dl', P_TAG], ['fieldset', P_TAG], ['figcaption', P_TAG], ['figure', P_TAG], ['footer', P_TAG], ['form', P_TAG],
  ['header', P_TAG], ['hr', P_TAG], ['main', P_TAG], ['nav', P_TAG], ['ol', P_TAG], ['pre', P_TAG], ['section', P_TAG], ['table', P_TAG],
  ['ul', P_TAG], ['rt', RTP_TAGS], ['rp', RTP_TAGS], ['tbody', TABLE_SECTION_TAGS], ['tfoot', TABLE_SECTION_TAGS],
]);
const VOID_ELEMENTS = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param',
  'source', 'track', 'wbr',
]);
const FOREIGN = new Set(['svg', 'math']);
const INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

/** Scripts whose text is data the cleaner reads (JSON-LD, hydration state); every other script is skipped. */
function keepsScriptText(attribs: Record<string, string>): boolean {
  const type = attribs.type;
  return type !== undefined && /json/i.test(type);
}

/**
 * A script with no type, or typed JavaScript, may still hold JSON-LD (some CMSs leave the type
 * out): its element is built, and its text kept only where it opens as a JSON-LD object does.
 */
function mayHoldJsonLd(attribs: Record<string, string>): boolean {
  const type = attribs.type;
  return type === undefined || type === '' || /javascript/i.test(type);
}

interface Element extends DomElement {
  children: DomNode[];
}

/**
 * Builds the tree straight from htmlparser2's tokenizer. htmlparser2's own Parser would do, but it
 * copies every attribute of every tag (srcset, data-*, inline scripts) and keeps its stack with
 * shift/unshift; on a page of thousands of tags that was a sizeable part of the parse.
 */
class TreeBuilder implements TokenizerCallbacks {
  readonly root: DomRoot = { type: 'root', parent: null, children: [], elementCount: 0 };
  /**
   * What the tokenizer is reading: the whole text, or the current piece of a UTF-8 page's bytes
   * read as Latin-1 (see `Utf8Page.pieces`), which starts at `markupStart`.
   */
  private markup = '';
  private markupStart = 0;
  private readonly page: Utf8Page | null;
  /** Names of the open elements, innermost last, as in the source (so that end tags match). */
  private readonly open: string[] = [];
  /** For each open element, whether its content is built. */
  private readonly builds: boolean[] = [];
  /** The built elements among the open ones, innermost last. */
  private readonly built: Element[] = [];
  /** Open elements whose content is not built. */
  private skipping = 0;
  /** Open foreign (SVG, MathML) and integration elements: 1 for foreign, 0 for HTML inside them. */
  private readonly foreign: number[] = [];
  private seenHtml = false;
  private seenBody = false;
  private tagName = '';
  private attribs: Record<string, string> | null = null;
  private attribName = '';
  private attribValue = '';
  private wantAttribute = false;

  constructor(source: string | Utf8Page) {
    this.page = typeof source === 'string' ? null : source;
    if (typeof source === 'string') this.markup = source;
  }

  /** The tokenizer goes on with `text`, which starts at `start` in the whole markup. */
  reading(start: number, text: string): void {
    this.markupStart = start;
    this.markup = text;
  }

  /** The text of the markup from `start` to `endIndex`, decoded if the markup is a page's bytes. */
  private read(start: number, endIndex: number): string {
    const local = start - this.markupStart;
    if (this.page === null) return this.markup.slice(local, endIndex - this.markupStart);
    // A name cut by the end of a piece begins in the piece before: read from the bytes.
    const raw = local >= 0 ? this.markup.slice(local, endIndex - this.markupStart) : this.page.latin1(start, endIndex);
    return this.page.decode(raw, start, endIndex);
  }

  private get current(): DomParent {
    return this.built.length > 0 ? this.built[this.built.length - 1]! : this.root;
  }

  isInForeignContext(): boolean {
    return this.foreign.length > 0 && this.foreign[this.foreign.length - 1] === 1;
  }

  private addText(data: string): void {
    if (this.skipping > 0 || data === '') return;
    // Entities are decoded here rather than by the tokenizer (see parseHtml); a script's text
    // (JSON-LD) is raw text, where entities mean nothing.
    if (data.includes('&') && this.current.type !== 'script') data = decodeHTML(data);
    const children = this.current.children;
    const last = children[children.length - 1];
    if (last !== undefined && last.type === 'text') {
      (last as DomText).data += data;
      return;
    }
    children.push({ type: 'text', parent: this.current, data } as DomText);
  }

  ontext(start: number, endIndex: number): void {
    // The text of an element not built (a script, a menu, an SVG) is not even read.
    if (this.skipping !== 0) return;
    const current = this.current;
    // A script of code is built in case it holds JSON-LD: only its first characters are read to see.
    if (current.type === 'script' && !keepsScriptText((current as DomElement).attribs as Record<string, string>)) {
      if (current.children.length === 0 && !JSON_LD_START.test(this.read(start, Math.min(endIndex, start + 64)))) return;
    }
    this.addText(this.read(start, endIndex));
  }

  ontextentity(codepoint: number): void {
    // Only called when the tokenizer decodes entities itself.
    this.addText(String.fromCodePoint(codepoint));
  }

  private readName(start: number, endIndex: number): string {
    const name = this.read(start, endIndex).toLowerCase();
    return name === 'image' && !this.isInForeignContext() ? 'img' : name;
  }

  onopentagname(start: number, endIndex: number): void {
    this.openTag(this.readName(start, endIndex));
  }

  private openTag(name: string): void {
    // A second <form> inside a form is ignored, as browsers do.
    if (name === 'form' && this.open.includes('form')) {
      this.tagName = '';
      this.attribs = null;
      return;
    }
    const closes = OPEN_IMPLIES_CLOSE.get(name);
    if (closes) while (this.open.length > 0 && closes.has(this.open[this.open.length - 1]!)) this.popElement();
    this.tagName = name;
    this.attribs = emptyAttributes();
  }

  onattribname(start: number, endIndex: number): void {
    this.attribValue = '';
    if (this.attribs === null || this.skipping > 0) {
      this.wantAttribute = false;
      return;
    }
    this.attribName = this.read(start, endIndex).toLowerCase();
    this.wantAttribute = WANTED_ATTRIBUTES.has(this.attribName);
  }

  onattribdata(start: number, endIndex: number): void {
    if (this.wantAttribute) this.attribValue += this.read(start, endIndex);
  }

  onattribentity(codepoint: number): void {
    if (this.wantAttribute) this.attribValue += String.fromCodePoint(codepoint);
  }

  onattribend(_quote: QuoteType): void {
    const attribs = this.attribs;
    if (this.wantAttribute && attribs && attribs[this.attribName] === undefined) {
      const value = this.attribValue;
      attribs[this.attribName] = value.includes('&') ? decodeHTMLAttribute(value) : value;
    }
    this.wantAttribute = false;
  }

  onopentagend(): void {
    this.endOpenTag();
  }

  onselfclosingtag(): void {
    // Self-closing syntax counts in SVG and MathML only (judged once the element itself is open).
    const name = this.tagName;
    if (this.endOpenTag() && this.isInForeignContext() && this.open[this.open.length - 1] === name) this.popElement();
  }

  /** Creates the element whose start tag just ended; returns whether it stays open. */
  private endOpenTag(): boolean {
    let name = this.tagName;
    const attribs = this.attribs;
    this.tagName = '';
    this.attribs = null;
    if (!attribs || name === '') return false;
    const isVoid = VOID_ELEMENTS.has(name);
    let el: Element | null = null;
    if (this.skipping === 0) {
      const source = name;
      // A document pasted whole into a CMS field nests <html> and <body>: browsers ignore the
      // inner tags and keep their content where it stands, so the inner ones become plain boxes.
      if (name === 'html') {
        if (this.seenHtml) name = 'div';
        this.seenHtml = true;
      } else if (name === 'body') {
        if (this.seenBody) name = 'div';
        this.seenBody = true;
      }
      const type = name === 'script' ? 'script' : name === 'style' ? 'style' : 'tag';
      el = { type, parent: this.current, children: [], name, attribs, index: this.root.elementCount++ };
      this.current.children.push(el);
      name = source;
    }
    if (isVoid) return false;
    const builds = el !== null && !CHILDLESS.has(name) && !(el.type === 'script' && !keepsScriptText(attribs) && !mayHoldJsonLd(attribs));
    this.open.push(name);
    this.builds.push(builds);
    if (builds) this.built.push(el!);
    else this.skipping++;
    if (FOREIGN.has(name)) this.foreign.push(1);
    else if (INTEGRATION.has(name) && this.foreign.length > 0) this.foreign.push(0);
    return true;
  }

  private popElement(): void {
    const name = this.open.pop()!;
    if (this.builds.pop()) this.built.pop();
    else this.skipping--;
    if (this.foreign.length > 0 && (FOREIGN.has(name) || INTEGRATION.has(name))) this.foreign.pop();
  }

  onclosetag(start: number, endIndex: number): void {
    const name = this.readName(start, endIndex);
    if (VOID_ELEMENTS.has(name)) {
      // </br> is read as <br>.
      if (name === 'br') {
        this.openTag('br');
        this.endOpenTag();
      }
      return;
    }
    const pos = this.open.lastIndexOf(name);
    if (pos !== -1) {
      while (this.open.length > pos) this.popElement();
    } else if (name === 'p') {
      // </p> without <p> is an empty paragraph.
      this.openTag('p');
      if (this.endOpenTag()) this.popElement();
    }
  }

  oncdata(): void {}
  oncomment(): void {}
  ondeclaration(): void {}
  onprocessinginstruction(): void {}
  onend(): void {
    while (this.open.length > 0) this.popElement();
  }
}

/** The tokenizer's fields that its `fastForwardTo` reads and sets (htmlparser2 12). */
interface TokenizerScan {
  buffer: string;
  index: number;
  offset: number;
  fastForwardTo(c: number): boolean;
}

/**
 * htmlparser2's tokenizer skips raw text (scripts, styles), comments, text and attribute values
 * with `fastForwardTo`, a loop over `charCodeAt`. Scripts and styles are some 40% of the bytes of a
 * real page: `indexOf` skips them several times faster. Same contract: on a match, `index` is the
 * match and it returns true; otherwise `index` is the buffer's last position and it returns false.
 */
function fastForwardWithIndexOf(tokenizer: Tokenizer): void {
  const t = tokenizer as unknown as TokenizerScan;
  if (typeof t.fastForwardTo !== 'function' || typeof t.index !== 'number' || typeof t.offset !== 'number') return;
  // One function for every tokenizer: a closure made per page is another call target each time,
  // and the optimised tokenizer loop, specialised on the first, was thrown away on the next page.
  t.fastForwardTo = fastForwardTo;
}

function fastForwardTo(this: TokenizerScan, c: number): boolean {
  const found = this.buffer.indexOf(String.fromCharCode(c), this.index + 1 - this.offset);
  if (found !== -1) {
    this.index = found + this.offset;
    return true;
  }
  this.index = this.buffer.length + this.offset - 1;
  return false;
}

/**
 * Parses HTML into the minimal tree the cleaner walks: elements with the attributes it reads, text,
 * and parent links, nothing else (no comments, positions or sibling links). htmlparser2's tokenizer
 * with HTML's rules for implied end tags; entities are decoded.
 */
export function parseHtml(html: string | Utf8Page): DomRoot {
  const builder = new TreeBuilder(html);
  // Entities are decoded by the builder, only in the text and attributes it keeps: the tokenizer
  // then skips through text and attribute values to the next '<' or quote instead of stepping
  // through them character by character, looking for '&'.
  const tokenizer = new Tokenizer({ xmlMode: false, decodeEntities: false }, builder);
  fastForwardWithIndexOf(tokenizer);
  if (typeof html === 'string') {
    tokenizer.write(html);
  } else {
    for (const piece of html.pieces()) {
      builder.reading(piece.start, piece.text);
      tokenizer.write(piece.text);
    }
  }
  tokenizer.end();
  return builder.root;
}
