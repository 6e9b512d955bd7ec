import chardet from 'chardet';
import iconv from 'iconv-lite';

export type CharsetSource = 'override' | 'bom' | 'header' | 'prolog' | 'meta' | 'detected' | 'default';

export interface DecodeOptions {
  /** The HTTP Content-Type header, whose charset parameter is honoured. */
  contentType?: string | null;
  /** A per-feed charset that beats everything else, for publishers that lie in every header. */
  override?: string | null;
  /** Which in-document declaration to look for; both are tried when not given. */
  kind?: 'xml' | 'html';
}

export interface DecodedText {
  text: string;
  /** The charset actually used, as an iconv-lite name (e.g. "cp949" for a document labelled EUC-KR). */
  charset: string;
  source: CharsetSource;
}

/**
 * Labels mapped to the decoder to use. Supersets replace their subsets because publishers label
 * CP949 text as EUC-KR and GBK/GB18030 text as GB2312, and Latin-1 labels mean Windows-1252 in
 * practice (the WHATWG Encoding Standard does the same).
 */
const supersets: Record<string, string> = {
  'euc-kr': 'cp949',
  euckr: 'cp949',
  'ks_c_5601-1987': 'cp949',
  'ks_c_5601-1989': 'cp949',
  ksc5601: 'cp949',
  ksc_5601: 'cp949',
  'iso-ir-149': 'cp949',
  korean: 'cp949',
  'windows-949': 'cp949',
  uhc: 'cp949',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  cp936: 'gb18030',
  'windows-936': 'gb18030',
  'euc-cn': 'gb18030',
  chinese: 'gb18030',
  'csgb2312': 'gb18030',
  big5: 'big5hkscs',
  'big5-hkscs': 'big5hkscs',
  'x-x-big5': 'big5hkscs',
  cp950: 'big5hkscs',
  'shift_jis': 'shift_jis',
  'shift-jis': 'shift_jis',
  sjis: 'shift_jis',
  'x-sjis': 'shift_jis',
  ms_kanji: 'shift_jis',
  'windows-31j': 'shift_jis',
  cp932: 'shift_jis',
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'l1': 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'iso-8859-9': 'windows-1254',
  'iso-8859-11': 'windows-874',
  'tis-620': 'windows-874',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'x-unicode20utf8': 'utf-8',
};

/** Returns the iconv-lite decoder name for a charset label, or null when none exists. */
export function normalizeCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const clean = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (!clean) return null;
  const mapped = supersets[clean] ?? clean;
  return iconv.encodingExists(mapped) ? mapped : null;
}

function charsetFromContentType(contentType: string | null | undefined): string | null {
  const match = /;\s*charset\s*=\s*("?)([^";,\s]+)\1/i.exec(contentType ?? '');
  return match ? match[2]! : null;
}

function sniffBom(bytes: Uint8Array): { charset: string; length: number } | null {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { charset: 'utf-8', length: 3 };
  if (a === 0x00 && b === 0x00 && c === 0xfe && d === 0xff) return { charset: 'utf-32be', length: 4 };
  if (a === 0xff && b === 0xfe && c === 0x00 && d === 0x00) return { charset: 'utf-32le', length: 4 };
  if (a === 0xfe && b === 0xff) return { charset: 'utf-16be', length: 2 };
  if (a === 0xff && b === 0xfe) return { charset: 'utf-16le', length: 2 };
  return null;
}

/** "<?" or "<" in UTF-16/32 without a BOM shows in the zero-byte pattern (XML 1.0 appendix F). */
function sniffWideWithoutBom(bytes: Uint8Array): string | null {
  const [a, b, c, d] = bytes;
  if (a === 0x00 && b === 0x00 && c === 0x00 && d === 0x3c) return 'utf-32be';
  if (a === 0x3c && b === 0x00 && c === 0x00 && d === 0x00) return 'utf-32le';
  if (a === 0x00 && b === 0x3c && c === 0x00 && d !== 0x00) return 'utf-16be';
  if (a === 0x3c && b === 0x00 && c !== 0x00 && d === 0x00) return 'utf-16le';
  return null;
}

