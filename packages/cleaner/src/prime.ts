import { cleanArticle } from './clean.ts';

/**
 * Pages made up to take, once, the branches that only some real pages take: table headers, bylines
 * marked by data-testid, recipe markup, links to other hosts and broken ones, media, hidden boxes,
 * comments and CDATA, stray end tags, entities, CJK text, line furniture of many kinds, a fragment
 * with no <body>, a plain-text dump.
 *
 * Why: V8 optimises a hot function for the branches it has seen taken. The first real page to take
 * another one throws the optimised code away, and it is compiled again later; the walk over the
 * tree alone was optimised seven times over the eval pages, at about 45 ms each, on the main thread
 * of a one-core batch. Cleaning these pages first, while everything still runs unoptimised, lets
 * the first compilation know them all. Over both eval sets (1083 pages, a 7 s process): optimising
 * compilation 1.26–1.35 s -> 0.88–0.97 s (--trace-opt), optimised code thrown away 170 -> 129 times,
 * for about 45 ms spent here (net of the start-up work the first real page would have done).
 * The portal, wire and script pages came later, for branches added since (microdata dates, a
 * noscript, a story header's standfirst, odd quoting and comments for the tokenizer, summary boxes,
 * drop caps, closing teasers): the walk was still compiled 14 times, now 4; all optimising
 * compilation 1.18 s -> 0.91 s, code thrown away 152 -> 122 times, for about 75 ms more here.
 */
const NEWS_PAGE = `<!DOCTYPE html>
<!-- a comment before the document -->
<html lang="en"><head>
<meta charset="utf-8"><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Talks resume in Panmunjom | Peninsula Daily</title>
<link rel="canonical" href="https://www.peninsula-daily.example/world/2024/03/05/talks-resume/">
<meta property="og:url" content="https://www.peninsula-daily.example/world/2024/03/05/talks-resume/">
<meta property="og:site_name" content="Peninsula Daily"><meta property="og:title" content="Talks resume in Panmunjom">
<meta property="article:published_time" content="2024-03-05T09:30:00+09:00"><meta name="author" content="peninsula.desk">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Talks resume in Panmunjom",
"datePublished":"2024-03-05T09:30:00+09:00","dateModified":"2024-03-05T11:00:00+09:00","author":[{"@type":"Person","name":"Kim Min-ji"},
{"@type":"Organization","name":"Peninsula Daily"}],"publisher":{"@type":"Organization","name":"Peninsula Daily","logo":{"@type":"ImageObject","url":"/l.png","width":60}},
"image":[{"@type":"ImageObject","url":"/a.jpg"}]},{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"item":{"@id":"/world","name":"World"}}]}]}</script>
<script>var tracker = "</div>"; if (a < b && c > d) { run(); }</script><style>.x > p { color: red }</style>
</head><body class="single post-template">
<header class="site-header"><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<div class="logo"><h2 class="site-title">Peninsula Daily</h2></div><form><form><input name="q"><button>Search</button></form></header>
<div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/world">World</a></div>
<main id="content"><article class="post hentry" itemscope itemtype="https://schema.org/NewsArticle">
<h1 class="entry-title">Talks resume in Panmunjom</h1>
<p class="standfirst lead">Envoys from both Koreas met for the first time in a year.</p>
<div class="byline author vcard"><span data-testid="byline-name">By <a rel="author" href="/author/kim-min-ji/">Kim Min-ji</a></span>
<time datetime="2024-03-05T09:30:00+09:00" pubdate class="entry-date published">March 5, 2024 9:30 a.m.</time></div>
<div class="share-buttons social"><a href="https://twitter.com/share">Share on X</a> <a href="https://facebook.com/sharer">Share</a></div>
<figure class="wp-caption"><img src="/a.jpg" alt="" class="attachment"><image href="/b.svg"></image><picture><source srcset="/a.webp"></picture>
<figcaption class="wp-caption-text">Delegates shake hands at the truce village. (Yonhap)</figcaption></figure>
<div class="entry-content article-body" itemprop="articleBody">
<p>SEOUL, March 5 (Yonhap) -- South and North Korean envoys met on Tuesday in the truce village of Panmunjom, the unification ministry said, in the first talks between the two sides in a year.</p>
<p>"We agreed to keep talking," said Vice Minister Lee Sang-hoon, who led the South's delegation. He said the North had asked for food aid &amp; fertiliser, and that Seoul would consider it &#8220;in good faith&#8221;.</p>
<p>The meeting came days after Pyongyang fired two short-range ballistic missiles into the East Sea, according to the Joint Chiefs of Staff.<br>Analysts said the timing was no accident.</br></p>
<p>北京表示欢迎双方恢复对话，外交部发言人说：“中方愿继续发挥建设性作用。”东京则表示将密切关注事态发展。</p>
<p>한편 통일부는 이번 회담에서 이산가족 상봉 문제도 논의됐다고 밝혔다. 정부 관계자는 "다음 회담 날짜는 정해지지 않았다"고 말했다.</p>
<p lang="ru">Москва приветствовала возобновление переговоров, заявил представитель МИД России.</p>
<blockquote><p>"Dialogue is the only way forward," the ministry said in a statement.</p></blockquote>
<table class="data"><thead><tr><th>Date</th><th>Event</th></tr></thead><tbody><tr><td>March 1</td><td>Missile launch</td></tr>
<tr><td>March 5</td><td>Talks in Panmunjom</td></tr></tbody></table>
<ul><li>Aid: <a href="https://www.wfp.example/korea">World Food Programme</a> figures</li><li>Sanctions: UN resolution 2397</li></ul>
<p>Officials on both sides cautioned that no breakthrough was expected soon. <a href="//">broken link</a> <a href="/world/2024/03/01/missiles/">Earlier report</a></p>
<div class="video-player vjs-control-bar"><video src="/v.mp4"></video><iframe src="https://www.youtube.com/embed/x"></iframe><embed src="/x.swf"><object data="/y"></object></div>
<div class="ingredients" itemprop="recipeIngredient">Not a recipe</div>
<div hidden>Hidden text</div><div aria-hidden="true">Also hidden</div><div style="display:none">Hidden too</div>
<svg class="icon"><path d="M0 0"/><![CDATA[ raw ]]></svg><math><mi>x</mi></math><textarea>typed</textarea><select><option>One</option></select>
<p>Copyright © 2024 Yonhap News Agency. All rights reserved. Unauthorized reproduction prohibited.</p>
<p>Source: Xinhua | 2024-03-05 10:12:33 | Editor: Wang Lin</p>
<p>Tags: North Korea, South Korea, Panmunjom</p>
<p>Sign up for our newsletter to get the latest headlines in your inbox.</p>
<p>Read more: Missile launches this year</p>
<p>Kim Min-ji is a correspondent for Peninsula Daily based in Seoul.</p>
</div></article>
<aside class="sidebar widget"><h3>Most read</h3><ol><li><a href="/a">One</a></li><li><a href="/b">Two</a></li></ol></aside>
<section id="comments" class="comments-area"><h3>2 comments on "Talks resume"</h3><div class="comment">Great news!</div><p>Your email address will not be published.</p></section>
</main>
<footer class="site-footer"><p>© 2024 Peninsula Daily</p><p>관련기사 더보기</p><p>分享到：微信 微博</p></footer>
</p></span></body></html>`;

