import { describe, expect, it } from 'vitest';
import { dateFromUrl, dayIn, outletOffset, parseDate, scriptOffset, sourceDay, sourceOffset, sourceZone, yearlessDate } from '../src/dates.ts';
import { cleanArticle } from '../src/index.ts';
import { cleanAuthor } from '../src/metadata.ts';

const now = new Date('2024-01-01T00:00:00Z');
const story = '<p>A paragraph of the story that says what happened, who said it and why it matters to people.</p>'.repeat(5);
/** Raw author fields and what cleanAuthor should make of them (null: no name). */
const expectAuthors = (cases: [string, string | null][]) => {
  for (const [raw, name] of cases) expect(cleanAuthor(raw), raw).toBe(name);
};

describe('author', () => {
  it('takes the name out of bylines and author fields', () => {
    expectAuthors([
      ['Posted on September 21, 2020 by Adi Tzlil', 'Adi Tzlil'],
      ['David · 18. Oktober 2019', 'David'],
      ['Posted on', null],
      ['Veröffentlicht vonChris Jung', 'Chris Jung'],
      ['Author: Bo2man am 29.12.2010, 13:36 Uhr', 'Bo2man'],
      ['Janic Cathomen, 01.12.2021', 'Janic Cathomen'],
      ['Rob Picheta, CNN', 'Rob Picheta'],
      ['Text und Interview: Harald Willenbrock', 'Harald Willenbrock'],
      ['Written by: Charnele Henry', 'Charnele Henry'],
      ['Matthew Miller, Department Spokesperson', 'Matthew Miller'],
      // Lower-case words that are no particle of a name are a phrase; a login is one word.
      ['von deinen Hochzeitsbloggern', null],
      ['wegewerk GmbH', null],
      ['jancak', 'jancak'],
      ['de la Cruz', 'de la Cruz'],
      ['van der Berg', 'van der Berg'],
      ['Veröffentlicht von: Chris Jung', 'Chris Jung'],
      ['Luana Patriolino, Raphael Felice', 'Luana Patriolino, Raphael Felice'],
    ]);
  });

  it("leaves the wire, a bracketed address and a date in any spelling out of the writer's name", () => {
    expectAuthors([
      ['Kim Tong-Hyung, Associated Press', 'Kim Tong-Hyung'],
      ['Hyonhee Shin, Reuters', 'Hyonhee Shin'],
      ['LEE SOO-JIN [lee.soojin@joongang.co.kr]', 'LEE SOO-JIN'],
      ["Chad O'Carroll | November 20, 2026", "Chad O'Carroll"],
      ['Newsdesk 28. Januar 2022', 'Newsdesk'],
      ['Jane Doe 20.11.2026 09:12', 'Jane Doe'],
      ['Reuters', 'Reuters'],
      ['Team 21 Redaktion', 'Team 21 Redaktion'],
    ]);
  });

  it('reads the writer from a stamp line that names them, in a dump and on a page', () => {
    const lines = ["N. Korea's missile launch signals new phase, experts say", "By Chad O'Carroll | November 20, 2026",
      "North Korea's latest ballistic missile launch signals a new phase in its weapons program, experts told NK News on Friday.",
      'The launch, the third this year, came days after the allies wrapped up a joint air exercise over the peninsula.'];
    expect(cleanArticle({ text: lines.join('\n'), now }).author).toBe("Chad O'Carroll");
    const html = `<html><body><article><h1>${lines[0]}</h1><p>${lines[1]}</p><p>${lines[2]}</p><p>${lines[3]}</p>${story}</article></body></html>`;
    expect(cleanArticle({ html, now }).author).toBe("Chad O'Carroll");
  });

  it("refuses a CMS's user id, and keeps a blogger's handle", () => {
    expectAuthors([['F_2101', null], ['CC7567', null], ['delta201', 'delta201'], ['TAG24', 'TAG24']]);
    // A post with the region it covers: "Asia Correspondent", "Tokyo correspondent".
    expectAuthors([['Nicola Smith, Asia Correspondent', 'Nicola Smith'], ['Julian Ryall, Tokyo correspondent', 'Julian Ryall'], ['Smith, John', 'Smith, John']]);
  });

  it('refuses labels, dates, handles and web addresses', () => {
    for (const raw of ['Von', 'Posted', 'Name*', 'Donnerstag, 4. November 2021', '@dangoodin001', 'harbournews.de']) expect(cleanAuthor(raw), raw).toBeNull();
  });

  it('takes the author from a "By" line of the text when the metadata names none', () => {
    const html = `<html><body><article><h1>Talks resume</h1><p>By Jane Doe and John Roe</p>${story}</article></body></html>`;
    const a = cleanArticle({ html, now });
    expect(a.author).toBe('Jane Doe and John Roe');
    expect(a.paragraphs[0]).not.toMatch(/^By /);
  });
});

describe('author fields as publishers fill them', () => {
  it('decodes, de-duplicates and drops what is no name', () => {
    expectAuthors([
      ['Redacci&oacute;n Diario Pagina Siete', 'Redacción Diario Pagina Siete'],
      ['Kathrin Führes Kathrin Führes', 'Kathrin Führes'],
      ['Anna Anna', 'Anna Anna'],
      ['vom Support Team', 'Support Team'],
      ['ByJ.R. Stone', 'J.R. Stone'],
      ['No Author', null],
      ['9 articles', null],
      // A role word after a separator goes; without one it may be part of a pen name.
      ['Jane Doe, Reporter', 'Jane Doe'],
      ['Rasender Reporter', 'Rasender Reporter'],
    ]);
  });

  it('finds the name behind a date, a "more from" link or a label, and leaves an account or a dangling word behind', () => {
    expectAuthors([
      ['29. Juni 2017, 23:39 · von Tobi', 'Tobi'],
      ['17 April 2012', null],
      ['Mehr von Catch more fish', 'Catch more fish'],
      ['More from Jane Doe', 'Jane Doe'],
      ['Artikel von', null],
      ['Article by', null],
      ['Williams Perdomo @wperdomod', 'Williams Perdomo'],
      ['Isabella.DiBiase am', 'Isabella.DiBiase'],
      ['Eingestellt von der Michel', 'der Michel'],
      ['Zeige alle Beiträge von Petra Ruland', 'Petra Ruland'],
      ['By GILLIAN MOHNEY March 11, 2015 3:46 PM', 'GILLIAN MOHNEY'],
      ['Donnerstag', null],
      ['sarah sagt', null],
      ['stephangoeldi said, on August 3', null],
      ['Ebenfalls alles Gute! Kommentar von jancak', null],
    ]);
  });
});

