import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes } from '../src/charset.ts';
import { dropRawTextBodies, isAsciiCompatible } from '../src/raw-text.ts';

const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const text = (b: Uint8Array) => Buffer.from(b).toString('utf8');

describe('dropRawTextBodies', () => {
  it('empties script and style bodies and keeps their tags and everything else', () => {
    const html = '<head><style>p{color:red}</style><SCRIPT src="a.js">var a = "<p>not text</p>";</SCRIPT></head><body><p>Text</p><script>x()</script ></body>';
    expect(text(dropRawTextBodies(bytes(html)))).toBe('<head><style></style><SCRIPT src="a.js"></SCRIPT></head><body><p>Text</p><script></script ></body>');
  });

  it('keeps JSON scripts, which the cleaner reads', () => {
    const html = '<script type="application/ld+json">{"headline":"H"}</script><script id="__NEXT_DATA__" type="application/json">{"a":1}</script>';
    expect(text(dropRawTextBodies(bytes(html)))).toBe(html);
  });

  it('keeps a script of no JSON type whose body opens as JSON-LD, and no other', () => {
    const html = '<script>{"@context": "https://schema.org", "datePublished": "2022-01-28"}</script><script>\n [ { "@context":"https://schema.org"}]</script><script>var ld = {"@context": 1};</script>';
    expect(text(dropRawTextBodies(bytes(html)))).toBe(
      '<script>{"@context": "https://schema.org", "datePublished": "2022-01-28"}</script><script>\n [ { "@context":"https://schema.org"}]</script><script></script>',
    );
  });

  it('leaves a <script> inside a comment alone: it is no element there', () => {
    const html = '<!-- <script> --><p>Kept paragraph</p><!-- </script> -->';
    expect(text(dropRawTextBodies(bytes(html)))).toBe(html);
  });

  it('reads a quoted attribute value holding ">" as part of the start tag', () => {
    const html = '<script data-x="a>b">code()</script><p>After</p>';
    expect(text(dropRawTextBodies(bytes(html)))).toBe('<script data-x="a>b"></script><p>After</p>');
  });

  it('does not take <scripts> or <styles> for the raw-text elements', () => {
    const html = '<scripts>Visible</scripts><styles>Also visible</styles><noscript>Fallback</noscript>';
    expect(text(dropRawTextBodies(bytes(html)))).toBe(html);
  });

  it('drops nothing when a script is never closed, so no text is lost', () => {
    const html = '<p>Before</p><script>var unterminated = 1; <p>After</p>';
    expect(dropRawTextBodies(bytes(html))).toEqual(bytes(html));
  });

  it('keeps multi-byte text intact around the dropped bodies', () => {
    const html = '<p>북한 외무성</p><script>var s = "한국";</script><p>朝鲜 — «ok»</p>';
    expect(text(dropRawTextBodies(bytes(html)))).toBe('<p>북한 외무성</p><script></script><p>朝鲜 — «ok»</p>');
  });

  it('is applied only to encodings where those bytes mean ASCII', () => {
    expect(isAsciiCompatible('utf-8')).toBe(true);
    expect(isAsciiCompatible('euc-kr')).toBe(true);
    expect(isAsciiCompatible('utf-16le')).toBe(false);
    expect(isAsciiCompatible('iso-2022-jp')).toBe(false);
  });

  it('decodeHtmlBytes leaves script bodies out only when asked, legacy charsets included', () => {
    const euckr = new Uint8Array(Buffer.concat([Buffer.from('<meta charset="euc-kr"><script>var x=1</script><p>'), Buffer.from([0xb3, 0xb2, 0xc7, 0xd1]), Buffer.from('</p>')]));
    const { text: decoded, charset } = decodeHtmlBytes(euckr, null, { dropScriptBodies: true });
    expect(charset).toBe('euc-kr');
    expect(decoded).toBe('<meta charset="euc-kr"><script></script><p>남한</p>');
    expect(decodeHtmlBytes(euckr).text).toBe('<meta charset="euc-kr"><script>var x=1</script><p>남한</p>');
  });
});

describe('cleanArticle with page bytes', () => {
  it('keeps a plain-text dump\'s "<script>" as the text it is', async () => {
    const { cleanArticle } = await import('../src/index.ts');
    const dump = 'TITLE: Hackers hit the ministry\n\nThe attackers injected <script>steal()</script> into the ministry\'s login page, investigators said on Monday, and the page stayed online for two days.\n';
    const article = cleanArticle({ bytes: new Uint8Array(Buffer.from(dump)) });
    expect(article.paragraphs.join('\n')).toContain('<script>steal()</script>');
  });
});