/** A recipe page (recipe markup changes how the region is chosen). */
const RECIPE_PAGE = `<html><head><title>Kimchi stew</title></head><body><div itemscope itemtype="http://schema.org/Recipe">
<h1>Kimchi stew</h1><div class="recipe-ingredients"><h2>Ingredients</h2><ul><li>300 g kimchi</li><li>200 g tofu</li></ul></div>
<div class="recipe-instructions"><h2>Preparation</h2><ol><li>Fry the kimchi in a pot for five minutes.</li><li>Add water and tofu and simmer.</li></ol></div>
</div></body></html>`;

/** A fragment: no <html>, <head> or <body>, too short for the first pass (the relaxed retries run). */
const FRAGMENT = '<div class="sidebar"><p>A short note on the talks, without a page around it.</p></div><p>Second paragraph.</p>';

const TEXT_DUMP = `TITLE: Talks resume in Panmunjom
LINK: https://en.yna.co.kr/view/AEN20240305000300315

SEOUL, March 5 (Yonhap) -- South and North Korean envoys met on Tuesday in Panmunjom.

"We agreed to keep talking," said Vice Minister Lee Sang-hoon.

Copyright (c) Yonhap News Agency prohibits its content from being redistributed.
`;

/** A Korean portal's story: text set apart by <br>, a summary box, a caption in an <em>, the reporter's address. */
const PORTAL_PAGE = `<html lang="ko"><head><meta property="og:site_name" content="뉴시스"><meta property="article:published_time" content="2026-11-20T09:12:00+09:00">
<title>北, 탄도미사일 발사 : 네이버 뉴스</title></head><body><h2 id="title_area">北, 탄도미사일 발사</h2><div class="media_end_head_info"><em class="media_end_head_journalist_name">김지훈 기자</em>
<span class="date">입력 2026.11.20. 오전 9:12</span></div><article id="dic_area"><strong class="media_end_summary">北, 동해상으로 탄도미사일 발사<br>합참 "대비태세 유지"</strong>
<span class="end_photo_org"><img src="a.jpg"><em class="img_desc">북한 미사일 발사 장면. (사진=조선중앙TV 캡처)</em></span><br><br>
[서울=뉴시스] 김지훈 기자 = 북한이 20일 오전 동해상으로 탄도미사일을 발사했다고 합동참모본부가 밝혔다.<br><br>
합참은 "우리 군은 감시와 경계를 강화한 가운데 한미 간 긴밀히 공조하고 있다"고 밝혔다.<br><br>제보는 카카오톡 okjebo<br><br>◎공감언론 뉴시스 jhkim@newsis.com
</article><table class="data"><tr><th>날짜</th><th>발사</th></tr><tr><td>11.20</td><td>1</td></tr></table></body></html>`;