describe('author sources', () => {
  it("reads an hCard byline ('vcard author'), but neither a blog's <h1> under that class nor a commenter's card", () => {
    const post = (byline: string) => `<div class="post hentry"><h3 class="entry-title">A post</h3>${byline}${story}</div>`;
    const page = (...parts: string[]) => `<html><body>${parts.join('')}</body></html>`;
    const siteHeader = '<h1 class="vcard author">Crime Blog Archive</h1>';
    const comments = '<ol class="commentlist"><li><div class="comment-author vcard"><cite class="fn">sarah</cite></div><p>Lovely post, thank you for writing it!</p></li></ol>';
    expect(cleanArticle({ html: page(siteHeader, post('<h4 class="vcard author"><span class="fn">Crimeblogger</span></h4>')), now }).author).toBe('Crimeblogger');
    expect(cleanArticle({ html: page(siteHeader, post('')), now }).author).toBeNull();
    expect(cleanArticle({ html: page(post(''), comments), now }).author).toBeNull();
  });

  it("reads Korean dotted stamps with spaces, an all-digit stamp in a tag, and a date in a BEM-named element, not a teaser's", () => {
    expect(parseDate('입력 2025. 1. 14. 10:12', 540)?.iso).toBe('2025-01-14T01:12:00.000Z');
    expect(parseDate('20250114101203', 540)?.iso).toBe('2025-01-14T01:12:03.000Z');
    const story = Array.from({ length: 4 }, (_, i) => `<p>Абзац ${i}: официальный представитель МИД заявила, что Россия призывает все стороны к сдержанности и диалогу.</p>`).join('');
    const page = (meta: string, after = '') =>
      `<html><head><title>Комментарий официального представителя МИД России</title></head><body>${meta}<h1>Комментарий официального представителя МИД России</h1><div class="text">${story}</div>${after}</body></html>`;
    expect(cleanArticle({ html: page('<div class="announce__meta"><span class="announce__date">13.03.2025 17:20</span></div>'), url: 'https://www.mid.ru/ru/foreign_policy/news/1/', now: new Date('2026-01-01T00:00:00Z') }).publishedAt).toBe('2025-03-13T14:20:00.000Z');
    expect(cleanArticle({ html: page('', '<div class="default-teaser"><a href="/2">Другая новость</a><span class="default-teaser__date">01.07.2020</span></div>'), url: 'https://www.mid.ru/ru/foreign_policy/news/1/', now: new Date('2026-01-01T00:00:00Z') }).publishedAt).toBeNull();
  });

  it('takes the reporter in the byline over an agency named as the author, and reads cXense\'s author tag', () => {
    const page = (head: string, byline: string) =>
      `<html><head>${head}</head><body><h1>北, 동해상으로 탄도미사일 발사</h1><span class="txt_info">${byline}</span><article>${story}</article></body></html>`;
    expect(cleanArticle({ html: page('<meta property="og:article:author" content="뉴스1">', '<span class="byline">박응진 기자</span>'), now }).author).toBe('박응진');
    expect(cleanArticle({ html: page('<meta name="cXenseParse:author" content="太田成美">', ''), now }).author).toBe('太田成美');
  });

  it("names the site without the tagline its tag adds", () => {
    const site = (name: string) => cleanArticle({ html: `<html><head><meta property="og:site_name" content="${name}"></head><body><article>${story}</article></body></html>`, now }).siteName;
    expect(site('38 North: Informed Analysis of North Korea')).toBe('38 North');
    expect(site('NK News - North Korea News')).toBe('NK News');
    expect([site('Korea JoongAng Daily'), site('☆☆☆☆☆ - Journalistenwatch e.V. - Aktuelle Geschehnisse'), site('BBC News - Home')]).toEqual(['Korea JoongAng Daily', '☆☆☆☆☆ - Journalistenwatch e.V. - Aktuelle Geschehnisse', 'BBC News - Home']);
  });

  it("reads a live post's byline and drops where each writer filed from", () => {
    expect(cleanAuthor('From CNN’s Yoonjung Seo in Seoul')).toBe('Yoonjung Seo');
    expect(cleanAuthor("From The Guardian's Justin McCurry")).toBe('Justin McCurry');
    expect(cleanAuthor('By Hyonhee Shin in Seoul and Kantaro Komiya in Tokyo')).toBe('Hyonhee Shin and Kantaro Komiya');
    expect(cleanAuthor('Lost in Translation')).toBe('Lost in Translation');
    const post = (i: number) =>
      `<article class="live-story-post"><header><span class="ts">${i}:41 a.m. ET, November 20, 2026</span><h2>Headline of post ${i} about the launch</h2><span class="byline">From CNN’s Kevin Liptak</span></header><div><p>Paragraph one of post ${i} says the missile flew about 1,000km before falling into the sea, officials said.</p><p>Paragraph two of post ${i} says Tokyo lodged a protest through diplomatic channels in Beijing.</p></div></article>`;
    // The byline set inline after the post's heading is a byline, not a paragraph.
    const a = cleanArticle({ html: `<html><body><main><h1>Live news</h1>${post(9)}${post(8)}${post(7)}</main></body></html>`, now });
    expect([a.author, a.paragraphs.some((p) => p.startsWith('From CNN'))]).toEqual(['Kevin Liptak', false]);
  });

  it('reads a byline whose "By" and date sit in elements of their own beside the name', () => {
    expect(cleanAuthor('ByAlex Moreno Thursday, November 9, 2023')).toBe('Alex Moreno');
    expect(cleanAuthor('Byron Smith')).toBe('Byron Smith');
  });

  it('reads a byline element whose class names the author\'s name ("authorname-txt", "authorName") outside the story', () => {
    for (const cls of ['authorname-txt', 'authorName', 'article-author-name']) {
      const html = `<html><body><div class="header"><span class="time">02/10/2020</span><span class="${cls}"><span class="truncate">Anna Fazackerley</span></span></div><article>${story}</article></body></html>`;
      expect(cleanArticle({ html, url: 'https://example.com/news/university', now }).author, cls).toBe('Anna Fazackerley');
    }
  });

  it('resolves a JSON-LD author given by reference to a Person node of the graph', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Article', headline: 'Budget agreed', author: { '@id': 'https://example.org/#/schema/person/1' } },
        { '@type': 'Person', '@id': 'https://example.org/#/schema/person/1', name: 'Ines Okafor' },
      ],
    };
    const html = `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><article>${story}</article></body></html>`;
    expect(cleanArticle({ html, now }).author).toBe('Ines Okafor');
  });

  it("prefers a byline naming people to a publisher named as the author, and keeps the publisher over a byline that names no one", () => {
    const page = (author: object, byline: string, site = 'Klima Magazin') => {
      const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Budget agreed', author, publisher: { '@type': 'Organization', name: site } };
      return `<html><head><meta property="og:site_name" content="${site}"><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><article><div class="byline">${byline}</div>${story}</article></body></html>`;
    };
    const author = (html: string) => cleanArticle({ html, now, url: 'https://www.klima-magazin.de/a' }).author;
    // The author typed an organization, the site's name, or its domain spelt out.
    expect(author(page({ '@type': 'Organization', name: 'Klima Redaktion GmbH' }, 'Christian Mihatsch'))).toBe('Christian Mihatsch');
    expect(author(page({ '@type': 'Person', name: 'Klima Magazin' }, 'Laura Jordán / Javier Urbina'))).toBe('Laura Jordán / Javier Urbina');
    expect(author(page({ name: 'Klima Magazin (www.klima-magazin.de)' }, 'Julia Hitz (eg)'))).toBe('Julia Hitz (eg)');
    // A body named by its legal form or its kind, though not typed an organization.
    expect(author(page({ '@type': 'Person', name: 'Bund der Energieverbraucher e.V.' }, 'Leonora Holling'))).toBe('Leonora Holling');
    expect(author(page({ name: 'Süddeutsche.de GmbH, Munich, Germany' }, 'Markus Balser und Klaus Ott'))).toBe('Markus Balser und Klaus Ott');
    expect(author(page({ '@type': 'Person', name: 'Bund der Energieverbraucher e.V.' }, 'Cortesía'))).toBe('Bund der Energieverbraucher e.V.');
    // A byline that is a date, a credit or a single word is no better than the publisher.
    expect(author(page({ '@type': 'Organization', name: 'Klima Magazin' }, 'Publiziert 02/02/2022 um 09:23 GMT'))).toBe('Klima Magazin');
    expect(author(page({ '@type': 'Organization', name: 'Klima Magazin' }, 'Photograph by Ed Marshall'))).toBe('Klima Magazin');
    expect(author(page({ '@type': 'Organization', name: 'Klima Magazin' }, 'Cortesía'))).toBe('Klima Magazin');
    // A person the site owns (Yoast types them Person and Organization) is a writer like any other.
    expect(author(page({ '@type': ['Person', 'Organization'], name: 'Christoph Hein' }, 'Christoph Hein Chefredakteur'))).toBe('Christoph Hein');
  });

  it('takes a bare "Von NAME" closing the story over a publisher named as the author, and only then', () => {
    const page = (author: object) => {
      const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Kirche saniert', author };
      return `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><article>${story}<p><em>Von Cosima Künzel</em></p></article></body></html>`;
    };
    const author = (html: string) => cleanArticle({ html, now, url: 'https://www.ln-online.de/a' }).author;
    expect(author(page({ '@type': 'Organization', name: 'LN' }))).toBe('Cosima Künzel');
    // A person named by the metadata stays: the closing line may be a teaser's.
    expect(author(page({ '@type': 'Person', name: 'Jane Roe' }))).toBe('Jane Roe');
  });

  it("reads a Japanese paper's page: the site's name after '：' off the title, the byline's place and date off the reporter", () => {
    const html = `<html><head><title>北朝鮮、弾道ミサイル発射\u3000ＥＥＺ外に落下か：朝日新聞デジタル</title><meta property="og:site_name" content="朝日新聞デジタル"></head><body><article><h1>北朝鮮、弾道ミサイル発射\u3000ＥＥＺ外に落下か</h1><div class="byline">ソウル＝太田成美<span class="date">2023年3月5日 8時12分</span></div>${story}</article></body></html>`;
    const a = cleanArticle({ html, now });
    expect(a.title).toBe('北朝鮮、弾道ミサイル発射 ＥＥＺ外に落下か');
    expect(a.author).toBe('太田成美');
    expect(a.paragraphs[0]).not.toContain('北朝鮮');
    // A Chinese title's kicker before '：' is part of it.
    const kicker = `<html><head><title>外交部：中方希望各方保持克制</title></head><body><article>${story}</article></body></html>`;
    expect(cleanArticle({ html: kicker, now }).title).toBe('外交部：中方希望各方保持克制');
  });

  it('prefers a byline naming people to a login given as the author, and keeps a name written as one word with capitals', () => {
    const page = (name: string, byline: string) => {
      const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Budget agreed', author: { '@type': 'Person', name } };
      return `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><article><div class="byline">${byline}</div>${story}</article></body></html>`;
    };
    const author = (html: string) => cleanArticle({ html, now, url: 'https://news.example.org/a' }).author;
    expect(author(page('edilson.la.rosa', 'Edilson La Rosa'))).toBe('Edilson La Rosa');
    expect(author(page('arianschlichenmayer', 'von Arian Schlichenmayer'))).toBe('Arian Schlichenmayer');
    expect(author(page('jane_doe-2', 'Jane Doe'))).toBe('Jane Doe');
    expect(author(page('jane@example.org', 'Jane Doe'))).toBe('Jane Doe');
    // A login with no byline naming anyone stays: it still tells who posted.
    expect(author(page('edilson.la.rosa', 'Redaktion'))).toBe('edilson.la.rosa');
    // Names are not logins, whatever their spelling.
    expect(author(page('Mihatsch', 'Jane Doe'))).toBe('Mihatsch');
    expect(author(page('김철수', 'Jane Doe'))).toBe('김철수');
  });

  it("names every writer of a byline where the metadata gives only the first, but adds no desk, label or stranger", () => {
    const page = (head: string, byline: string) =>
      `<html><head>${head}</head><body><article><h1>Missile launched</h1><div class="byline">${byline}</div>${story}</article></body></html>`;
    const ld = (name: string) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Missile launched', author: { '@type': 'Person', name } })}</script>`;
    const author = (html: string) => cleanArticle({ html, now }).author;
    expect(author(page(ld('Kim Tong-Hyung'), 'By Kim Tong-Hyung and Mari Yamaguchi'))).toBe('Kim Tong-Hyung and Mari Yamaguchi');
    expect(author(page(ld('Isabel Caro'), 'Isabel Caro, Rocío Latorre y José Miguel Wilson'))).toBe('Isabel Caro, Rocío Latorre y José Miguel Wilson');
    // Each writer a link to their page: the list closes after its links.
    const links = 'By <a href="/author/kim">Kim Tong-Hyung</a>, <a href="/author/mari">Mari Yamaguchi</a> &amp; <a href="/author/hyung">Hyung-jin Kim</a>';
    expect(author(page('<meta name="author" content="Kim Tong-Hyung">', links))).toBe('Kim Tong-Hyung, Mari Yamaguchi & Hyung-jin Kim');
    // A desk or a label is no co-author; nor are the writers of a byline without the author.
    expect(author(page(ld('Mathilda Trausch'), 'Mathilda Trausch, Online-Redaktion Veröffentlicht'))).toBe('Mathilda Trausch');
    expect(author(page(ld('Brenda Goodman'), 'Brenda Goodman, MA WebMD Health News'))).toBe('Brenda Goodman');
    expect(author(page(ld('Kim Tong-Hyung'), 'By Hyung-jin Kim and Mari Yamaguchi'))).toBe('Kim Tong-Hyung');
  });

  it('takes the reporter over an agency or outlet given as the author, and keeps the outlet where no one is named', () => {
    const lead = '(서울=연합뉴스) 김수연 기자 = 북한이 20일 오전 동해상으로 탄도미사일을 발사했다고 합동참모본부가 밝혔다.';
    const rest = '<p>합참은 이날 "북한이 오전 7시 40분께 평양 일대에서 동해상으로 탄도미사일 1발을 발사했다"고 말했다.</p>'.repeat(3);
    const portal = `<html><head><meta name="twitter:creator" content="연합뉴스"></head><body><article><p>${lead}</p>${rest}</article></body></html>`;
    expect(cleanArticle({ html: portal, now }).author).toBe('김수연');
    const wire = (byline: string) =>
      `<html><head><meta name="author" content="Yonhap"></head><body><article><div class="byline">${byline}</div>${story}</article></body></html>`;
    expect(cleanArticle({ html: wire('By Kim Soo-yeon'), now }).author).toBe('Kim Soo-yeon');
    expect(cleanArticle({ html: wire(''), now }).author).toBe('Yonhap');
    // The site named as the author gives way to the reporter who signs with an address.
    const signed = `<html><head><meta property="og:site_name" content="Korea JoongAng Daily"><meta name="author" content="Korea JoongAng Daily"></head><body><article>${story}<p>BY LEE SOO-JIN [lee.soojin@joongang.co.kr]</p></article></body></html>`;
    const a = cleanArticle({ html: signed, now });
    expect(a.author).toBe('LEE SOO-JIN');
    expect(a.paragraphs.at(-1)).not.toContain('@');
  });

  it("takes the name from Yoast's 'Written by' reading card, and a byline marked only by data-testid", () => {
    const card = (name: string) => `<html><head><meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="${name}"></head><body><article>${story}</article></body></html>`;
    expect(cleanArticle({ html: card('Jonas Berg'), now }).author).toBe('Jonas Berg');
    // The desk is who wrote it ("Verfasst von: Redaktion", "By Staff"); a CMS role is no one.
    expect(cleanArticle({ html: card('Redaktion'), now }).author).toBe('Redaktion');
    expect(cleanArticle({ html: card('Staff'), now }).author).toBe('Staff');
    expect(cleanArticle({ html: card('editor'), now }).author).toBeNull();
    expect(cleanArticle({ html: card('Administrator'), now }).author).toBeNull();
    // … and gives way to a byline that names the writers.
    const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Budget agreed', author: { '@type': 'Person', name: 'Redaktion' } };
    const desk = `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><article><div class="byline">Jane Doe</div>${story}</article></body></html>`;
    expect(cleanArticle({ html: desk, now }).author).toBe('Jane Doe');
    const testid = `<html><body><article><div data-testid="prism-byline"><span>By</span><a href="/team/mia">Mia Lund</a></div>${story}</article></body></html>`;
    expect(cleanArticle({ html: testid, now }).author).toBe('Mia Lund');
  });
});