function declaredInProlog(head: string): string | null {
  const match = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([^"']+)["']/i.exec(head);
  return match ? match[1]! : null;
}

function declaredInMeta(head: string): string | null {
  const direct = /<meta\s[^>]*?charset\s*=\s*["']?([\w:.-]+)/i.exec(head);
  return direct ? direct[1]! : null;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function isAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return false;
  return true;
}

/** Decoders whose label we take on trust only when the bytes agree: a "UTF-8" claim over EUC-KR bytes is common. */
function contradicted(charset: string, bytes: Uint8Array): boolean {
  if (charset === 'utf-8') return !isValidUtf8(bytes);
  if (charset.startsWith('utf-16') || charset.startsWith('utf-32')) {
    // Without a BOM or the wide "<" pattern, a UTF-16 label on 8-bit text is a leftover from a converter.
    return sniffWideWithoutBom(bytes) === null;
  }
  return false;
}

function detect(bytes: Uint8Array): { charset: string; source: CharsetSource } {
  if (isAscii(bytes)) return { charset: 'utf-8', source: 'default' };
  if (isValidUtf8(bytes)) return { charset: 'utf-8', source: 'detected' };
  // Detection reads a sample: enough for the statistics, bounded for a 15 MiB body.
  const sample = bytes.length > 256 * 1024 ? bytes.subarray(0, 256 * 1024) : bytes;
  for (const candidate of chardet.analyse(sample)) {
    const charset = normalizeCharset(candidate.name);
    if (charset && charset !== 'utf-8' && candidate.confidence >= 10) return { charset, source: 'detected' };
  }
  return { charset: 'windows-1252', source: 'default' };
}

function decodeWith(bytes: Uint8Array, charset: string, skip = 0): string {
  const body = skip ? bytes.subarray(skip) : bytes;
  return iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), charset, { stripBOM: true });
}

/**
 * Decodes a feed or page. Order: per-feed override, BOM, HTTP header, XML prolog or meta tag,
 * then detection. A UTF-8 label that the bytes contradict is skipped rather than producing
 * replacement characters, since that is the most frequent lie.
 */
export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions = {}): DecodedText {
  const override = normalizeCharset(opts.override);
  if (override) return { text: decodeWith(bytes, override), charset: override, source: 'override' };

  const bom = sniffBom(bytes);
  if (bom) return { text: decodeWith(bytes, bom.charset, bom.length), charset: bom.charset, source: 'bom' };

  const header = normalizeCharset(charsetFromContentType(opts.contentType));
  if (header && !contradicted(header, bytes)) return { text: decodeWith(bytes, header), charset: header, source: 'header' };

  const wide = sniffWideWithoutBom(bytes);
  if (wide) return { text: decodeWith(bytes, wide), charset: wide, source: 'detected' };

  // Declarations are ASCII in every charset we accept here, so a Latin-1 view of the head finds them.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 2048)).toString('latin1');
  if (opts.kind !== 'html') {
    const prolog = normalizeCharset(declaredInProlog(head.replace(/^\s*(<!--[\s\S]*?-->\s*)*/, '')));
    if (prolog && !contradicted(prolog, bytes)) return { text: decodeWith(bytes, prolog), charset: prolog, source: 'prolog' };
  }
  if (opts.kind !== 'xml') {
    const meta = normalizeCharset(declaredInMeta(head) ?? declaredInMetaHttpEquiv(head));
    if (meta && !contradicted(meta, bytes)) return { text: decodeWith(bytes, meta), charset: meta, source: 'meta' };
  }

  const detected = detect(bytes);
  return { text: decodeWith(bytes, detected.charset), ...detected };
}

function declaredInMetaHttpEquiv(head: string): string | null {
  const match = /<meta\s[^>]*?content\s*=\s*["'][^"']*?charset\s*=\s*([\w:.-]+)/i.exec(head);
  return match ? match[1]! : null;
}
