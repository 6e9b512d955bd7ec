import { isUtf8 } from 'node:buffer';
import { createRequire } from 'node:module';
import type Chardet from 'chardet';
import type Iconv from 'iconv-lite';
import { dropRawTextBodies, isAsciiCompatible } from './raw-text.ts';
import { Utf8Page } from './utf8-page.ts';

// The detector and the legacy decoders are only needed for pages that are not UTF-8: loaded on
// first use, so that a process that never meets one does not pay for loading them.
const require = createRequire(import.meta.url);
let chardetModule: typeof Chardet | null = null;
let iconvModule: typeof Iconv | null = null;
const chardet = () => (chardetModule ??= require('chardet') as typeof Chardet);
const iconv = () => (iconvModule ??= require('iconv-lite') as typeof Iconv);

/** WHATWG maps these labels to supersets; TextDecoder knows them by their canonical name. */
const ALIASES: Record<string, string> = {
  gb2312: 'gbk',
  'x-gbk': 'gbk',
  ks_c_5601: 'euc-kr',
  'ks_c_5601-1987': 'euc-kr',
  ksc5601: 'euc-kr',
  cp949: 'euc-kr',
  'x-sjis': 'shift_jis',
  sjis: 'shift_jis',
  utf8: 'utf-8',
  'iso-8859-8-i': 'iso-8859-8',
};

function normaliseLabel(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (!l) return null;
  return ALIASES[l] ?? l;
}

function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /charset\s*=\s*["']?([\w:.-]+)/i.exec(contentType);
  return normaliseLabel(m?.[1]);
}

function charsetFromMeta(bytes: Uint8Array): string | null {
  // Meta tags must sit in the first 1024 bytes per the HTML spec; real pages stray further.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 8192)).toString('latin1');
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w:.-]+)/i.exec(head);
  return normaliseLabel(m?.[1]);
}


function decodeWith(bytes: Uint8Array, charset: string): string | null {
  if (charset === 'utf-8') return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    if (iconv().encodingExists(charset)) return iconv().decode(Buffer.from(bytes), charset);
    return null;
  }
}

/** Whether bytes that are not valid UTF-8 are UTF-8 all the same, but for a few stray bytes. */
function mostlyUtf8(bytes: Uint8Array): boolean {
  const text = new TextDecoder('utf-8').decode(bytes);
  let nonAscii = 0;
  let replaced = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++;
    if (c === 0xfffd) replaced++;
  }
  return replaced * 20 <= nonAscii;
}

/**
 * What the detector reads: 16 KB from just before the first byte outside ASCII. ASCII (markup,
 * scripts) tells it nothing, and its time grows with the sample (on 64 KB, some 15 ms a page).
 */
export function detectorSample(bytes: Uint8Array, size = 16384): Uint8Array {
  if (bytes.length <= size) return bytes;
  let first = 0;
  while (first < bytes.length && bytes[first]! < 0x80) first++;
  const start = Math.max(0, Math.min(first - 256, bytes.length - size));
  return bytes.subarray(start, start + size);
}

/**
 * Decodes raw page bytes. Order: byte-order mark, the HTTP charset, a meta/XML declaration, then a
 * detector. Bytes that are valid multi-byte UTF-8 are read as UTF-8 whatever the declaration says.
 * With `dropScriptBodies`, the bodies of non-JSON scripts and styles are left out (see raw-text.ts).
 */
export function decodeHtmlBytes(
  bytes: Uint8Array,
  contentType?: string | null,
  options: { dropScriptBodies?: boolean } = {},
): { text: string; charset: string } {
  const page = readHtmlBytes(bytes, contentType, options);
  return page instanceof Utf8Page ? { text: page.text(), charset: 'utf-8' } : page;
}

/**
 * Decodes a plain-text dump: byte-order mark, the declared charset (an HTTP header's), UTF-8 where
 * the bytes are UTF-8, then the detector. A dump saved by a Korean, Chinese or Japanese desk may be
 * EUC-KR, GBK or Shift_JIS, or UTF-16 with its mark (Windows Notepad's "Unicode"). No markup is
 * looked at: a dump's "<p>" or "charset=" is its text.
 */
export function decodeTextBytes(bytes: Uint8Array, contentType?: string | null): { text: string; charset: string } {
  if (bytes.length === 0) throw new Error('cannot decode: the text is empty');
  const marked = byteOrderMark(bytes);
  if (marked) {
    assertText(marked.text);
    return marked;
  }
  // An HTML document among the dumps declares its charset where any page does.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
  const declared = charsetFromContentType(contentType) ?? (opensAsHtmlDocument(head) ? charsetFromMeta(bytes) : null);
  const charset = chooseCharset(bytes, declared, isUtf8(bytes));
  return decodeChecked(bytes, charset, bytes);
}