describe('date', () => {
  it("reads a weekday in brackets before the time, Xinhua's run-together spans, People's Daily's address and RT's Moscow time, and a dump's stamp after the outlet's name", () => {
    expect(parseDate('2026/11/5(木) 9:41', 540)?.iso).toBe('2026-11-05T00:41:00.000Z');
    expect(parseDate('2026.11.05(목) 09:41', 540)?.iso).toBe('2026-11-05T00:41:00.000Z');
    expect(parseDate('2026 11/05 09:41:00', 480)?.iso).toBe('2026-11-05T01:41:00.000Z');
    expect(dateFromUrl('http://en.people.cn/n3/2024/0521/c90000-20171234.html')?.local).toBe('2024-05-21');
    expect(sourceOffset('https://russian.rt.com/world/news/1234567-kndr')).toBe(180);
    // Yahoo! Japan's stamp has no year: the weekday gives it (5 November was a Thursday in 2026, a Wednesday in 2025).
    const dec2026 = new Date('2026-12-01T00:00:00Z');
    expect(yearlessDate('11/5(木) 9:41', 540, dec2026)?.iso).toBe('2026-11-05T00:41:00.000Z');
    expect(yearlessDate('11/5(水) 9:41', 540, dec2026)?.iso).toBe('2025-11-05T00:41:00.000Z');
    expect(yearlessDate('11/5(月) 9:41', 540, dec2026)).toBeNull();
    expect(cleanArticle({ html: `<html><body><article><time>11/5(木) 9:41</time>配信${story}</article></body></html>`, url: 'https://news.yahoo.co.jp/articles/abc', now: dec2026 }).publishedAt).toBe('2026-11-05T00:41:00.000Z');
    const dump = (stamp: string, url: string) =>
      cleanArticle({ text: `${stamp}\nChina calls for restraint on the peninsula\n\n${'Beijing urged all parties to exercise restraint after the launch, a ministry spokesman said on Tuesday.\n\n'.repeat(3)}`, url, now: new Date('2026-12-01') }).publishedAt;
    expect(dump("(People's Daily Online) 09:21, May 21, 2024", 'http://en.people.cn/n3/2024/0521/c90000-20171234.html')).toBe('2024-05-21T01:21:00.000Z');
    expect(dump('环球时报 2024-05-12 18:30 北京', 'https://mp.weixin.qq.com/s/abc')).toBe('2024-05-12T10:30:00.000Z');
  });

  it('reads day-month-year dates in more languages', () => {
    expect(parseDate('16 marca 2021')?.local).toBe('2021-03-16');
    expect(parseDate('4 de noviembre de 2021')?.local).toBe('2021-11-04');
    expect(parseDate('3. Okt. 2022')?.local).toBe('2022-10-03');
  });

  it('reads a day-first date with a two-digit year, but not a version or an address', () => {
    expect(parseDate('23.09.22')?.local).toBe('2022-09-23');
    expect(parseDate('Von: Björn Jahner | 31.10.23')?.local).toBe('2023-10-31');
    expect(parseDate('Kultur, 2.11.22')?.local).toBe('2022-11-02');
    expect(parseDate('28.01.22 | 12:45', 60)?.iso).toBe('2022-01-28T11:45:00.000Z');
    for (const text of ['Version 1.10.22.4', '192.168.10.12', '31.02.22', 'Kapitel 3.4.12', 'siehe § 3.4.12', 'Version 2.1.22']) expect(parseDate(text), text).toBeNull();
  });

  it("reads the publication date marked as microdata on the page and a video's upload date, but not a CMS's creation date", () => {
    const page = (head: string, body = '') => `<html><head>${head}</head><body><article>${body}${story}</article></body></html>`;
    const at = (html: string) => cleanArticle({ html, now }).publishedAt;
    expect(at(page('', '<p class="date" itemprop="datePublished" content="2022-01-14T10:31:00Z">14.01.2022</p>'))).toBe('2022-01-14T10:31:00.000Z');
    expect(at(page('', '<span property="schema:datePublished" content="2022-01-28T12:45:46Z">28.01.22</span>'))).toBe('2022-01-28T12:45:46.000Z');
    expect(at(page('<meta itemprop="uploadDate" content="2019-10-16T18:15:00Z">'))).toBe('2019-10-16T18:15:00.000Z');
    // The article's own date comes before an embedded video's.
    expect(at(page('<meta itemprop="uploadDate" content="2019-10-16T18:15:00Z"><meta property="article:published_time" content="2019-11-02T08:00:00Z">'))).toBe('2019-11-02T08:00:00.000Z');
    expect(at(page('<meta itemprop="dateCreated" content="2019-05-07T17:00:52+02:00">'))).toBeNull();
  });

  it("takes the date from the page's header where nothing else dates the page, but not from comments or teasers", () => {
    const body = (furniture: string) =>
      `<html><body>${furniture}<article><h1>Bruderduell in der Halle</h1>${story}</article><aside class="sidebar"><div class="teaser"><h3>Vorschau</h3><p>01. Juli 2020</p></div></aside></body></html>`;
    const day = (html: string) => cleanArticle({ html, now }).publishedDate;
    expect(day(body('<div class="c-page-header"><h2>Handball</h2><p class="c-page-header__subtitle">Handball Schweiz • 02.02.2022</p></div>'))).toBe('2022-02-02');
    expect(day(body(''))).toBeNull();
    const comment = '<div id="comments" class="comments"><div class="comment"><p>Guter Artikel!</p><p>geschrieben von berg2012 am 21. Jan. 2015, 19:04</p></div></div>';
    expect(cleanArticle({ html: `<html><body><article><h1>Keynes</h1>${story}</article>${comment}</body></html>`, now }).publishedDate).toBeNull();
  });

  /** A page at `url` stamped `stamp`: the day it is published on, as cleaned. */
  const dayOf = (stamp: string, url: string) =>
    cleanArticle({
      html: `<html><head><meta property="og:url" content="${url}"><meta property="article:published_time" content="${stamp}"></head><body><article>${story}</article></body></html>`,
      now,
    }).publishedDate;
  /** Stamp, address, and the day each page must be dated. */
  const expectDays = (cases: [string, string, string][]) => {
    for (const [stamp, url, day] of cases) expect(dayOf(stamp, url), `${stamp} at ${url}`).toBe(day);
  };

  it("gives a stamp's calendar day at the source: in its zone, or, with none known, the day of its address", () => {
    expectDays([
      // 23:00 UTC is past midnight in Berlin; 00:25 UTC is still the evening before in Buenos Aires.
      ['2022-11-06T23:00:00Z', 'https://www.beispiel.de/a', '2022-11-07'],
      ['2022-05-04T00:25:56Z', 'https://www.ejemplo.com.ar/a', '2022-05-03'],
      // Seoul, known by og:url alone, stamps in UTC in its own day.
      ['2023-11-07T16:30:00Z', 'http://world.example.co.kr/view', '2023-11-08'],
      // A bare date is that day anywhere; a site of no known country keeps the day as printed.
      ['2022-11-06', 'https://www.beispiel.de/a', '2022-11-06'],
      ['2022-11-06T23:00:00Z', 'https://www.example.com/a', '2022-11-06'],
      // Unless its address is dated on a day some zone puts the stamp on: New York at 21:25 on the
      // 24th is 02:25 UTC on the 25th; a Vienna blog's New Year post is 23:11 UTC on the 31st.
      ['2020-02-25T02:25:54Z', 'https://pages.example.com/2020/02/24/story/', '2020-02-24'],
      ['2018-12-31T23:11:59Z', 'https://blog.example.com/2019/01/01/jahr/', '2019-01-01'],
      // A slug dated the day before a story published in the afternoon is when it was drafted: no
      // zone puts 17:37 UTC on the day before.
      ['2020-02-19T17:37:32Z', 'https://news.example.com/2020-02-18/ciencia.html', '2020-02-19'],
      // A stamp with its own offset is printed in the source's day; a known zone decides by itself.
      ['2020-02-24T23:25:54-05:00', 'https://pages.example.com/2020/02/25/story/', '2020-02-24'],
      ['2022-11-06T22:00:00Z', 'https://www.beispiel.de/2022/11/06/a', '2022-11-06'],
    ]);
    expect(sourceDay(parseDate('2020-02-25T02:25:54Z')!, null, null)).toBe('2020-02-25');
    // Seoul reads a time without a zone as its own.
    const seoul = `<html><head><meta property="og:url" content="http://world.example.co.kr/view"><meta property="article:published_time" content="2023-11-07 15:03:30"></head><body><article>${story}</article></body></html>`;
    expect(cleanArticle({ html: seoul, now }).publishedAt).toBe('2023-11-07T06:03:30.000Z');
    expect(sourceZone('https://news.example.co.uk/x')).toBe('Europe/London');
    expect(sourceZone('https://t.co/x')).toBeNull();
  });

  it("reads the date in the addresses of Chinese outlets: People's Daily's /2023/0305/, China Daily's /202303/05/, Xinhua's /2023-03/05/", () => {
    const dated = (url: string) => cleanArticle({ text: `LINK: ${url}\n\n${story.replace(/<[^>]+>/g, '\n')}`, now }).publishedAt;
    expect(dated('http://world.people.com.cn/n1/2023/0305/c1002-40188888.html')).toBe('2023-03-05T00:00:00.000Z');
    expect(dated('https://www.chinadaily.com.cn/a/202303/05/WS65e6b5d1a31082fc043bb5b4.html')).toBe('2023-03-05T00:00:00.000Z');
    expect(dated('http://www.xinhuanet.com/world/2023-03/05/c_1130085012.htm')).toBe('2023-03-05T00:00:00.000Z');
    // Numbers that are no month and day are no date.
    expect(dated('https://news.example.org/2023/1234/story.html')).toBeNull();
  });

  it('reads JSON-LD from a script whose type is missing, in bytes and in a string, but not JSON-like code', () => {
    const ld = '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Papst", "datePublished": "2022-01-28T06:00:00+01:00"}';
    const page = (script: string) => `<html><head><script>${script}</script></head><body><article>${story}</article></body></html>`;
    expect(cleanArticle({ bytes: Buffer.from(page(ld)), url: 'https://gay.example.ch/news/papst', now }).publishedAt).toBe('2022-01-28T05:00:00.000Z');
    expect(cleanArticle({ html: page(ld), url: 'https://gay.example.ch/news/papst', now }).publishedAt).toBe('2022-01-28T05:00:00.000Z');
    expect(cleanArticle({ html: page(`var config = ${ld};`), url: 'https://gay.example.ch/news/papst', now }).publishedAt).toBeNull();
  });

  it("reads a time printed with no zone on the wall clock of the site's country, and dates day-first and month-first numbers by the one over 12", () => {
    const page = (time: string) => `<html><head><meta property="article:published_time" content="${time}"></head><body><article>${story}</article></body></html>`;
    const winter = cleanArticle({ html: page('2022-02-03T15:34:00'), url: 'https://www.beispiel.de/a', now });
    expect([winter.publishedAt, winter.publishedDate]).toEqual(['2022-02-03T14:34:00.000Z', '2022-02-03']);
    const summer = cleanArticle({ html: page('2022-07-03T00:30:00'), url: 'https://www.beispiel.de/a', now });
    expect([summer.publishedAt, summer.publishedDate]).toEqual(['2022-07-02T22:30:00.000Z', '2022-07-03']);
    const panama = cleanArticle({ html: `<html><body><div class="fecha">Creado 27/04/2022 00:00</div><article>${story}</article></body></html>`, url: 'https://www.diario.com.pa/a', now });
    expect([panama.publishedAt, panama.publishedDate]).toEqual(['2022-04-27T05:00:00.000Z', '2022-04-27']);
    // A zone printed with the time stays as printed; a .com site has no country's clock.
    expect(cleanArticle({ html: page('2022-02-03T15:34:00+05:00'), url: 'https://www.beispiel.de/a', now }).publishedAt).toBe('2022-02-03T10:34:00.000Z');
    expect(cleanArticle({ html: page('2022-02-03T15:34:00'), url: 'https://www.example.com/a', now }).publishedAt).toBe('2022-02-03T15:34:00.000Z');
    expect(parseDate('11/20/2026 10:32 AM')?.iso).toBe('2026-11-20T10:32:00.000Z');
    expect(parseDate('20/11/2026 à 08h15')?.iso).toBe('2026-11-20T08:15:00.000Z');
    expect(parseDate('Data: 28-04-2021, 09:29')?.local).toBe('2021-04-28');
    // Either number could be the month: no date at all rather than a wrong one.
    expect(parseDate('03/04/2026')).toBeNull();
  });

  it('reads a day-first date in an address, and where day and month could swap only on a country domain', () => {
    const dated = (url: string) => cleanArticle({ html: `<html><body><article>${story}</article></body></html>`, url, now }).publishedDate;
    expect(dated('https://www.biathlon-example.it/de/newsroom/23-01-2022-wierer-darf-jubeln')).toBe('2022-01-23');
    expect(dated('https://verein.example.de/media-news/meldungen/29-10-2021')).toBe('2021-10-29');
    expect(dated('https://www.portal.example.de/aktuelles/08112021-online-fachtag')).toBe('2021-11-08');
    expect(dated('https://news.example.com/stories/03-04-2022-talks')).toBeNull();
    expect(dated('https://news.example.com/stories/23-04-2022-talks')).toBe('2022-04-23');
  });

  it('finds the day in a zone, half-hour zones and the nights clocks change included', () => {
    const day = (iso: string, zone: string) => dayIn({ iso, local: iso.slice(0, 10), hasTime: true, inUtc: true }, zone);
    expect(day('2026-11-20T16:30:00.000Z', 'Asia/Seoul')).toBe('2026-11-21');
    // A fixed offset in minutes (an outlet named in a dateline) works the same way.
    expect(dayIn({ iso: '2026-11-20T16:30:00.000Z', local: '2026-11-20', hasTime: true, inUtc: true }, 540)).toBe('2026-11-21');
    expect([day('2023-06-30T18:29:00.000Z', 'Asia/Kolkata'), day('2023-06-30T18:31:00.000Z', 'Asia/Kolkata')]).toEqual(['2023-06-30', '2023-07-01']);
    expect([day('2023-03-25T22:59:00.000Z', 'Europe/Berlin'), day('2023-03-25T23:00:00.000Z', 'Europe/Berlin')]).toEqual(['2023-03-25', '2023-03-26']);
    expect([day('2023-10-28T21:59:00.000Z', 'Europe/Berlin'), day('2023-10-28T22:00:00.000Z', 'Europe/Berlin')]).toEqual(['2023-10-28', '2023-10-29']);
  });

  it("takes the date of an element whose class names one, inside a heading's kicker or a blog's date header", () => {
    const kicker = `<html><body><h1><span class="topline"><span class="date">27.01.2022</span></span>Mineral oil report November 2021</h1><article>${story}</article></body></html>`;
    expect(cleanArticle({ html: kicker, now }).publishedDate).toBe('2022-01-27');
    const blog = `<html><body><h2 class="date-header"><span>Saturday, October 5, 2013</span></h2><div class="post"><h3>A post</h3>${story}</div></body></html>`;
    expect(cleanArticle({ html: blog, now }).publishedDate).toBe('2013-10-05');
  });

  it('takes the date of an element whose class names a time, even inside a share bar ("pub_time", "post-time")', () => {
    const shareBar = `<html><body><div class="author_share"><span class="byline">By Global Times</span> <span class="pub_time">Published: Mar 05, 2023 10:43 PM</span><a>Share</a></div><div class="article_content">${story}</div></body></html>`;
    expect(cleanArticle({ html: shareBar, now }).publishedDate).toBe('2023-03-05');
    const blog = `<html><body><div class="post"><h3>A post</h3><span class="post-time">於 2013/12/28 10:28</span>${story}</div></body></html>`;
    expect(cleanArticle({ html: blog, now }).publishedDate).toBe('2013-12-28');
    // A reading time is no date.
    const reading = `<html><body><article><span class="reading-time">5 min read</span>${story}</article></body></html>`;
    expect(cleanArticle({ html: reading, now }).publishedDate).toBeNull();
  });

  it("takes the date filed under a section's label when nothing else dates the page", () => {
    const html = `<html><body><div id="article-detail"><p class="category"> 24. April 2020 | <a href="/presse/">Pressemitteilungen</a></p><h1>A headline</h1>${story}</div></body></html>`;
    expect(cleanArticle({ html, now }).publishedDate).toBe('2020-04-24');
  });

  it('takes a date printed in a date element outside the article when the metadata has none', () => {
    const html = `<html><body><div class="header"><span>Call us on 0800 1234 567</span></div><div class="meta"><span class="date2">04. November 2021 | Paid content</span></div><article>${story}</article></body></html>`;
    expect(cleanArticle({ html, now }).publishedDate).toBe('2021-11-04');
  });
});

