// Decoding a UTF-8 page to a string was the largest single cost of a clean: one non-ASCII
// character makes the whole string two bytes a character, the decoder writes a temporary UTF-16
// copy, V8 copies it again, and the first touch of all that fresh memory page-faults. Most of the
// page is markup the parser drops, so a valid UTF-8 page is parsed as Latin-1 instead (a plain
// one-byte copy) and only the text and attributes the parser keeps are decoded: decoding and
// parsing the trafilatura set went from 1.70 to 1.38 s (2.7 to 2.4 s in a fresh process).

const NON_ASCII = /[\u0080-\u00ff]/;
/** Any ASCII character but JavaScript's whitespace (\t \n \v \f \r and space). */
const ASCII_NOT_SPACE = /[^\t\n\v\f\r \u0080-\u00ff]/;

/**
 * A page of valid UTF-8, kept as bytes and read as Latin-1, one character per byte. Markup reads
 * the same either way: every byte of a multi-byte UTF-8 character is 0x80 or above, so it never
 * passes for '<', a quote, a space or a letter of a tag name, and the parser finds the same tokens.
 */
export class Utf8Page {
  /** The bytes, one character each: what the parser reads. */
  readonly latin1: string;
  private readonly bytes: Buffer;

  constructor(bytes: Uint8Array) {
    this.bytes = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    this.latin1 = this.bytes.toString('latin1');
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
    return !ASCII_NOT_SPACE.test(this.latin1) && this.text().trim() === '';
  }

  /**
   * Characters `start` to `end` of `latin1` as text. Both ends must fall on ASCII characters or
   * the page's ends (as the ends of HTML's tokens do), so that no multi-byte character is cut.
   */
  slice(start: number, end: number): string {
    const raw = this.latin1.slice(start, end);
    return NON_ASCII.test(raw) ? this.bytes.toString('utf8', start, end) : raw;
  }
}
