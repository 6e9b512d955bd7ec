import { describe, expect, it } from 'vitest';
import { isElement, textOf, type DomElement, type DomParent } from '../src/dom.ts';
import { parseHtml } from '../src/parse.ts';
import { Utf8Page } from '../src/utf8-page.ts';

function find(root: DomParent, name: string): DomElement[] {
  const out: DomElement[] = [];
  const stack = [...root.children];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    if (n.name === name) out.push(n);
    stack.push(...n.children);
  }
  return out;
}

describe('parseHtml', () => {
  it('builds elements with lower-case names, attributes, decoded text and parent links', () => {
    const root = parseHtml('<HTML><Body><P Class="x">Fish &amp; chips<p>Second</body></html>');
    const ps = find(root, 'p');
    expect(ps.map((p) => textOf(p)).sort()).toEqual(['Fish & chips', 'Second']);
    const first = ps.find((p) => p.attribs.class === 'x')!;
    // The second <p> closes the first by HTML's implied end tags: siblings, not nested.
    expect(first.parent).toBe(ps.find((p) => p !== first)!.parent);
    expect((first.parent as DomElement).name).toBe('body');
  });

  it('keeps the elements of scripts, styles and SVG but not their content, except JSON scripts', () => {
    const root = parseHtml(
      '<body><script>var x = "<p>no</p>";</script><style>p{}</style><svg><path d="M0"/><text>no</text></svg>' +
        '<script type="application/ld+json">{"headline":"yes"}</script><p>after</p></body>',
    );
    const scripts = find(root, 'script');
    expect(scripts).toHaveLength(2);
    expect(scripts.map((s) => textOf(s))).toContain('{"headline":"yes"}');
    expect(scripts.map((s) => textOf(s))).toContain('');
    expect(find(root, 'svg')[0]!.children).toEqual([]);
    expect(find(root, 'path')).toEqual([]);
    expect(find(root, 'p').map((p) => textOf(p))).toEqual(['after']);
  });

  it('keeps navigation, buttons, menus, labels and dialogs as empty elements, whatever they hold', () => {
    const root = parseHtml(
      '<body><nav><ul><li><a href="/">Home</a></li></ul></nav><button><span>Share</span></button><menu><li>Print</li></menu>' +
        '<label>Name <input></label><dialog><p>Sign in</p></dialog><picture><source srcset="a.webp"><img src="a.jpg"></picture>' +
        '<ruby>漢<rt>かん</rt></ruby><p>after</p></body>',
    );
    for (const name of ['nav', 'button', 'menu', 'label', 'dialog', 'picture', 'rt']) expect(find(root, name)[0]!.children, name).toEqual([]);
    expect(find(root, 'a')).toEqual([]);
    expect(find(root, 'p').map((p) => textOf(p))).toEqual(['after']);
    // Its end tag closes it with whatever it left open inside.
    const closed = parseHtml('<div><nav><ul><li>x</nav><p>kept</p></div>');
    expect(find(closed, 'p').map((p) => textOf(p))).toEqual(['kept']);
  });

  it('closes skipped elements that a later end tag closes implicitly', () => {
    const root = parseHtml('<div><svg><g><div>inside</div></svg><p>kept</p></div>');
    expect(find(root, 'p').map((p) => textOf(p))).toEqual(['kept']);
  });
});

describe('parseHtml entities and raw text', () => {
  it('decodes entities in text, titles and kept attributes, legacy forms included, but not in JSON scripts', () => {
    const root = parseHtml(
      '<html><head><title>Tom &amp; Jerry &#8211; news</title>' +
        '<script type="application/ld+json">{"headline":"a &amp; b"}</script></head>' +
        '<body><a href="/x?a=1&amp;b=2" class="c&quot;d">5 &lt; 6 &copy 2024 &zzzz; &#x41;&#66;</a></body></html>',
    );
    expect(textOf(find(root, 'title')[0]!)).toBe('Tom & Jerry \u2013 news');
    expect(textOf(find(root, 'script')[0]!)).toBe('{"headline":"a &amp; b"}');
    const a = find(root, 'a')[0]!;
    expect(a.attribs).toEqual({ href: '/x?a=1&b=2', class: 'c"d' });
    expect(textOf(a)).toBe('5 < 6 \u00a9 2024 &zzzz; AB');
  });

  it('finds the end of long scripts, styles, comments and attribute values, wherever they end', () => {
    const filler = 'x'.repeat(70_000);
    const root = parseHtml(
      `<body><script>var s = "${filler}<b>";</script><style>.a{content:"${filler}"}</style><!-- ${filler} -- > -->` +
        `<p title="${filler}" class='${filler}'>one</p><p>two<!-- unclosed`,
    );
    expect(find(root, 'p').map((p) => textOf(p)).sort()).toEqual(['one', 'two']);
    expect(find(root, 'b')).toEqual([]);
    expect(find(root, 'p').find((p) => textOf(p) === 'one')!.attribs.class).toBe(filler);
  });
});