describe('author links', () => {
  it("takes the author from a link to the author's page when nothing else names one", () => {
    const html = `<html><body><article><h1>Talks resume</h1><div class="meta"><a href="/author/jane-doe/">Jane Doe</a> · 3 min read</div>${story}</article></body></html>`;
    expect(cleanArticle({ html, now }).author).toBe('Jane Doe');
  });
});

describe('title', () => {
  const page = (head: string) => `<html><head>${head}</head><body><article>${story}</article></body></html>`;

  it("takes a JSON-LD article's name over a headline that is a description of the page kind", () => {
    const ld = { '@context': 'https://schema.org', '@type': 'Article', name: 'List of films featuring time loops', headline: 'Wikimedia list article' };
    const html = page(`<title>List of films featuring time loops - Wikipedia</title><script type="application/ld+json">${JSON.stringify(ld)}</script>`);
    expect(cleanArticle({ html, now }).title).toBe('List of films featuring time loops');
  });

  it('keeps a JSON-LD headline that the document title shares, over a different social title', () => {
    const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'City sues the builder over bad paving stones' };
    const html = page(
      `<title>City sues the builder over bad paving stones | Daily</title><meta property="og:title" content="Paving disaster: the high street is in a bad state"><script type="application/ld+json">${JSON.stringify(ld)}</script>`,
    );
    expect(cleanArticle({ html, now }).title).toBe('City sues the builder over bad paving stones');
  });

  it('does not take a title segment that holds the site name among other words for the site name', () => {
    const html = page('<meta property="og:site_name" content="Steven\'s Home"><title>Maple leaves in the mountains, part 2 @ Steven\'s Home :: PIXNET ::</title>');
    expect(cleanArticle({ html, now }).title).toBe("Maple leaves in the mountains, part 2 @ Steven's Home");
  });
});

