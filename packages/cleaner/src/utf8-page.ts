// Decoding a UTF-8 page to a string was the largest single cost of a clean: one non-ASCII
// character makes the whole string two bytes a character, the decoder writes a temporary UTF-16
// copy, V8 copies it again, and the first touch of all that fresh memory page-faults. Most of the
// page is markup the parser drops, so a valid UTF-8 page is parsed as Latin-1 instead (a plain
// one-byte copy) and only the text and attributes the parser keeps are decoded: decoding and
// parsing the trafilatura set went from 1.70 to 1.38 s (2.7 to 2.4 s in a fresh process).
//
// The Latin-1 copy is made in pieces of about 64 KB rather than whole. A string of more than
// 128 KB gets memory of its own from the system, touched fresh (page-faulting) for every page and
// handed back after it; pieces come from the young generation, whose memory is reused page after
// page. Over both eval sets in one process: 10% fewer page faults, peak RSS 280 -> 257 MB; the
// 15 MB test page peaks at 499 MB instead of 523 MB. Time was unchanged within this machine's noise.

const NON_ASCII = /[\u0080-\u00ff]/;
const LESS_THAN = 0x3c;
/** Size of the pieces `pieces` cuts, before moving each end to the next '<'. */
const PIECE = 65536;

/** A run of the page's bytes read as Latin-1, one character per byte, starting at byte `start`. */
export interface Latin1Piece {
  start: number;
  text: string;
}

/**
 * A page of valid UTF-8, kept as bytes and read as Latin-1, one character per byte. Markup reads
 * the same either way: every byte of a multi-byte UTF-8 character is 0x80 or above, so it never
 * passes for '<', a quote, a space or a letter of a tag name, and the parser finds the same tokens.
 */
export class Utf8Page {
  private readonly bytes: Buffer;

  constructor(bytes: Uint8Array) {
    this.bytes = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  }

  /**
   * The page as Latin-1, in consecutive pieces of about `size` characters. Every piece but the
   * first starts with a '<': a text run then never straddles two pieces, so neither a character
   * reference ("&amp;") nor a UTF-8 character is cut, and a text node is read in one go.
   */
  *pieces(size = PIECE): Generator<Latin1Piece> {
    const bytes = this.bytes;
    let start = 0;
    while (start < bytes.length) {
      let end = start + size >= bytes.length ? bytes.length : bytes.indexOf(LESS_THAN, start + size);
      if (end === -1) end = bytes.length;
      yield { start, text: bytes.toString('latin1', start, end) };
      start = end;
    }
  }

  /** The whole text, decoded. */
  text(): string {
    return this.bytes.toString('utf8');
  }

  /** The first `length` UTF-16 units of the text (all of it if shorter), decoding only those. */
  head(length: number): string {
    // A UTF-16 unit takes at most three bytes, and cutting the bytes short can spoil only the
    // character cut: the units before it are the text's own.
    const bytes = Math.min(this.bytes.length, length * 3 + 4);
    return this.bytes.toString('utf8', 0, bytes).slice(0, length);
  }

  /** Whether the text is empty or whitespace only, as `!text.trim()` would say. */
  isBlank(): boolean {
    const bytes = this.bytes;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      // Any ASCII character but JavaScript's whitespace (\t \n \v \f \r and space) settles it.
      if (b < 0x80 && b !== 0x20 && (b < 0x09 || b > 0x0d)) return false;
    }
    // Only whitespace, or characters beyond ASCII (some of which are whitespace too).
    return this.text().trim() === '';
  }

  /** Bytes `start` to `end` read as Latin-1 (see `decode`). */
  latin1(start: number, end: number): string {
    return this.bytes.toString('latin1', start, end);
  }

  /**
   * Text from `raw`, the Latin-1 reading of bytes `start` to `end`. Both ends must fall on ASCII
   * characters or the page's ends (as the ends of HTML's tokens do), so that no multi-byte
   * character is cut.
   */
  decode(raw: string, start: number, end: number): string {
    return NON_ASCII.test(raw) ? this.bytes.toString('utf8', start, end) : raw;
  }
}