/**
 * Text that opens with a byte-order mark (UTF-8, UTF-16 either way), decoded without it, or UTF-16
 * without one; null otherwise.
 */
function byteOrderMark(bytes: Uint8Array): { text: string; charset: string } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), charset: 'utf-8' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), charset: 'utf-16be' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), charset: 'utf-16le' };
  const unmarked = unmarkedUtf16(bytes);
  return unmarked && { text: new TextDecoder(unmarked).decode(bytes), charset: unmarked };
}

/**
 * UTF-16 saved without its mark (some Windows tools, and pages re-saved by them). Markup and Latin
 * text put a zero in the high byte of nearly every code unit: zeros in one byte of each pair and
 * almost none in the other say UTF-16 and its byte order. Binary data has its zeros in both places,
 * or few; text in an 8-bit charset or UTF-8 has none.
 */
function unmarkedUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.min(bytes.length, 4096) >> 1;
  if (pairs < 8) return null;
  let zeroHigh = 0;
  let zeroLow = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) zeroLow++;
    if (bytes[2 * i + 1] === 0) zeroHigh++;
  }
  // A CJK character can have a zero byte too (대 is U+B300): a few in the other place are allowed.
  const firstByteZero = (z: number, other: number) => z >= pairs * 0.3 && other <= pairs * 0.05;
  if (firstByteZero(zeroHigh, zeroLow)) return 'utf-16le';
  if (firstByteZero(zeroLow, zeroHigh)) return 'utf-16be';
  return null;
}

/**
 * Whether a text is an HTML document, though it came as a plain-text dump: a page saved as `.txt`
 * or served as `text/plain`. Only a document's own opening counts (a doctype or `<html>`, after an
 * XML declaration or comments); a dump that merely shows some markup stays text.
 */
export function opensAsHtmlDocument(head: string): boolean {
  return /^\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--[\s\S]{0,2000}?-->\s*)*<(?:!doctype\s+html|html)[\s>]/i.test(head.slice(0, 4096));
}

/**
 * The charset of bytes with no byte-order mark. ASCII is valid UTF-8 too. Multi-byte text that
 * happens to be valid UTF-8 in another charset is vanishingly rare, while pages re-encoded to UTF-8
 * that keep their old declaration are common; declared or not, UTF-8 with a few stray bytes (a
 * pasted Latin-1 quote) is still UTF-8; the detector guesses the rest.
 */
function chooseCharset(bytes: Uint8Array, declared: string | null, validUtf8: boolean): string {
  if (validUtf8) return 'utf-8';
  if (declared && !declared.startsWith('utf-')) return declared;
  if (mostlyUtf8(bytes)) return 'utf-8';
  return normaliseLabel(chardet().detect(detectorSample(bytes))) ?? 'windows-1252';
}

/** `source` decoded in `charset` (as UTF-8 from `original` where the decoder knows no such charset), refused if it looks binary. */
function decodeChecked(source: Uint8Array, charset: string, original: Uint8Array): { text: string; charset: string } {
  let text = decodeWith(source, charset);
  let used = charset;
  if (text === null) {
    used = 'utf-8';
    text = new TextDecoder('utf-8').decode(original);
  }
  // Without a byte-order mark (handled apart), valid UTF-8 cannot open with U+FEFF.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  assertText(text);
  return { text, charset: used };
}

/**
 * As `decodeHtmlBytes`, but a page of valid UTF-8 (most pages) is not decoded: it comes back as a
 * Utf8Page, for the parser to decode only what it keeps.
 */
export function readHtmlBytes(
  bytes: Uint8Array,
  contentType?: string | null,
  options: { dropScriptBodies?: boolean } = {},
): Utf8Page | { text: string; charset: string } {
  if (bytes.length === 0) throw new Error('cannot decode: the page is empty');
  const marked = byteOrderMark(bytes);
  if (marked) {
    assertText(marked.text);
    return marked;
  }
  const validUtf8 = isUtf8(bytes);
  const charset = chooseCharset(bytes, charsetFromContentType(contentType) ?? charsetFromMeta(bytes), validUtf8);
  // The cleaner never reads script or style bodies: it asks for them to be left out before decoding.
  const source = options.dropScriptBodies && isAsciiCompatible(charset) ? dropRawTextBodies(bytes) : bytes;
  if (validUtf8) {
    const page = new Utf8Page(source);
    assertText(page.head(4096));
    return page;
  }
  return decodeChecked(source, charset, bytes);
}

/** Binary data decodes to text full of NULs and replacement characters: refuse it. */
export function assertText(text: string): void {
  const limit = Math.min(text.length, 4096);
  let bad = 0;
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || c < 9 || (c > 13 && c < 32 && c !== 27) || c === 127) bad++;
  }
  if (limit > 0 && bad / limit > 0.05) throw new Error('cannot decode: the input looks binary, not text');
}