describe('author cleaning and sources', () => {
  it('drops trailing dashes, roles after the name and dates printed against it', () => {
    expectAuthors([
      ['Nicolas Perriault —', 'Nicolas Perriault'],
      ['Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, and Technology Project', 'Daniel Kahn Gillmor'],
      ['Lucas Nolan22 Dec 2016651', 'Lucas Nolan'],
      // A user name's digits are part of it.
      ['happyface313', 'happyface313'],
    ]);
  });

  it('reads JSON-LD wrapped in a bare CDATA section, and article:author_name', () => {
    const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Talks resume', author: [{ '@type': 'Person', name: 'Stella Kim' }, { '@type': 'Person', name: 'Jennifer Jett' }] };
    const cdata = `<html><head><script type="application/ld+json"><![CDATA[\n${JSON.stringify(ld)}\n]]></script></head><body><article>${story}</article></body></html>`;
    expect(cleanArticle({ html: cdata, now }).author).toBe('Stella Kim, Jennifer Jett');
    const meta = `<html><head><meta name="article:author_name" content="Hazel Sheffield"></head><body><article>${story}</article></body></html>`;
    expect(cleanArticle({ html: meta, now }).author).toBe('Hazel Sheffield');
  });

  it("does not take a menu of columnists' pages for the story's byline", () => {
    const menu = '<div class="dropdown"><ul><li><a href="/author/robert-fisk">Robert Fisk</a></li><li><a href="/author/jane-roe">Jane Roe</a></li></ul></div>';
    const html = `<html><body>${menu}<article><div class="byline"><a href="/author/hazel-sheffield">Hazel Sheffield</a></div>${story}</article></body></html>`;
    expect(cleanArticle({ html, now }).author).toBe('Hazel Sheffield');
    const only = `<html><body>${menu}<article>${story}</article></body></html>`;
    expect(cleanArticle({ html: only, now }).author).toBeNull();
  });
});