describe('parseHtml on pasted documents', () => {
  it('turns an <html> or <body> nested in the page into a plain box', () => {
    const root = parseHtml('<html><body><div class="post"><html><body><p>pasted</p></body></html></div></body></html>');
    expect(find(root, 'body')).toHaveLength(1);
    expect(find(root, 'html')).toHaveLength(1);
    const p = find(root, 'p')[0]!;
    expect((p.parent as DomElement).name).toBe('div');
    expect(((p.parent as DomElement).parent as DomElement).parent).toBe(find(root, 'div').find((d) => d.attribs.class === 'post'));
  });
});

describe('parseHtml tree building', () => {
  it('numbers the elements it builds in document order and counts them on the root', () => {
    const root = parseHtml('<body><div><p>a</p><svg><g></g></svg></div><p>b<br>c</p></body>');
    const order: string[] = [];
    const stack = [...root.children].reverse();
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (!isElement(n)) continue;
      order[n.index] = n.name;
      stack.push(...[...n.children].reverse());
    }
    // The <g> inside the SVG is never built, so it takes no number.
    expect(order).toEqual(['body', 'div', 'p', 'svg', 'p', 'br']);
    expect(root.elementCount).toBe(6);
  });

  it('keeps only the attributes the cleaner reads', () => {
    const root = parseHtml('<div class="a" data-x="1" srcset="x.jpg 2x" ID="main" style="color:red">t</div>');
    expect(find(root, 'div')[0]!.attribs).toEqual({ class: 'a', id: 'main', style: 'color:red' });
  });

  it('closes a self-closing <svg/> at once, and a self-closing <div/> not', () => {
    const root = parseHtml('<body><p><svg class="icon"/>after the icon</p><div/><span>inside</span></body>');
    expect(find(root, 'p').map((p) => textOf(p))).toEqual(['after the icon']);
    expect(textOf(find(root, 'div')[0]!)).toBe('inside');
  });

  it('reads </br> as <br> and a stray </p> as an empty paragraph, and ignores a form inside a form', () => {
    const root = parseHtml('<body><div>a</br>b</p>c</div><form><form><input></form></body>');
    expect(find(root, 'br')).toHaveLength(1);
    expect(find(root, 'p').map((p) => textOf(p))).toEqual(['']);
    expect(find(root, 'form')).toHaveLength(1);
  });

  it('builds the same tree from a UTF-8 page read as Latin-1 as from its decoded text', () => {
    const html =
      '<html lang="zh"><body><P Class="légende café">Grüße aus Köln &amp; 北京 😀</P>' +
      '<a href="/auteur/zoë" title="é">Zoë</a><div data-testid="ñ">text</div><prе>not a pre</prе></body></html>';
    const tree = (root: DomParent) =>
      JSON.stringify(root, (key, value: unknown) => (key === 'parent' ? undefined : value));
    const page = new Utf8Page(Buffer.from(html, 'utf8'));
    expect(tree(parseHtml(page))).toBe(tree(parseHtml(html)));
    expect(textOf(find(parseHtml(page), 'p')[0]!)).toBe('Grüße aus Köln & 北京 😀');
  });

  it('builds the same tree when a long UTF-8 page is read in pieces, whatever the pieces cut', () => {
    // Pieces end before a '<' about every 64 KB. Snippets of different lengths move the cuts around:
    // before '<' in text, in attribute values, in scripts and comments, in tags of every kind.
    const snippets = [
      '<p class="légende-photo">Grüße aus Köln &amp; 北京 😀 &eacute;t&eacute;</p>',
      '<div title="a<b &amp; c" data-testid=\'x<y\'>1 < 2 &lt; 3 — ok</div>',
      '<script type="application/ld+json">{"a":"<b>&amp;</b>"}</script>',
      '<!-- a comment < with > marks --><span>späť</span>',
      '<table><tr><td>x<td>y</tr></table><ul><li>z<li>w</ul>',
      '<a href="/autor/zoë">Zoë</a> text&nbsp;after <b>bold</b> &#x4e2d;&#25991;',
    ];
    const parts: string[] = ['<html lang="de"><body>'];
    for (let i = 0; parts.join('').length < 400_000; i++) parts.push(snippets[i % snippets.length]!.repeat(1 + (i % 3)));
    const html = `${parts.join('')}</body></html>`;
    const tree = (root: DomParent) => JSON.stringify(root, (key, value: unknown) => (key === 'parent' ? undefined : value));
    const page = new Utf8Page(Buffer.from(html, 'utf8'));
    expect([...page.pieces()].length).toBeGreaterThan(4);
    expect(tree(parseHtml(page))).toBe(tree(parseHtml(html)));
  });
});
