import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { walk } from '../src/html-cleaner.ts';
import { cleanArticle } from '../src/index.ts';
import { cleanAuthor, emptyMeta } from '../src/metadata.ts';
import { parseHtml } from '../src/parse.ts';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures', name));
const now = new Date('2024-01-01T00:00:00Z');
/** Four paragraphs of a story, for pages built around them. */
const missileReport = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i} of the report says the missile flew about 1,000km before it fell into the sea, officials said.</p>`).join('');

describe('cleanArticle on HTML', () => {
  const article = cleanArticle({ bytes: fixture('news-article.html'), url: 'https://news.example.co.kr/x?id=1', now });

  it('keeps the lead and body paragraphs, in order, without furniture', () => {
    expect(article.paragraphs).toEqual([
      'Negotiators from both sides met again on Tuesday after a pause of several months, officials said.',
      'The delegations sat down in the border village in the morning, according to a statement from the unification ministry, which gave no further details.',
      'The talks, the first since the autumn, are expected to cover family reunions, road and rail links, and a joint office that was closed last year.',
      'Observers said the atmosphere was cordial, but cautioned that the sides remain far apart on sanctions, inspections and the timetable for any agreement.',
    ]);
    expect(article.text).not.toMatch(/Most read|All rights reserved|Tweet|Advertisement|Tags:/);
  });

  it('sets captions aside and records removals with reasons', () => {
    expect(article.captions).toEqual(['Delegates shake hands before the meeting. Photo: Yonhap']);
    const reasons = new Map(article.removed.map((r) => [r.text, r.reason]));
    expect(reasons.get('Advertisement')).toBe('advertisement');
    expect(reasons.get('Tags: diplomacy, peninsula')).toBe('tags');
  });

  it('splits the wire dateline off the story, after a standfirst', () => {
    expect(article.dateline).toEqual({ place: 'Seoul', agency: 'Yonhap' });
  });

  it('reads metadata from JSON-LD, OpenGraph and the canonical link', () => {
    expect(article.title).toBe('Talks resume on the peninsula');
    expect(article.url).toBe('https://news.example.co.kr/2019/03/05/talks-resume');
    expect(article.author).toBe('Min-ji Park');
    expect(article.siteName).toBe('Harbour Daily');
    expect(article.language).toBe('en');
    // 08:30 without a zone on a .kr site is Korean time, 23:30 UTC the day before.
    expect(article.publishedAt).toBe('2019-03-04T23:30:00.000Z');
    expect(article.publishedDate).toBe('2019-03-05');
  });

  it('fingerprints the text', () => {
    expect(article.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(article.simhash).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('HTML edge cases', () => {
  it("takes the language the text is written in where the page declares one its script contradicts", () => {
    const english = '<p>President Yoon said Friday that the government will respond firmly to any North Korean provocation, as Pyongyang continued to test missiles in defiance of the resolutions.</p>'.repeat(3);
    const korean = '<p>윤석열 대통령은 20일 북한의 어떠한 도발에도 단호하게 대응하겠다고 밝혔다. 북한은 이날 오전 동해상으로 단거리 탄도미사일을 발사했다.</p>'.repeat(3);
    const language = (lang: string, story: string) => cleanArticle({ html: `<html lang="${lang}"><body><article><h1>Headline of the story</h1>${story}</article></body></html>`, now }).language;
    expect(language('ko', english)).toBe('en');
    expect(language('en', korean)).toBe('ko');
    expect(language('ko-KR', korean)).toBe('ko');
    expect(language('en-GB', english)).toBe('en');
    expect(language('de', english)).toBe('de');
  });

  it("takes a gallery's captions for its text where they tell the story, and keeps a story's few captions aside", () => {
    const intro = '<p>Cheap and easy costumes are all that matter this Halloween: here are twenty of them.</p>';
    const slides = Array.from({ length: 20 }, (_, i) => `<figure><img src="/g/${i}.jpg"><figcaption>What you need ${i}: a red jumper with a white collar and a black headband will turn you into a witch.</figcaption></figure>`);
    const gallery = cleanArticle({ html: `<html><body><article><h1>DIY costumes</h1>${intro}${slides.join('')}</article></body></html>`, now });
    expect(gallery.paragraphs).toHaveLength(21);
    expect(gallery.paragraphs[1]).toBe('What you need 0: a red jumper with a white collar and a black headband will turn you into a witch.');
    expect(gallery.captions).toEqual([]);
    const story = Array.from({ length: 12 }, (_, i) => `<p>Paragraph ${i} of the story tells what happened, who said it, and why it matters to readers, at length.</p>`).join('');
    const news = cleanArticle({ html: `<html><body><article><h1>Missile launch</h1>${slides.slice(0, 6).join('')}${story}</article></body></html>`, now });
    expect(news.captions).toHaveLength(6);
    expect(news.paragraphs).toHaveLength(12);
  });

  it("drops the headline's own first part printed over it as a label, and keeps a lead that begins like the headline", () => {
    const story = Array.from({ length: 4 }, (_, i) => `<p>MR MILLER: Answer ${i} on North Korea's launch, which we condemn in the strongest terms, and on what comes next.</p>`).join('');
    const html = `<html><head><title>Department Press Briefing – November 20, 2026</title></head><body><article><p class="content-type">Department Press Briefing</p><h1>Department Press Briefing – November 20, 2026</h1>${story}</article></body></html>`;
    const a = cleanArticle({ html, now: new Date('2026-12-01T00:00:00Z') });
    expect(a.paragraphs[0]).toMatch(/^MR MILLER: Answer 0/);
    expect(a.removed).toContainEqual({ text: 'Department Press Briefing', reason: 'label' });
    const lead = '<p>Department Press Briefing rules changed on Friday, the ministry said, after a year of complaints from reporters.</p>';
    expect(cleanArticle({ html: html.replace('<p class="content-type">Department Press Briefing</p>', '').replace(story, lead + story), now }).paragraphs[0]).toMatch(/^Department Press Briefing rules changed/);
  });

  it("cleans a Naver News page: the paper's story without the portal's stamp, notes, reporter's address or its list of the paper's top stories", () => {
    const a = cleanArticle({ bytes: fixture('naver-news.html'), url: 'https://n.news.naver.com/mnews/article/001/0015000000', now: new Date('2026-12-01T00:00:00Z') });
    expect(a.title).toBe('北, 동해상 탄도미사일 발사…합참 "한미 공조하에 추적 감시"');
    expect([a.author, a.publishedDate, a.dateline]).toEqual(['김수연', '2026-11-20', { place: '서울', agency: '연합뉴스' }]);
    expect(a.captions).toEqual(['북한 탄도미사일 발사 장면 [조선중앙통신 연합뉴스 자료사진]']);
    expect(a.paragraphs).toEqual([
      '북한이 20일 동해상으로 탄도미사일을 발사했다고 합동참모본부가 밝혔다.',
      '합참은 "북한이 오전 7시 50분께 평양 일대에서 동해상으로 탄도미사일 1발을 발사했다"며 "한미 공조하에 추적 감시하고 있다"고 말했다.',
      '북한의 탄도미사일 발사는 올해 들어 12번째다.',
    ]);
  });

  it('rejects future dates', () => {
    const html = `<html><head><meta property="article:published_time" content="2031-05-01T10:00:00Z"></head><body><article>${'<p>Some sentence of the article body, long enough to be content here.</p>'.repeat(5)}</article></body></html>`;
    expect(cleanArticle({ html, now }).publishedAt).toBeNull();
  });

  it('finds the article when the page wraps it in an unlikely-looking container', () => {
    const body = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of the story tells what happened, who said it, and why it matters to readers.</p>`).join('');
    const html = `<html><body><div class="sidebar-wrapper"><div class="entry-content">${body}</div></div><div class="sidebar"><a href="/x">Other</a></div></body></html>`;
    expect(cleanArticle({ html, now }).paragraphs).toHaveLength(6);
  });

  it('keeps, at the first try, a short post the page declares its article body, inside a layout named for its sidebar', () => {
    // At the first try, not in Readability's retries: those drop the hints that keep sidebars and dialogs out.
    const post = ['Nora Bossong talks about her novel, the work on it and her own part as a UN envoy.', 'She speaks about research and hope.', 'The interview was by Nicole Collignon.'];
    const html = `<html><body><div class="post-wrap sidebar-right"><article><section class="entry" itemprop="articleBody">${post.map((p) => `<p>${p}</p>`).join('')}</section></article><aside class="sidebar"><div class="widget">LONG NIGHT OF YOUNG LITERATURE AND MUSIC</div></aside></div></body></html>`;
    const firstTry = walk(parseHtml(html), emptyMeta(), true);
    expect(firstTry.blocks.map((b) => b.text)).toEqual(post);
  });

  it("never takes a login dialog's messages or a player's notices for the story, even where the story is short", () => {
    const description = 'New York is the centre of the pandemic in the United States. Sport has come to a halt too. How the leagues go on is unclear.';
    const dialogs = [
      '<span class="btn-tooltip" role="status">Saved to your list! Removed from your list</span>',
      '<div class="b-dialog x-dialog-login"><article class="login-modal dark-modal"><h2>Log in</h2><p>The password must be at least 8 characters long and hold a capital letter and a digit.</p><p>You will get an e-mail from us shortly with a link to reset your password.</p></article>',
      '<article class="message-modal dark-modal"><p>Welcome! You will get an e-mail from us shortly. Please confirm the link in it within 24 hours to finish signing up.</p><p>Your password was changed. You can log in with the new password now.</p></article></div>',
    ].join('');
    const html = `<html><head><meta property="og:description" content="${description}"></head><body><h1>Sport in the time of the pandemic</h1><div class="player"><video src="/v.mp4"></video></div><div class="item-caption"><p class="item-description">${description}</p></div>${dialogs}</body></html>`;
    const article = cleanArticle({ html, now });
    expect(article.paragraphs).toEqual([description]);
    expect(article.captions).not.toContain(description);
  });

  it('drops a stream of teasers in an unlikely container even when a positive-looking list holds it', () => {
    const story = Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i} of the story tells what happened, who said it, and why it matters to readers across the region and beyond it.</p>`).join('');
    const teasers = Array.from(
      { length: 24 },
      (_, i) =>
        `<li class="stream-content"><h3><a href="/other-${i}">Other headline number ${i}</a></h3><p>A summary of another story, with a comma, another clause, and enough words to read as prose ${i}.</p></li>`,
    ).join('');
    // "stream-main" reads as content, but a list of teasers is no article kept inside furniture.
    const html = `<html><body><div id="main"><section class="story-article"><div class="book"><div class="body">${story}</div></div></section><div class="yom-remote"><ul class="stream-main">${teasers}</ul></div></div></body></html>`;
    const { paragraphs } = cleanArticle({ html, now });
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs.join('\n')).not.toMatch(/summary of another story/);
  });

  it('leaves out teasers beside the article: a summary under a heading that links elsewhere', () => {
    const story = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of the column argues, at some length, why the reform matters to readers across the region and beyond it.</p>`).join('');
    const teaser = (i: number) =>
      `<div class="story-block"><h4 class="heading"><a href="/news/opinion/other-${i}">Another column ${i}</a></h4><p class="summary">HOW is it that an idea this absurd captures the imagination of so many people, and what does it say about us all, columnist ${i} asks.</p></div>`;
    // A jump to a section of this page is no teaser: the paragraph under it stays.
    const section = `<div><a name="more"><h2>More from the column</h2></a><p>The writer closes with a remark that belongs to the column itself, set apart in its own box by the page's template.</p></div>`;
    const html = `<html><body><div id="story"><div class="article-body">${story}</div>${section}<div class="group">${teaser(1)}${teaser(2)}</div></div></body></html>`;
    const text = cleanArticle({ html, now }).paragraphs.join('\n');
    expect(text).not.toMatch(/captures the imagination/);
    expect(text).toMatch(/The writer closes with a remark/);
  });

  it("adds a recipe's ingredient box, links to products and all, beside the steps chosen for their text", () => {
    const steps = Array.from({ length: 5 }, (_, i) => `<p>Step ${i}: mix the flour with the yeast, add the warm milk, and knead it all into a smooth dough for a few minutes.</p>`).join('');
    const rows = ['250 g|Wheat flour', '1 packet|Dry yeast', '50 g|Sugar', '100 ml|Milk']
      .map((r) => r.split('|'))
      .map(([amount, item]) => `<tr><td>${amount}</td><td><a href="/products/${item!.replace(/\s/g, '-')}">${item}</a></td></tr>`)
      .join('');
    const sidebar = '<div class="sidebar"><div class="pane-seasonal-ingredients"><p>In season now: kaki, parsnip and many more.</p></div></div>';
    // The ingredients inside the container chosen for the steps, or in a column beside it.
    const layouts = [
      `<div class="contentbox"><div class="accordion"><div class="box-ingredients"><table>${rows}</table></div></div><div class="accordion"><div class="steps-copy">${steps}</div></div></div>`,
      `<div class="contentbox"><div class="col"><div class="box-ingredients"><table>${rows}</table></div></div><div class="col"><p class="intro">A note.</p><div class="steps-copy">${steps}</div></div></div>`,
    ];
    const jsonLd = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Recipe","name":"Bee sting muffins"}</script>';
    const microdata = '<div class="contentbox" itemscope itemtype="http://schema.org/Recipe">';
    for (const layout of layouts) {
      for (const html of [`<html><head>${jsonLd}</head><body>${layout}${sidebar}</body></html>`, `<html><body>${layout.replace('<div class="contentbox">', microdata)}${sidebar}</body></html>`]) {
        const text = cleanArticle({ html, now }).paragraphs.join('\n');
        expect(text).toMatch(/Step 4/);
        expect(text).toMatch(/Dry yeast/);
        expect(text).toMatch(/Wheat flour/);
        expect(text).not.toMatch(/In season now/);
      }
      // A page that is no recipe keeps to the text the scores chose.
      expect(cleanArticle({ html: `<html><body>${layout}${sidebar}</body></html>`, now }).paragraphs.join('\n')).not.toMatch(/Dry yeast/);
    }
  });

  it("drops the writer's box inside the article, prose as it is", () => {
    const story = Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i} of the story tells what happened, who said it, and why it matters to readers across the region.</p>`).join('');
    const bio = (open: string, close: string) =>
      `${open}Hi, I am Tine, born and raised in this city. I love to explore my home town by bike, and I write about it on this blog: why go far away when the good things are so near?${close}`;
    for (const box of [
      bio('<div id="entry-author-info"><div id="author-description">', '</div></div>'),
      bio('<section class="content-box site-author-box"><div class="author-box--content"><p>', '</p></div></section>'),
    ]) {
      const html = `<html><body><div id="content"><div class="post hentry">${story}${box}</div></div></body></html>`;
      const text = cleanArticle({ html, now }).paragraphs.join('\n');
      expect(text).toMatch(/Paragraph 4/);
      expect(text).not.toMatch(/I am Tine/);
    }
  });

  it('keeps a short post rather than the pingbacks under it', () => {
    const post =
      '<div class="post" id="post-1"><h1><a href="/2011/09/11/basket/">A basket</a></h1><small>11.09.2011, 16:20 by jovel</small><div class="entry">' +
      '<p>Everyday life surprises you now and then with small joys and sweet things. Lately I walked down the street in my quarter, unsuspecting, when a long string with a small basket at its end came down from a balcony on the fourth floor of an old house to the pavement:</p>' +
      '<div class="wp-caption alignleft"><img src="a.jpg"><img src="b.jpg"><p class="wp-caption-text">20 cents 1 picture</p></div>' +
      '<p>Twenty cents well spent, even if the picture was no masterpiece!</p>' +
      '<div class="entryfooter"><p>Tags: <a href="/tag/a">basket</a>, <a href="/tag/b">cents</a></p><p><a href="/feed/">Comments feed</a> | Comments closed | <a href="/trackback/">Trackback URL</a></p></div>' +
      '<div class="navigation"><div class="alignleft">« <a href="/prev/">Welcome, new flatmates in the old house at the corner!</a></div><div class="alignright"><a href="/next/">News from the inbox, and more news from the inbox</a> »</div></div></div></div>';
    const pingback = (n: number) =>
      `<li id="comment-${n}"><cite>Pingback from <a href="http://other.example/${n}">Too much information - Bookmarks</a></cite>| <small><a href="#comment-${n}">11.09.2011 23:3${n}</a></small><p>[…] A basket – jovelblog – Lately I walked down the street in my quarter, unsuspecting, when a long string with a small basket at its end came down from a balcony on the fourth floor of an old house ${n} […]</p></li>`;
    const html = `<html><body><div id="page"><div class="narrowcolumn" id="content">${post}<h3 id="comments">3 comments</h3><ol class="commentlist">${[1, 2, 3].map(pingback).join('')}</ol></div></div></body></html>`;
    const text = cleanArticle({ html, now }).paragraphs.join('\n');
    expect(text).toMatch(/Everyday life surprises you/);
    expect(text).toMatch(/Twenty cents well spent/);
  });

  it("finds the standfirst in the article's header however deep the page builder nests the body, and no picture box for one", () => {
    const body = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of the story tells what happened, who said it, and why it matters to readers across the region.</p>`).join('');
    // Each level holds a second, empty box: the chosen container stays five levels below the <article>.
    const nested = (inner: string) =>
      ['noether-mod', 'cover-grid', 'abody-col', 'abody-basic'].reduceRight((html, cls) => `<div class="${cls}"><div class="spacer"></div>${html}</div>`, `<div class="single-content">${inner}</div>`);
    const related = Array.from({ length: 8 }, (_, i) => `<p><a href="/other-${i}">Another story of the day about the ferry, the bridge and the harbour, number ${i}</a></p>`).join('');
    const picture =
      '<section class="intro"><figure><picture><source srcset="a.jpg"><img src="a.jpg"></picture></figure><p class="titulo">Candidates at the university debate.</p><div class="credit"><strong>Photo:</strong> <p>Jaiver Nieto</p></div></section>';
    const html =
      `<html><body><section class="single"><article>${picture}<header class="single-header"><h1>Ministers agree on a new ferry timetable</h1>` +
      '<p class="excerpt">A battery of short- and long-term measures was presented yesterday by the minister before the Senate, and the opposition said it would study them.</p></header>' +
      `${nested(body)}<div class="more">${related}</div></article></section></body></html>`;
    const a = cleanArticle({ html, now });
    expect(a.paragraphs[0]).toMatch(/^A battery of short- and long-term measures/);
    expect(a.paragraphs).toHaveLength(7);
    expect(a.paragraphs.join('\n')).not.toMatch(/Jaiver Nieto|university debate/);
  });

  it("sets an image's or a map's legend aside like a caption", () => {
    const paragraphs = Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i} of the report explains the plan for the birds and the woods, and why it matters to the region.</p>`);
    const legend = '<div class="rightImage"><img src="a.jpg"><div class="legend"><div class="content">The stag beetle (Lucanus cervus) also lives in the light woods.</div></div></div>';
    const a = cleanArticle({ html: `<html><body><article>${paragraphs.slice(0, 2).join('')}${legend}${paragraphs.slice(2).join('')}</article></body></html>`, now });
    expect(a.paragraphs.join('\n')).not.toMatch(/stag beetle/);
    expect(a.captions).toContain('The stag beetle (Lucanus cervus) also lives in the light woods.');
  });

  it('drops the links to other stories that close the article, a headline a paragraph, and only there', () => {
    const body = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i} of the story says who was picked for the team, and why the coach chose them over the others.</p>`);
    const middle = '<p><a href="/rules">The rules of the qualifying round</a></p>';
    const closing = ['<p><a href="/a">Kohlmann: „Als nächstes gewinnen wir den Davis Cup“</a></p>', '<p><a href="/b">DTB nominiert Nachwuchsteams für 2022</a></p>'];
    const sentence = '<p><a href="/c">The full list of players was published by the federation on Friday.</a></p>';
    const clean = (...parts: string[]) => cleanArticle({ html: `<html><body><article>${parts.join('')}</article></body></html>`, now });
    const a = clean(body[0]!, body[1]!, middle, body[2]!, body[3]!, ...closing);
    expect(a.paragraphs).toHaveLength(5);
    expect(a.paragraphs).toContain('The rules of the qualifying round');
    expect(a.removed).toContainEqual({ text: 'DTB nominiert Nachwuchsteams für 2022', reason: 'related' });
    expect(clean(...body, sentence).paragraphs.at(-1)).toBe('The full list of players was published by the federation on Friday.');
  });

  it("drops long furniture lines (WordPress's filing note) but keeps a long list that is content", () => {
    const body = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i} of the tasting report tells which whiskies were poured, and how the evening went.</p>`).join('');
    const filed =
      'Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht und wurde unter Allgemein, Region Halle - Leipzig, Tastings & Events, Veranstaltungskalender abgelegt. Du kannst die Kommentare zu diesen Eintrag durch den RSS 2.0 Feed verfolgen. Kommentare sind derzeit geschlossen, aber Du kannst dennoch einen Trackback auf deiner Seite einrichten.';
    const lineup =
      '3-Municipal Grecia FC: 1-Anthony Monreal (6), 4-Kenner Gutiérrez (9), 5-Richard Steven (6), 22-Jeancarlo Agüero (8.5), 12-Youstin Salas (7), 10-Anthony López (7), 8-Luis Hernández (6), 14-Roberto Córdoba (6), 17-Pablo Arboine (7), 9-Carlos Mora (6), 11-Jonathan Moya (6), 7-Kevin Espinoza (7), 19-Marco Vargas (6), 21-Andrés Solano (6.5), DT: Luis Fernando Fallas';
    const a = cleanArticle({ html: `<html><body><article>${body}<p>${lineup}</p><p>${filed}</p></article></body></html>`, now });
    expect(filed.length).toBeGreaterThan(300);
    expect(lineup.length).toBeGreaterThan(300);
    expect(a.removed).toContainEqual({ text: filed, reason: 'tags' });
    expect(a.paragraphs).toContain(lineup);
  });

  it('takes the dateline off the lead paragraph', () => {
    const html = `<html><body><article><p>BEIJING, Jan. 17 (Xinhua) -- China called for calm on Wednesday, a spokesman said at a regular briefing in the capital.</p><p>He added that dialogue remained the only way forward for all the parties concerned in the region.</p></article></body></html>`;
    const a = cleanArticle({ html, now });
    expect(a.dateline).toEqual({ place: 'Beijing', agency: 'Xinhua' });
    expect(a.paragraphs[0]).toBe('China called for calm on Wednesday, a spokesman said at a regular briefing in the capital.');
  });

  it('takes off datelines of places joined by a slash, with their country, and Korean datelines in square brackets', () => {
    const lead = (dateline: string, story: string) =>
      cleanArticle({ html: `<html><body><article><p>${dateline}${story}</p><p>He added that dialogue remained the only way forward for all the parties concerned in the region.</p></article></body></html>`, now });
    const english = 'North Korea fired a ballistic missile into the East Sea on Friday, the military said in a statement.';
    const cases: [string, string, { place: string; agency: string }][] = [
      ['SEOUL/TOKYO, Nov 20 (Reuters) - ', english, { place: 'Seoul/Tokyo', agency: 'Reuters' }],
      ['Frankfurt/Main (dpa) - ', 'Für einen Roman über die alte Bundesrepublik hat Frank Witzel den Deutschen Buchpreis erhalten.', { place: 'Frankfurt/Main', agency: 'dpa' }],
      ['[서울=뉴시스] 홍길동 기자 = ', '북한이 20일 오전 동해상으로 탄도미사일 1발을 발사했다고 합동참모본부가 밝혔다.', { place: '서울', agency: '뉴시스' }],
      ['[뉴욕=연합뉴스] 김수연 특파원 = ', '유엔 안보리가 북한의 탄도미사일 발사와 관련해 긴급회의를 열었다.', { place: '뉴욕', agency: '연합뉴스' }],
    ];
    // The New York Times' "SEOUL, South Korea —": the country after the city, and no agency.
    const nyt = lead('SEOUL, South Korea — ', english);
    expect(nyt.dateline).toEqual({ place: 'Seoul', agency: null });
    expect(nyt.paragraphs[0]).toBe(english);
    expect(lead('WASHINGTON, D.C. - ', english).dateline).toEqual({ place: 'Washington, D.C.', agency: null });
    for (const [dateline, story, expected] of cases) {
      const a = lead(dateline, story);
      expect(a.dateline, dateline).toEqual(expected);
      expect(a.paragraphs[0], dateline).toBe(story);
    }
  });

  it('reads MathML formulas as text and leaves out their TeX annotations', () => {
    const prose = '<p>The quadratic formula gives both roots of any second-degree polynomial equation, as every student learns.</p>'.repeat(3);
    const html = `<html><body><article>${prose}<p>When <math><mi>a</mi><mo>≠</mo><mn>0</mn><annotation encoding="application/x-tex">a \\ne 0</annotation></math> there are two solutions to the equation.</p></article></body></html>`;
    const last = cleanArticle({ html, now }).paragraphs.at(-1);
    expect(last).toMatch(/^When a\s*≠\s*0 there are two solutions/);
    expect(last).not.toMatch(/\\ne/);
  });

  it('keeps a derivation whose formulas are drawn as images', () => {
    const formula = '<img class="mwe-math-fallback-image-inline" src="f.svg">';
    const prose = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i} explains the property of the matrix and why it holds for every such case.</p>`).join('');
    const proof = `<div class="proof">Proof: by definition ${formula} and ${formula}, thus ${formula} holds.</div>`;
    const html = `<html><body><article>${prose}${proof}</article></body></html>`;
    expect(cleanArticle({ html, now }).paragraphs.at(-1)).toMatch(/^Proof: by definition and , thus holds\.$/);
  });

  it('reads a data table row by row, and leaves a calendar widget out', () => {
    const prose = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i} of the review compares the films and what each one does with the idea.</p>`).join('');
    const table =
      '<table><tr><th>Film</th><th>Year</th><th>Description</th></tr>' +
      '<tr><td><a href="/wiki/Groundhog_Day">Groundhog Day</a></td><td>1993</td><td>A weatherman relives the same day over and over.</td></tr></table>';
    const calendar = '<table><tr><th>M</th><th>T</th><th>W</th></tr><tr><td>1</td><td>2</td><td>3</td></tr></table>';
    const a = cleanArticle({ html: `<html><body><article>${prose}${table}${calendar}</article></body></html>`, now });
    expect(a.paragraphs.slice(4)).toEqual(['Film | Year | Description', 'Groundhog Day | 1993 | A weatherman relives the same day over and over.']);
    expect(a.removed).toContainEqual({ text: '1 | 2 | 3', reason: 'calendar' });
  });

  it('reads a layout table cell by cell', () => {
    const cells = Array.from({ length: 3 }, (_, i) => `<td>Column ${i} of the old page layout holds a paragraph of the story, with its words.</td>`).join('');
    const a = cleanArticle({ html: `<html><body><table><tr>${cells}</tr></table></body></html>`, now });
    expect(a.paragraphs).toHaveLength(3);
  });

  it('reads a page as HTML when PHP warnings or a style block come before the document', () => {
    const warnings = '<br />\n<b>Deprecated</b>:  Assigning the return value of new by reference is deprecated in <b>/www/wp-settings.php</b> on line <b>520</b><br />\n'.repeat(40);
    const style = `<style>\n${'  .grid { display: grid; gap: 10px; }\n'.repeat(80)}</style>\n`;
    const prose = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i} of the travel story describes the old town, its markets and the harbour.</p>`).join('');
    const page = `<!DOCTYPE html><html><head><meta name="description" content="x"><title>Old town</title></head><body><article>${prose}</article></body></html>`;
    for (const prefix of [warnings, style]) {
      const a = cleanArticle({ bytes: Buffer.from(prefix + page), now });
      expect(a.paragraphs.slice(-4)).toEqual(Array.from({ length: 4 }, (_, i) => `Paragraph ${i} of the travel story describes the old town, its markets and the harbour.`));
      expect(a.text).not.toMatch(/<meta|<\/?p>|display: grid/);
    }
  });

  it('keeps a list of links to other sites that the story is about, and drops its own related-story links', () => {
    const prose = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i} of the weekly report tells what the team shipped and what it is working on next.</p>`).join('');
    const bugs = [1677080, 1677107, 1681796].map((n) => `<li><a href="https://bugzilla.example.org/show_bug.cgi?id=${n}">Bug ${n} – Fullscreen window is affected by switching source</a></li>`).join('');
    const related = [1, 2, 3].map((n) => `<li><a href="https://blog.example.com/2020/story-${n}">Another story from the blog, number ${n} of the series</a></li>`).join('');
    const html = `<html><head><link rel="canonical" href="https://blog.example.com/2020/weekly"></head><body><article>${prose}<ul>${bugs}</ul><ul>${related}</ul></article></body></html>`;
    const a = cleanArticle({ html, now });
    expect(a.paragraphs.filter((p) => p.startsWith('Bug '))).toHaveLength(3);
    expect(a.text).not.toMatch(/Another story/);
  });

  it('joins the parts of a story that a page builder cut into sections, and leaves out their recirculation links', () => {
    const part = (from: number) =>
      Array.from({ length: 2 }, (_, i) => `<p class="story-text__paragraph">Paragraph ${from + i} of the story says what happened, who said it, and why it matters to readers.</p>`).join('');
    const section = (inner: string) => `<section class="row"><div class="container"><div class="column"><div class="story-text">${inner}</div></div></div></section>`;
    const advert = '<section class="row"><div class="column"><div class="ad-slot">Advertisement</div></div></section>';
    const recirc = '<p class="c-recirculation-link"><a href="/other">Another writer: the state is becoming unlivable</a></p>';
    const html = `<html><body><main>${section(part(0))}${advert}${section(part(2) + recirc + part(4))}</main></body></html>`;
    const a = cleanArticle({ html, now });
    expect(a.paragraphs.map((p) => p.slice(0, 11))).toEqual(Array.from({ length: 6 }, (_, i) => `Paragraph ${i}`));
  });

  it('passes over a browser notice in an overlay for the story', () => {
    const notice = `<div id="IE-overlay"><div class="wrapper"><p>Dear readers, thank you for your visit and your interest in our website, which we are glad of.</p><p>Unfortunately, you are using Internet Explorer, an outdated browser, which no longer supports our newest technologies, so please update it, or use another one.</p><p>If you have questions, write to us, at any time, by mail, and thank you, once again, for your understanding.</p></div></div>`;
    const story = '<section class="news"><h1>Training camp cancelled</h1><p>The federation will again do without the regional training camp planned for February, it said on Wednesday.</p><p>The league can use the freed dates for games that had to be postponed.</p><p>The team will begin the year in March with two qualifying matches against the Netherlands, both of them at home.</p><p>The coach said the decision had been made together with the clubs, who had asked for more time to play the games they had lost to the pandemic this winter.</p><p>The squad for the March games will be named at the end of February.</p></section>';
    const a = cleanArticle({ html: `<html><body>${notice}<main>${story}</main></body></html>`, now });
    expect(a.paragraphs[0]).toMatch(/^The federation will again do without/);
    expect(a.text).not.toMatch(/Internet Explorer/);
  });

  it('on an infinite-scroll page, takes the story whose heading is the page title, not the longest one', () => {
    const story = (n: number, title: string, paragraphs: number) =>
      `<div class="scrollblock"><article class="entry"><h1>${title}</h1><div class="entry-text">${Array.from({ length: paragraphs }, (_, i) => `<p>Story ${n}, paragraph ${i}: what happened, who said it, and why it matters to the readers of this site.</p>`).join('')}</div></article></div>`;
    const html = `<html><head><title>Vehicles blessed on Saturday</title></head><body><main>${story(0, 'Vehicles blessed on Saturday', 5)}${story(1, 'A longer story from the next day', 12)}</main></body></html>`;
    const a = cleanArticle({ html, now });
    expect(a.paragraphs).toHaveLength(5);
    expect(a.paragraphs.every((p) => p.startsWith('Story 0,'))).toBe(true);
  });

  it('takes the text of a page rendered from script from its JSON-LD how-to, without the HTML inside it', () => {
    const howTo = {
      '@context': 'https://schema.org',
      '@type': 'HowTo',
      name: 'How to sew a round tablecloth',
      description: '<p>Whatever its size and style, a round table softens a room, and the right cloth makes it.</p><p>Here is how to <a href="/sewing">sew</a> one that fits your table exactly.&nbsp;</p>',
      step: [
        { '@type': 'HowToStep', text: 'Measure the diameter of the table top, then add twice the drop you want on every side.' },
        {
          '@type': 'HowToSection',
          name: 'Cutting',
          itemListElement: [
            { '@type': 'HowToStep', text: 'Fold the fabric in four and mark a quarter circle with a string and a pencil.' },
            { '@type': 'HowToStep', text: 'Cut along the mark through all four layers, then unfold the circle and hem its edge.' },
          ],
        },
      ],
    };
    const html = `<html><head><script type="application/ld+json">${JSON.stringify(howTo)}</script></head><body><div data-react-class="Page"></div><p>Loading…</p></body></html>`;
    expect(cleanArticle({ html, now }).paragraphs).toEqual([
      'Whatever its size and style, a round table softens a room, and the right cloth makes it.',
      'Here is how to sew one that fits your table exactly.',
      'Measure the diameter of the table top, then add twice the drop you want on every side.',
      'Cutting',
      'Fold the fabric in four and mark a quarter circle with a string and a pencil.',
      'Cut along the mark through all four layers, then unfold the circle and hem its edge.',
    ]);
  });

  it("leaves a video player's controls out of the story", () => {
    const player = '<div class="video-js"><button class="vjs-big-play-button"><span class="vjs-control-text">Play Video</span></button><div class="vjs-control-bar"><div class="vjs-current-time"><span class="vjs-control-text">Current Time </span>0:00</div><div class="vjs-progress-holder"><span class="vjs-control-text">Loaded: 0%</span></div><button class="vjs-fullscreen-control"><span class="vjs-control-text">Fullscreen</span></button></div></div>';
    const prose = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i} of the story says what happened in the hotel, who said it, and why it matters.</p>`).join('');
    const a = cleanArticle({ html: `<html><body><article>${player}${prose}</article></body></html>`, now });
    expect(a.paragraphs).toHaveLength(4);
    expect(a.text).not.toMatch(/Play Video|Loaded|Fullscreen|Current Time/);
  });

  it('cleans a page that came as a text dump (saved as .txt, served as text/plain) as a page, and leaves a dump quoting markup as text', () => {
    const prose = Array.from({ length: 3 }, (_, i) => `<p>Paragraph ${i} says the envoys met in Panmunjom on Monday and agreed to talk again.</p>`).join('');
    const page = `\n<!-- saved from url=(0042)https://news.example.com/ -->\n<!DOCTYPE html><html><head><title>Envoys meet | Example News</title></head><body><nav>Home | World | Sport</nav><article><h1>Envoys meet</h1>${prose}</article></body></html>`;
    const asText = cleanArticle({ text: page, now });
    expect(asText.title).toBe('Envoys meet');
    expect(asText.paragraphs).toEqual(Array.from({ length: 3 }, (_, i) => `Paragraph ${i} says the envoys met in Panmunjom on Monday and agreed to talk again.`));
    const dump = 'Envoys meet\n\nThe statement was posted as <html><body>Envoys met in Panmunjom on Monday</body></html> on the ministry site.\n';
    expect(cleanArticle({ text: dump, now }).text).toContain('<html><body>Envoys met');
  });

  it("keeps a short item that is mostly a link in the story's own list, and still drops such items from menus and toolbars", () => {
    const prose = Array.from({ length: 3 }, (_, i) => `<p>Paragraph ${i} of the weekly report says what the team landed, what broke and what comes next.</p>`).join('');
    const item = (html: string) => `<li>${html}</li>`;
    const storyList = `<ul>${item('Gijs <a href="https://bugs.example.org/1">fixed some flicker</a> that occurred when launching the browser with the bookmarks toolbar enabled on a slow disk.')}${item('mconley <a href="https://bugs.example.org/2">re-enabled TART</a>')}${item('florian has some new visualization variations up for the hang dashboard, which the team uses every week.<ul><li><a href="https://dash.example.net/#frames">showFrames</a></li><li><a href="https://dash.example.net/#leaf">onlyXulLeaf</a></li><li>This dashboard helped identify a hang caused by the password manager code, <a href="https://bugs.example.org/3">which has been fixed</a>.</li></ul>')}</ul>`;
    // A box whose short items get into the text gives no sentence, so its links stay out.
    const toolbar = `<ul>${item('Ihre Merkliste ist leer')}${item('Gespeicherte Artikel')}${item('<a href="/read">Vorlesen</a>')}</ul>`;
    const menu = `<ul>${item('<a href="/world">World news</a>')}${item('<a href="/politics">Politics</a>')}</ul>`;
    const a = cleanArticle({ html: `<html><body><article>${prose}${toolbar}${storyList}${menu}${prose.replace(/Paragraph/g, 'Section')}</article></body></html>`, now });
    expect(a.paragraphs).toEqual(expect.arrayContaining(['mconley re-enabled TART', 'showFrames', 'onlyXulLeaf']));
    expect(a.text).not.toMatch(/Vorlesen|World news|Politics/);
  });

  it("keeps a linked point of a list of plain points, and preformatted code and figures the line rules would take for spam", () => {
    const prose = Array.from({ length: 3 }, (_, i) => `<p>Paragraph ${i} of the guide explains how to keep a flat free of clutter before it takes over every room.</p>`).join('');
    const questions = '<ul><li>Is this a planned purchase?</li><li>Will it end up in the "crap" list picture one day?</li><li><a href="/where-items-will-go">Where am I going to put it</a>?</li><li>Have I included this in my budget?</li></ul>';
    const code = '<pre><span>SELECT</span> percentile_disc(0.5) within group(order by n)\nFROM unnest(ARRAY[2, 3, 5, 2, 3, 120, 5, 3, 4]) as n;</pre><pre>2, 2, 3, 3, 3\n4, 5, 5, 12</pre>';
    const menu = '<ul><li><a href="/world">World news from our correspondents</a></li><li><a href="/politics">Politics and parliament today</a></li><li><a href="/sport">Sport results and fixtures</a></li></ul>';
    const a = cleanArticle({ html: `<html><body><article>${prose}${questions}${code}${menu}${prose.replace(/Paragraph/g, 'Section')}</article></body></html>`, now });
    expect(a.paragraphs).toEqual(expect.arrayContaining(['Where am I going to put it?', '2, 2, 3, 3, 3 4, 5, 5, 12']));
    expect(a.text).toContain('FROM unnest(ARRAY[2, 3, 5, 2, 3, 120, 5, 3, 4]) as n;');
    expect(a.text).not.toMatch(/World news|Politics and parliament|Sport results/);
  });

  it("leaves a newsletter box's screen-reader links out of the story and an embed's consent notice out of the captions", () => {
    const story = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i} of the report says the missile flew about 1,000km before it fell into the sea, officials said.</p>`);
    const promo = '<p><a href="#skip-6">skip past newsletter promotion</a></p><p>Sign up to First Edition</p><p id="skip-6">after newsletter promotion</p>';
    const embed = "<figure><div>Allow Twitter content?</div><p>This article includes content provided by Twitter. We ask for your permission before anything is loaded, as they may be using cookies and other technologies. To view this content, click 'Allow and continue'.</p><button>Allow and continue</button></figure>";
    const photo = '<figure><img src="a.jpg"><figcaption>People watch a TV news broadcast in Seoul. Photograph: Kim Hong-Ji/Reuters</figcaption></figure>';
    const a = cleanArticle({ html: `<html><body><article>${photo}${story[0]}${story[1]}${promo}${story[2]}${embed}${story[3]}</article></body></html>`, now });
    expect(a.paragraphs).toEqual(story.map((p) => p.replace(/<\/?p>/g, '')));
    expect(a.captions).toEqual(['People watch a TV news broadcast in Seoul. Photograph: Kim Hong-Ji/Reuters']);
  });

  it("leaves a newsletter's pitch out of a wire story, and a carousel's counter and the agency's sales link out of its caption", () => {
    const story = Array.from({ length: 4 }, (_, i) => `<div data-testid="paragraph-${i}">Paragraph ${i} of the wire story says the missile flew about 1,000 km before it fell into the sea, officials said.</div>`);
    const photo = '<figure><div class="carousel"><span>Item 1 of 2</span><img src="a.jpg"><figcaption><p>A TV screen shows a file image of a missile launch in Seoul, November 20, 2026. REUTERS/Kim Hong-Ji/File Photo <a href="https://www.reutersagency.com/">Purchase Licensing Rights</a>, opens new tab</p></figcaption></div></figure>';
    const promo = '<div data-testid="promo-box"><p>The Reuters Daily Briefing newsletter provides all the news you need to start your day. <a href="/newsletters/">Sign up here.</a></p></div>';
    const a = cleanArticle({ html: `<html><body><h1>Missile falls into the sea</h1><article><div class="article-body">${photo}${story[0]}${story[1]}${promo}${story[2]}${story[3]}</div></article></body></html>`, now });
    expect(a.paragraphs).toEqual(story.map((p) => p.replace(/<[^>]+>/g, '')));
    expect(a.captions).toEqual(['A TV screen shows a file image of a missile launch in Seoul, November 20, 2026. REUTERS/Kim Hong-Ji/File Photo']);
    // A sentence about a newsletter is no pitch.
    expect(cleanArticle({ html: `<html><body><article>${story.join('')}<p>The newsletter said analysts expect the ministry to ask companies to register.</p></article></body></html>`, now }).paragraphs).toHaveLength(5);
  });

  it("reads a board's record table: its title is the page's, its fields and caption are no text; a book's table of facts stays", () => {
    const statement = [
      "1. The Government strongly condemns North Korea's launch of an intercontinental ballistic missile, a clear violation of the UN Security Council resolutions.",
      '2. The Government urges North Korea to immediately cease its provocations and to return to dialogue without delay.',
      "3. The Government will keep working closely with the United States and Japan to respond firmly to North Korea's provocations. End.",
    ];
    const record = (labels: [string, string, string, string, string]) =>
      `<html><head><title>Press Releases | Ministry of Foreign Affairs</title></head><body><h2>Press Releases</h2><table><caption>Press Releases view</caption><tbody>` +
      `<tr><th>${labels[0]}</th><td colspan="3">Spokesperson's Statement on North Korea's ICBM Launch</td></tr>` +
      `<tr><th>${labels[1]}</th><td>2026-11-20</td><th>${labels[2]}</th><td>1532</td></tr><tr><th>${labels[3]}</th><td colspan="3">Spokesperson and Deputy Minister for Public Relations</td></tr>` +
      `<tr><td colspan="4">${statement.map((p) => `<p>${p}</p>`).join('')}</td></tr><tr><th>${labels[4]}</th><td colspan="3"><a href="/f">Statement_ENG.pdf</a></td></tr></tbody></table></body></html>`;
    for (const labels of [['Title', 'Date', 'Hits', 'Writer', 'Attachment'], ['제목', '작성일', '조회수', '작성자', '첨부파일']] as const) {
      const a = cleanArticle({ html: record([...labels]), now });
      expect([a.title, a.paragraphs]).toEqual(["Spokesperson's Statement on North Korea's ICBM Launch", statement]);
    }
    const review = Array.from({ length: 3 }, (_, i) => `<p>Paragraph ${i} of the review says why the novel still speaks to readers a century after it first appeared.</p>`).join('');
    const facts = '<table><tr><th>Title</th><td>The Great Gatsby</td></tr><tr><th>Author</th><td>F. Scott Fitzgerald</td></tr><tr><th>Publisher</th><td>Scribner</td></tr></table>';
    const b = cleanArticle({ html: `<html><head><title>Review: a jazz age classic</title></head><body><article>${review}${facts}</article></body></html>`, now });
    expect(b.title).toBe('Review: a jazz age classic');
    expect(b.paragraphs).toContain('Title | The Great Gatsby');
  });

  it("reads a board's post laid out in boxes: the marked subject over a title that is the page's path, the board's name over it and its fields out of the text", () => {
    const body = ['정부는 북한이 오늘 오전 대륙간탄도미사일을 발사한 데 대해 강한 유감을 표명합니다.', '북한의 이번 발사는 유엔 안전보장이사회 결의를 명백히 위반한 것으로, 한반도의 평화와 안정을 위협하는 도발입니다.', '정부는 북한이 도발을 즉각 중단하고 대화의 장으로 나올 것을 촉구합니다.'];
    const html =
      '<html><head><title>보도자료 | 알림마당 | 통일부</title></head><body><div id="content"><h2 class="sub_title">보도자료</h2><div class="board_view"><div class="view_head">' +
      '<h3 class="subject">통일부 대변인 논평: 북한의 대륙간탄도미사일 발사에 대하여</h3><ul class="info"><li><span>작성자</span> 대변인실</li><li><span>등록일</span> 2026-11-20</li><li><span>조회수</span> 1532</li></ul></div>' +
      `<div class="view_cont">${body.map((p) => `<p>${p}</p>`).join('')}</div></div></div></body></html>`;
    const a = cleanArticle({ html, now });
    expect([a.title, a.paragraphs]).toEqual(['통일부 대변인 논평: 북한의 대륙간탄도미사일 발사에 대하여', body]);
    expect(a.removed).toContainEqual({ text: '보도자료', reason: 'label' });
  });

  it("joins a credit printed apart to its figure's caption, drops a lone credit, and reads the BBC's and the NYT's caption markup", () => {
    const figure = (inner: string) => `<figure><img src="a.jpg"><figcaption>${inner}</figcaption></figure>`;
    const captions = (inner: string) => cleanArticle({ html: `<html><body><article>${missileReport.slice(0, 200)}${figure(inner)}${missileReport}</article></body></html>`, now }).captions;
    expect(captions('<span>North Korean leader Kim Jong Un attends a ceremony in Pyongyang. </span><span class="article_credit">(KCNA via Reuters)</span>')).toEqual(['North Korean leader Kim Jong Un attends a ceremony in Pyongyang. (KCNA via Reuters)']);
    expect(captions('<span class="hidden">Image source, </span><span class="credit">Getty Images</span><p><span class="hidden">Image caption, </span>People in Seoul watched news coverage of the launch</p>')).toEqual(['People in Seoul watched news coverage of the launch']);
    expect(captions('<span>A TV screen in Seoul shows a report on the launch.</span><span class="credit"><span>Credit...</span><span>Ahn Young-joon/Associated Press</span></span>')).toEqual(['A TV screen in Seoul shows a report on the launch. Credit: Ahn Young-joon/Associated Press']);
    expect(captions('<p class="photo_caption">Photo : YONHAP News</p>')).toEqual([]);
  });

  it("keeps a standfirst named in a CSS module's camel case or as the header's subheader, and a live page's post headlines, without the badges and stamps around them", () => {
    const page = (head: string, body = missileReport) =>
      cleanArticle({ html: `<html><head><title>North Korea fires ICBM</title></head><body><main><article>${head}<div class="article-body">${body}</div></article></main></body></html>`, now });
    const dek = 'The missile flew for 86 minutes before landing in the sea west of Japan, officials said.';
    expect(page(`<h1>North Korea fires ICBM</h1><div class="styles_articleDek__Icz5H">${dek}</div>`).paragraphs[0]).toBe(dek);
    expect(page(`<header class="doc_header"><div class="doc_header__rubric"><a href="/rubric/5">Мир</a></div><h1>North Korea fires ICBM</h1><h2 class="doc_header__subheader">${dek}</h2></header>`).paragraphs[0]).toBe(dek);
    const post = (title: string, text: string) =>
      `<div class="card-live"><div class="card-live__header"><div class="date-relative"><span class="screen-reader-text">Published On 6 Nov 2026</span><span>48 minutes ago</span></div><h2 class="card-live__title"><span>${title}</span></h2></div><div class="card-live__content"><p>${text}</p></div></div>`;
    const live = page(
      '<h1>North Korea fires ICBM</h1><div class="live-label">Live</div>',
      post("Russia says it 'understands' North Korea's concerns", 'Kremlin spokesman Dmitry Peskov told reporters that Moscow understands the concerns of Pyongyang about the military build-up in the region.') +
        post("China calls on 'all parties' to exercise restraint", 'Chinese Foreign Ministry spokesperson Lin Jian told a regular news briefing in Beijing that China has always been committed to peace and stability on the peninsula.'),
    );
    expect(live.paragraphs.map((p) => p.slice(0, 24))).toEqual(["Russia says it 'understa", 'Kremlin spokesman Dmitry', "China calls on 'all part", 'Chinese Foreign Ministry']);
  });

  it("drops the links to other stories Fox News sets in capitals between the paragraphs, and keeps a linked sentence and a heading in capitals", () => {
    const related = '<p><strong><a href="https://www.foxnews.com/world/kim-jong-un-sister-warns">KIM JONG UN\'S SISTER WARNS US OF \'UNIMAGINABLE CONSEQUENCES\'</a></strong></p>';
    const a = cleanArticle({ html: `<html><head><link rel="canonical" href="https://www.foxnews.com/world/a"></head><body><article>${missileReport.replace('</p>', `</p>${related}`)}<h2>WHAT COMES NEXT</h2>${missileReport}</article></body></html>`, now });
    expect(a.paragraphs.some((p) => p.startsWith('KIM JONG UN'))).toBe(false);
    expect(a.removed).toContainEqual({ text: "KIM JONG UN'S SISTER WARNS US OF 'UNIMAGINABLE CONSEQUENCES'", reason: 'related' });
    expect(a.paragraphs).toContain('WHAT COMES NEXT');
  });

  it("reads a photo's caption and credit in plain boxes named for them (RIA's, Kommersant's, Folha's), with the credit's label left out", () => {
    const captions = (photo: string) => cleanArticle({ html: `<html><body><article>${missileReport.slice(0, 200)}${photo}${missileReport}</article></body></html>`, now }).captions;
    const kim = 'Kim Jong Un inspects a missile launcher in Pyongyang.';
    expect(captions(`<div class="photoview__open"><img src="a.jpg"><div class="media__copyright">© РИА Новости / Сергей Гунеев</div></div><div class="media__description">${kim}</div>`)).toEqual([kim]);
    expect(captions(`<div class="article__photo"><img src="a.jpg"><div class="article__photo__desc">${kim} | Foto: Reuters</div></div>`)).toEqual([`${kim} | Foto: Reuters`]);
    expect(captions(`<figure><img src="a.jpg"><figcaption class="widget-image__subtitle">${kim} - <span class="widget-image__credits">Heinrich Aikawa/Instituto Lula</span></figcaption></figure>`)).toEqual([`${kim} - Heinrich Aikawa/Instituto Lula`]);
    // Le Monde hides its caption from screen readers only (the picture's alt text reads it out).
    expect(captions(`<figure><img src="a.jpg" alt="${kim}"><figcaption class="article__legend" aria-hidden="true">${kim} <span class="article__credit" aria-hidden="true">KIM HONG-JI / REUTERS</span></figcaption></figure>`)).toEqual([`${kim} KIM HONG-JI / REUTERS`]);
    expect(captions(`<figure><img src="a.jpg"><figcaption><span itemprop="caption">${kim}</span><span class="e-caption__credit"><span class="e-caption__credit-description">Credit</span>: Photo: PA</span></figcaption></figure>`)).toEqual([`${kim} Photo: PA`]);
  });

  it('takes a section link over the headline for a label, and a "bylines" box and a name read twice for screen readers for the writer', () => {
    const html =
      '<html><head><title>Kim seeks summit with Japan | Nikkei Asia</title></head><body><article><p class="topic"><a href="/Politics/International-relations">International relations</a></p><h1>Kim seeks summit with Japan</h1>' +
      `<div class="article-header_bylines"><a href="/Author/Rurika-Imahashi">Rurika Imahashi</a>, <span>Nikkei staff writer</span></div><p>TOKYO -- North Korean leader Kim Jong Un is open to a summit with Japan, a source familiar with the contacts said.</p>${missileReport}</article></body></html>`;
    const a = cleanArticle({ html, now });
    expect([a.dateline, a.paragraphs[0]]).toEqual([{ place: 'Tokyo', agency: null }, 'North Korean leader Kim Jong Un is open to a summit with Japan, a source familiar with the contacts said.']);
    expect(a.removed).toContainEqual({ text: 'International relations', reason: 'label' });
    expect(cleanAuthor("Kristen Falc'honKristen Falc'hon")).toBe("Kristen Falc'hon");
  });

  it("takes a section's trail of links under the headline for a label ('<a>정치</a> <a>북한</a>'), not a subheading that opens the text", () => {
    const page = (top: string) => cleanArticle({ html: `<html><head><title>Missile falls into the sea</title></head><body><article><h1>Missile falls into the sea</h1>${top}${missileReport}</article></body></html>`, now });
    const trail = page('<p class="section"><a href="/politics">정치</a> <a href="/nk">북한</a></p>');
    expect(trail.paragraphs[0]).toMatch(/^Paragraph 0/);
    expect(trail.removed).toContainEqual({ text: '정치 북한', reason: 'label' });
    expect(page('<h2>Background</h2>').paragraphs[0]).toBe('Background');
  });

  it("sets aside captions in boxes named pic-desc (Huanqiu) and …subscr (Kommersant's подпись)", () => {
    for (const cls of ['pic-desc', 'doc_media__subscr']) {
      const a = cleanArticle({ html: `<html><body><article>${missileReport}<div><img src="a.jpg"><p class="${cls}">A file photo of a missile launch released by state media</p></div>${missileReport}</article></body></html>`, now });
      expect(a.captions, cls).toEqual(['A file photo of a missile launch released by state media']);
    }
  });

  it("drops the items of a related-stories list with their stamps and sections beside the links", () => {
    const related = '<section><h2>Related</h2><ul><li><a href="/news/c1">North Korea says it tested new hypersonic missile</a><time>3 days ago</time><span>Asia</span></li><li><a href="/news/c2">Seoul and Tokyo hold talks on missile threat</a><time>6 Oct 2025</time><span>Asia</span></li></ul></section>';
    const a = cleanArticle({ html: `<html><body><article>${missileReport}${related}</article></body></html>`, now });
    expect(a.text).not.toMatch(/hypersonic|Seoul and Tokyo/);
    expect(a.paragraphs).toHaveLength(4);
  });

  it("takes the story of a page drawn by script from its JSON-LD articleBody, however short", () => {
    const body = 'North Korea fired a ballistic missile on Thursday, South Korea\'s military said.\n\nThe missile flew about 1,000km before landing in the sea, the Joint Chiefs of Staff said.';
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'North Korea fires missile', articleBody: body });
    const html = `<html><head><script type="application/ld+json">${ld}</script></head><body><div id="root"></div><noscript>You need to enable JavaScript to run this app.</noscript></body></html>`;
    expect(cleanArticle({ html, now }).paragraphs).toEqual(body.split('\n\n'));
  });

  it('takes a name alone in bold or italics that closes the story for its writer, where nothing else names one', () => {
    const story = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i} of the match report says who scored, who saved and what comes next in the league.</p>`).join('');
    const page = (head: string, end: string) => cleanArticle({ html: `<html><head>${head}</head><body><article>${story}${end}</article></body></html>`, now });
    expect(page('', '<p><b><i>Stefan Wasmer</i></b></p>').author).toBe('Stefan Wasmer');
    expect(page('', '<p><strong>Stefan Wasmer</strong></p>').paragraphs.at(-1)).toBe('Stefan Wasmer');
    // The page's own author comes first; a heading in capitals and a plain last line sign nothing.
    expect(page('<meta name="author" content="Jane Doe">', '<p><b>Stefan Wasmer</b></p>').author).toBe('Jane Doe');
    expect(page('', '<p><b>SOCIAL MEDIA SEITEN</b></p>').author).toBeNull();
    expect(page('', '<p>Stefan Wasmer</p>').author).toBeNull();
  });

  it('gives text in Unicode composed form, whichever form the page used', () => {
    const decomposed = 'Cafe\u0301 owners in the capital said the new rules would close many of them before the summer season.';
    const html = `<html><head><title>Cafe\u0301 rules</title></head><body><article>${`<p>${decomposed}</p>`.repeat(4)}</article></body></html>`;
    const a = cleanArticle({ html, now });
    expect(a.paragraphs[0]).toBe('Caf\u00e9 owners in the capital said the new rules would close many of them before the summer season.');
    expect(a.title).toBe('Caf\u00e9 rules');
    const text = cleanArticle({ text: `${decomposed}\n\n${decomposed.replace('capital', 'city')}`, now });
    expect(text.paragraphs[0]).toMatch(/^Caf\u00e9 /);
  });

  it('leaves out the headline when the page heading words it a little differently from the title, and a date line with its time zone', () => {
    const prose = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i} of the review says what the headset does, what it costs and who it is for.</p>`).join('');
    const head = '<h1>Apple’s Vision Pro is the Retina display moment for headsets</h1><p>Jun 7, 2023, 8:54 PM UTC</p>';
    const html = `<html><head><meta property="og:title" content="Apple’s Vision Pro hands-on: the Retina display moment for headsets"></head><body><article>${head}${prose}</article></body></html>`;
    const a = cleanArticle({ html, now });
    expect(a.title).toBe('Apple’s Vision Pro hands-on: the Retina display moment for headsets');
    expect(a.paragraphs).toHaveLength(4);
    expect(a.removed.map((r) => r.reason)).toEqual(expect.arrayContaining(['title', 'timestamp']));
  });

  it('keeps a post whose only images are smilies, an avatar and a hidden tracking pixel', () => {
    const prose = Array.from({ length: 3 }, (_, i) => `<p>Paragraph ${i} of the thread starts the story of the cat, who went out early and came back late.</p>`).join('');
    const post =
      '<div class="message-inner"><img class="avatar-u81656-m" src="a.jpg"><div class="bbWrapper">Today he was out since five o’clock <img class="smilie smilie--sprite" alt=":)"> and came in at ten <img class="smilie" alt=":D">, now he sleeps on the bed. <img src="https://pixel.example/p.gif" style="display:none"></div></div>';
    const a = cleanArticle({ html: `<html><body><article>${prose}${post}</article></body></html>`, now });
    expect(a.paragraphs.at(-1)).toMatch(/^Today he was out since five o’clock/);
  });

  it('joins a drop cap set apart from its paragraph back to the word', () => {
    const rest = Array.from({ length: 3 }, (_, i) => `<p>Paragraph ${i} of the story says which countries were added and when the new rules begin.</p>`).join('');
    const html = `<html><body><article><div class="body"><span class="dropcap">T</span><p>urkey, Poland and the Caribbean islands have been removed from the list of travel corridors.</p>${rest}</div></article></body></html>`;
    expect(cleanArticle({ html, now }).paragraphs[0]).toBe('Turkey, Poland and the Caribbean islands have been removed from the list of travel corridors.');
  });

  it('throws a clear error on empty input', () => {
    expect(() => cleanArticle({ html: '   ' })).toThrow(/empty/);
    expect(() => cleanArticle({ bytes: new Uint8Array() })).toThrow(/empty/);
    expect(() => cleanArticle({})).toThrow(/no bytes, html or text/);
  });

  it('throws on binary input', () => {
    const bytes = new Uint8Array(2000).map((_, i) => (i * 7919) % 256);
    expect(() => cleanArticle({ bytes })).toThrow(/binary|decode/);
  });

  // Unclosed tags nest every box after them inside the one before: thousands deep on broken pages.
  it('tells furniture from the story when thousands of unclosed furniture boxes nest, each with text of its own', () => {
    const story = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i} of the story tells what happened, who said it, and why it matters to readers.</p>`);
    const sidebars = '<div class="sidebar">Sidebar note, one of many. '.repeat(3000);
    const { paragraphs } = cleanArticle({ html: `<html><body><article>${story.join('')}</article>${sidebars}</body></html>`, now });
    expect(paragraphs).toEqual(story.map((p) => p.slice(3, -4)));
  });

  it("dates a page from a page header nested deep in unclosed boxes, but not when a comment box is among them", () => {
    const story = '<p>The story tells what happened, who said it, and why it matters to readers, at some length.</p>'.repeat(4);
    const page = (box: string) =>
      `<html><body>${'<div class="header">'.repeat(1500)}${box}<p>Handball Schweiz • 02.02.2022</p>${'</div>'.repeat(1500)}<article>${story}</article></body></html>`;
    expect(cleanArticle({ html: page(''), now }).publishedDate).toBe('2022-02-02');
    expect(cleanArticle({ html: page('<div class="comments">'), now }).publishedDate).toBeNull();
  });

  it('sets aside each caption of a gallery of thousands of pictures once', () => {
    const figures = Array.from(
      { length: 3000 },
      (_, i) => `<figure><img src="/g/${i}.jpg"><figcaption>Photo ${i % 1500} of the delegation (Yonhap)</figcaption></figure><p>Paragraph ${i} tells what happened, who said it, and why it matters.</p>`,
    );
    const { captions, paragraphs } = cleanArticle({ html: `<html><body><article>${figures.join('')}</article></body></html>`, now });
    expect(paragraphs).toHaveLength(3000);
    expect(captions).toEqual(Array.from({ length: 1500 }, (_, i) => `Photo ${i} of the delegation (Yonhap)`));
  });

  it('copes with a deeply nested page without overflowing the stack', () => {
    const depth = 20000;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>Deep inside the page there is a paragraph of text that should be found.</p>${'</div>'.repeat(depth)}</body></html>`;
    expect(cleanArticle({ html, now }).paragraphs).toEqual(['Deep inside the page there is a paragraph of text that should be found.']);
  });
});