describe('the source time zone of a page with no address', () => {
  const nov = new Date('2026-12-01T00:00:00Z');
  const lead = 'The foreign ministry spokeswoman said on Saturday that all parties should stay calm and show restraint on the peninsula.';

  it('knows agencies and outlets by name, and nothing else', () => {
    expect(outletOffset('Yonhap')).toBe(540);
    expect(outletOffset('来源：新华网 | 2026-11-21 15:30:12')).toBe(480);
    expect(outletOffset('Kyodo')).toBe(540);
    expect(outletOffset('TASS')).toBe(180);
    expect(outletOffset('Reuters')).toBeNull();
    expect(outletOffset('')).toBeNull();
  });

  it('reads a source line time in the zone of the outlet it names', () => {
    const text = ['Ministry urges restraint on the peninsula', '来源：新华网 | 2026-11-21 15:30:12 | 编辑：王晓', lead, lead.replace('Saturday', 'Sunday')].join('\n');
    expect(cleanArticle({ text, now: nov }).publishedAt).toBe('2026-11-21T07:30:12.000Z');
  });

  it("reads a time in the zone of the lead's dateline agency", () => {
    const text = ['Ministry urges restraint on the peninsula', '2026-11-20 09:12', `SEOUL, Nov. 20 (Yonhap) -- ${lead}`, lead.replace('Saturday', 'Sunday')].join('\n');
    expect(cleanArticle({ text, now: nov }).publishedAt).toBe('2026-11-20T00:12:00.000Z');
  });

  it("reads a header's DATE in the zone of the header's LINK", () => {
    const text = ['TITLE: Ministry urges restraint LINK: https://en.yna.co.kr/view/AEN20261120000351315 DATE: 2026-11-20 09:12', lead, lead.replace('Saturday', 'Sunday')].join('\n');
    expect(cleanArticle({ text, now: nov }).publishedAt).toBe('2026-11-20T00:12:00.000Z');
  });

  it('reads a header block written in title case, and keeps a source or date line opening a story as such', () => {
    const header = ['Headline: Ministry urges restraint', 'URL: https://www.nknews.org/2026/11/ministry-urges-restraint/', 'Published: 2026-11-20T08:00:00Z', 'Source: NK News', 'Author: Colin Zwirko', '', lead, lead.replace('Saturday', 'Sunday')].join('\n');
    const a = cleanArticle({ text: header, now: nov });
    expect(a.title).toBe('Ministry urges restraint');
    expect(a.url).toBe('https://www.nknews.org/2026/11/ministry-urges-restraint/');
    expect(a.publishedAt).toBe('2026-11-20T08:00:00.000Z');
    expect(a.author).toBe('Colin Zwirko');
    expect(a.siteName).toBe('NK News');
    // "Source: …" opening a dump is the story's source line, read for its date.
    const sourced = cleanArticle({ text: ['Source: Xinhua | 2026-11-20 10:12:33 | Editor: Wang Lin', lead, lead.replace('Saturday', 'Sunday')].join('\n'), now: nov });
    expect(sourced.publishedAt).toBe('2026-11-20T02:12:33.000Z');
    expect(sourced.removed.map((r) => r.reason)).toContain('source-line');
    // … even right below a header: a source line has its "|".
    const below = cleanArticle({ text: ['TITLE: Ministry urges restraint LINK: https://english.news.cn/x/c.html', 'Source: Xinhua| 2026-11-20 10:12:33|Editor: huaxia', lead, lead.replace('Saturday', 'Sunday')].join('\n'), now: nov });
    expect(below.publishedAt).toBe('2026-11-20T02:12:33.000Z');
    expect(below.siteName).toBeNull();
    expect(below.removed.map((r) => r.reason)).toContain('source-line');
  });

  it("takes the author of a text dump from the reporter's signature under the story when no byline names one", () => {
    const text = (...end: string[]) => ['TITLE: Ministry urges restraint', lead, lead.replace('Saturday', 'Sunday'), ...end].join('\n');
    expect(cleanArticle({ text: text('Kim Min-ji mj@koreatimes.co.kr', 'Top 10 Stories'), now: nov }).author).toBe('Kim Min-ji');
    expect(cleanArticle({ text: text('Jane Doe (jdoe@example.org)'), now: nov }).author).toBe('Jane Doe');
    // An address alone, or one for tips, names no one.
    expect(cleanArticle({ text: text('mj@koreatimes.co.kr'), now: nov }).author).toBeNull();
    expect(cleanArticle({ text: text('Send tips to tips@example.org'), now: nov }).author).toBeNull();
  });

  it("reads an HTML page's times in the zone of its og:site_name when it has no address", () => {
    const page = (site: string) =>
      `<html><head><meta property="og:site_name" content="${site}"><meta property="article:published_time" content="2026-11-20 09:12"></head><body><article>${story}</article></body></html>`;
    expect(cleanArticle({ html: page('Yonhap News Agency'), now: nov }).publishedAt).toBe('2026-11-20T00:12:00.000Z');
    expect(cleanArticle({ html: page('Example Gazette'), now: nov }).publishedAt).toBe('2026-11-20T09:12:00.000Z');
  });

  it("falls back on the zone the page's language or script fixes: Korean and Japanese +09:00, Chinese +08:00", () => {
    expect(scriptOffset('ko-KR', '')).toBe(540);
    expect(scriptOffset('zh-CN', '')).toBe(480);
    expect(scriptOffset('de', '北京')).toBeNull();
    expect(scriptOffset(null, '외교부는 20일 북한의 탄도미사일 발사를 강하게 규탄했다고 밝혔다.')).toBe(540);
    expect(scriptOffset(null, '外交部发言人毛宁21日表示，中方希望有关各方保持冷静克制，共同维护半岛和平稳定。')).toBe(480);
    expect(scriptOffset(null, 'The ministry said on Friday that the talks would resume next week.')).toBeNull();
    const text = ['2026年11月21日外交部发言人毛宁主持例行记者会', '来源：外交部网站 | 2026-11-21 19:00', '问：据报道，朝鲜20日发射了一枚弹道导弹。中方对此有何评论？', '答：我们注意到有关报道。中方希望有关各方保持冷静克制，共同维护半岛和平稳定。'].join('\n');
    const a = cleanArticle({ text, now: nov });
    expect(a.publishedAt).toBe('2026-11-21T11:00:00.000Z');
    // A Chinese headline that opens with the date is the headline, not a tag line.
    expect(a.title).toBe('2026年11月21日外交部发言人毛宁主持例行记者会');
    const html = `<html lang="ko"><head><meta property="article:published_time" content="2026-11-20 09:12"></head><body><article>${story}</article></body></html>`;
    expect(cleanArticle({ html, now: nov }).publishedAt).toBe('2026-11-20T00:12:00.000Z');
  });

  it('leaves a time unshifted when the source is unknown', () => {
    const text = ['Ministry urges restraint on the peninsula', '2026-11-20 09:12', `LONDON (Reuters) - ${lead}`, lead.replace('Saturday', 'Sunday')].join('\n');
    expect(cleanArticle({ text, now: nov }).publishedAt).toBe('2026-11-20T09:12:00.000Z');
  });
});