/** A wire story in Russian whose photo stands outside its text, with a "Read also" link and a live stamp. */
const WIRE_PAGE = `<html lang="ru"><head><title>Лавров: санкции исчерпали себя - ТАСС</title><link rel="canonical" href="https://tass.ru/politika/1"></head><body>
<noscript><img src="/pixel.gif"></noscript><div class="intro-header"><p class="lead">Москва выступает за возобновление переговорного процесса на Корейском полуострове.</p></div>
<h1>Лавров: санкции исчерпали себя</h1><span itemprop="datePublished" content="2026-11-20T14:30:00+03:00"></span><div property="dateModified" content="2026-11-20T15:02:00+03:00"></div><div class="date"><span>20 ноября, 14:30</span><span>обновлено 20 ноября, 15:02</span><span>3h ago 03.40 GMT</span></div>
<figure><img src="b.jpg"><figcaption>Сергей Лавров. /ТАСС</figcaption></figure><div class="text-content">
<p>МОСКВА, 20 ноября. /ТАСС/. Санкционное давление на Пхеньян исчерпало себя, заявил министр иностранных дел России Сергей Лавров.</p>
<p>Читайте также</p><p><a href="/politika/2">В МИД КНР призвали к сдержанности</a></p>
<p>"Мы убеждены, что попытки решить проблемы только санкциями бесперспективны", - сказал Лавров.</p>
<p>Ein Artikel von Pamela Sladky | 27.01.2022 - 12:45</p><p>(With input from Xinhua)</p></div>
<p>Больше новостей в Telegram-канале ТАСС. <a href="https://t.me/tass_agency">Подписаться</a></p></body></html>`;

/** A broadcast script with no byline: part labels, a repeated lead, a drop cap, an author box, links out, teasers closing it, a signature. */
const SCRIPT_PAGE = `<?xml-stylesheet href="a.css"?><! an odd comment ><html><head><title>North Korea fires missile</title></head><body><article class='story' data-kind=news><h1>North Korea fires missile</h1>
<p>Anchor: North Korea fired a ballistic missile into the East Sea on Tuesday, the South Korean military said.</p>
<p>Anchor: North Korea fired a ballistic missile into the East Sea on Tuesday, the South Korean military said.</p>
<p>Max Lee has more.</ 3></p><p>T</p><p>he Joint Chiefs of Staff said the missile flew about 600 kilometres before it fell into the sea.</p>
<ul><li><a href="https://www.mofa.go.kr/statement/20240305">The ministry's statement on the launch, in full</a></li><li>The second launch this month.</li></ul>
<div class="author-box"><p>Max Lee covers defence for the radio.</p></div>
<p>Japan said the missile landed outside its exclusive economic zone and lodged a protest with Pyongyang.</p>
<p>Text: Jane Doe</p><p><a href="/world/other-story">Seoul and Tokyo to hold talks</a></p><p><a href="/world/another-story">Missile launches this year</a></p>
</article></body></html>`;

const PAGES: { bytes: Uint8Array; url?: string }[] = [
  { bytes: Buffer.from(SCRIPT_PAGE), url: 'https://radio.example/news/1' },
  { bytes: Buffer.from(PORTAL_PAGE), url: 'https://n.news.naver.com/article/003/0012345678' },
  { bytes: Buffer.from(WIRE_PAGE), url: 'https://tass.ru/politika/1' },
  { bytes: Buffer.from(NEWS_PAGE) },
  { bytes: Buffer.from(RECIPE_PAGE), url: 'https://recipes.example/kimchi-stew' },
  { bytes: Buffer.from(FRAGMENT) },
];

/** Times each page is cleaned: V8 gives a function its type feedback only after several calls. */
const ROUNDS = 2;

/**
 * Cleans a few made-up pages so that a batch's first optimised code covers the branches few pages
 * take (see above). For processes that clean many pages; one page gains nothing from it. Never
 * throws: priming is an optimisation and must not stop the work it prepares.
 */
export function primeCleaner(): void {
  const now = new Date('2024-03-06T00:00:00Z');
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const page of PAGES) cleanArticle({ bytes: page.bytes, url: page.url, now });
      cleanArticle({ text: TEXT_DUMP, now });
    }
  } catch {
    // Nothing to do: the pages are constant, and a test checks that they clean.
  }
}

/** The priming pages, for the test that checks they still take the branches they are there for. */
export const PRIMING_PAGES = { news: NEWS_PAGE, recipe: RECIPE_PAGE, fragment: FRAGMENT, text: TEXT_DUMP, portal: PORTAL_PAGE, wire: WIRE_PAGE, script: SCRIPT_PAGE };