describe('site name', () => {
  const page = (title: string, head = '') =>
    `<html><head><title>${title}</title>${head}</head><body><article><h1>N. Korea fires missile into East Sea</h1>${story}</article></body></html>`;
  const siteOf = (title: string, head = '') => cleanArticle({ html: page(title, head), now }).siteName;

  it("takes the site's name from the end of the document title where no tag gives it", () => {
    expect(siteOf('N. Korea fires missile into East Sea | Example News')).toBe('Example News');
    expect(siteOf('N. Korea fires missile into East Sea--国际--人民网')).toBe('人民网');
    expect(siteOf('N. Korea fires missile into East Sea : 국방·북한 : 정치 : 뉴스 : 한겨레')).toBe('한겨레');
  });

  it("takes the JSON-LD publisher over an og:site_name that names a section, not the site", () => {
    const ld = (publisher: string) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'x', publisher: { '@type': 'Organization', name: publisher } })}</script>`;
    const at = (head: string, url: string) => cleanArticle({ html: page('N. Korea fires missile into East Sea', head), url, now }).siteName;
    expect(at(`<meta property="og:site_name" content="U.S.">${ld('Reuters')}`, 'https://www.reuters.com/article/x')).toBe('Reuters');
    // A name that holds the host's (or that the host holds) is the site's, however the publisher is spelt.
    expect(at(`<meta property="og:site_name" content="Oberösterreichisches Volksblatt">${ld('volksblatt.at')}`, 'https://volksblatt.at/x')).toBe('Oberösterreichisches Volksblatt');
    expect(at(`<meta property="og:site_name" content="The New York Times">${ld('nytimes')}`, 'https://www.nytimes.com/x')).toBe('The New York Times');
  });

  it('prefers the tag, and takes no section, tagline or date for a name', () => {
    expect(siteOf('N. Korea fires missile into East Sea | Example News', '<meta property="og:site_name" content="Example Daily">')).toBe('Example Daily');
    expect(siteOf('N. Korea fires missile into East Sea | News')).toBeNull();
    expect(siteOf('N. Korea fires missile into East Sea | Weihnachten für alle Sinne')).toBeNull();
    expect(siteOf('N. Korea fires missile into East Sea')).toBeNull();
  });
});
