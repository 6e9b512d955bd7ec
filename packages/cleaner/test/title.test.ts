import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/index.ts';

const now = new Date('2024-01-01T00:00:00Z');
const page = (head: string, body: string) =>
  `<html><head>${head}</head><body>${body}<article>${'<p>A paragraph of the story that says what happened, who said it and why it matters.</p>'.repeat(4)}</article></body></html>`;
const title = (head: string, body = '') => cleanArticle({ html: page(head, body), url: 'https://www.harbourdaily.example/2023/a', now }).title;

describe('title', () => {
  it('strips the site name from the title', () => {
    expect(title('<title>Talks resume on the peninsula | Harbour Daily</title><meta property="og:site_name" content="Harbour Daily">')).toBe(
      'Talks resume on the peninsula',
    );
  });

  it("strips the site's name after a bare colon where the page's headline ends there (the Asahi's English site)", () => {
    expect(title('<title>Takaichi ready to meet Kim without preconditions:Harbour Daily</title><meta property="og:site_name" content="Harbour Daily">', '<h1>Takaichi ready to meet Kim without preconditions</h1>')).toBe(
      'Takaichi ready to meet Kim without preconditions',
    );
    expect(title('<title>Abductions:A question Tokyo still asks</title>', '<h1>Abductions</h1>')).toBe('Abductions:A question Tokyo still asks');
  });

  it('keeps a lower-case subtitle, which is no site name', () => {
    expect(title('<meta property="og:title" content="How we designed the task queue - an async task framework">')).toBe(
      'How we designed the task queue - an async task framework',
    );
  });

  it('decodes a title whose entities were encoded twice', () => {
    expect(title('<meta property="og:title" content="Thermen- &amp;#038; Vulkanland">')).toBe('Thermen- & Vulkanland');
  });

  it("prefers the page's headline to a title that only names the section", () => {
    expect(title('<title>Press releases</title>', '<h1>Harbour Daily</h1><h1>Ministers agree on a new ferry timetable</h1>')).toBe(
      'Ministers agree on a new ferry timetable',
    );
  });

  it('drops a date segment, and then the site name after it', () => {
    expect(title('<title>23.01.2022 - Ministers agree on a new ferry timetable - Island Post</title>')).toBe('Ministers agree on a new ferry timetable');
    expect(title('<title>Letters - 26 October 2010 - Blog - Pictures, news and stories</title>')).toBe(
      'Letters - 26 October 2010 - Blog - Pictures, news and stories',
    );
    // A range keeps both its dates.
    expect(title('<title>Weekly report 14. - 20. January 2022</title>')).toBe('Weekly report 14. - 20. January 2022');
  });

  it('does not take a masthead <h1> with the site name for the headline', () => {
    expect(title('<title>Leadership Styles</title>', '<h1>Harbour Daily Business Encyclopedia</h1>')).toBe('Leadership Styles');
  });
});

describe('site names in the ways templates attach them', () => {
  const at = (head: string, url: string) => cleanArticle({ html: page(head, ''), url, now }).title;

  it('cuts a Chinese site name, and the section before it', () => {
    expect(at('<title>武汉的声音：有英勇的你，才有英雄的城！-新华网</title>', 'https://www.xinhuanet.com/a.htm')).toBe('武汉的声音：有英勇的你，才有英雄的城！');
    expect(at('<title>海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网</title>', 'https://news.youth.cn/a.htm')).toBe('海外留学生看两会：出国前后关注点大不同');
  });

  it("cuts the site's name in parentheses, after a separator, or a separator left dangling", () => {
    expect(at('<title>»Einfach kein Geld mehr, um die Miete zu zahlen« (neues deutschland)</title>', 'https://www.neues-deutschland.de/a')).toBe('»Einfach kein Geld mehr, um die Miete zu zahlen«');
    expect(at('<title>Kinder und Arbeit » ProNATs e.V.</title>', 'https://pronats.de/a')).toBe('Kinder und Arbeit');
    expect(at('<title>Wochenbericht 14. - 20. Januar 2022 - SLF</title>', 'https://www.slf.ch/a')).toBe('Wochenbericht 14. - 20. Januar 2022');
    expect(at('<title>Pferdesport definitiv bei Olympia 2028 dabei -</title>', 'https://www.st-georg.de/a')).toBe('Pferdesport definitiv bei Olympia 2028 dabei');
  });

  it('keeps a parenthesis that is part of the headline', () => {
    expect(at('<title>Talks resume in Geneva (updated)</title>', 'https://www.harbourdaily.example/a')).toBe('Talks resume in Geneva (updated)');
  });

  it("takes the post's marked title over an <h1> that carries the site's name", () => {
    const body = '<h1 class="logo">Muffin Recipes Weekly</h1><h3 class="post-title entry-title">Our basic muffin recipe for beginners</h3>';
    expect(title('<title>Muffin Recipes Weekly » Blog Archive » Our basic muffin recipe for beginners</title>', body)).toBe('Our basic muffin recipe for beginners');
  });

  it("takes the post from a blog's archive trail where the only <h1> is the blog's name", () => {
    const post = (head: string, body: string) => cleanArticle({ html: page(head, body), url: 'https://harbourdaily.de/?p=1', now }).title;
    expect(post('<title>Harbourdaily.de » Blog Archiv » Podcasts in Plex einbinden</title>', '')).toBe('Podcasts in Plex einbinden');
    expect(post('<title>Harbourdaily.de » Blog Archive » Podcasts in Plex</title>', '<h1>Harbourdaily.de</h1>')).toBe('Podcasts in Plex');
    // The blog's name in its <h1> and marked as the post's title, on an archived copy whose host says nothing.
    const archived = (head: string, body: string) => cleanArticle({ html: page(head, body), url: 'https://web.archive.org/web/2014/http://www.time4talks.com/?p=1', now }).title;
    expect(archived('<title>Time 4 talks » Blog Archiv » Weitere Digitalisierung der Schweizer Kinos</title>', '<h1 class="post-title"><a href="/">Time 4 talks</a></h1>')).toBe('Weitere Digitalisierung der Schweizer Kinos');
  });

  it("reads an <h1> that only links to the front page as the site's name, not the headline", () => {
    const clean = (head: string, body: string, url = 'https://www.der-erfolg-gibt-recht.de/?p=2895') => cleanArticle({ html: page(head, body), url, now });
    const masthead = (href: string) => `<h1><a href="${href}" title="Liebe geht durch den Magen">Liebe geht durch den Magen</a></h1>`;
    for (const href of ['http://www.der-erfolg-gibt-recht.de', '/', 'https://www.der-erfolg-gibt-recht.de/index.php']) {
      const article = clean('<title>   Rinderleber-Geschnetzeltes mit Apfel und Zwiebel |  Liebe geht durch den Magen</title>', masthead(href));
      expect(article.title, href).toBe('Rinderleber-Geschnetzeltes mit Apfel und Zwiebel');
      expect(article.siteName, href).toBe('Liebe geht durch den Magen');
    }
    // An <h1> linking to a story is the story's.
    expect(clean('<title>Rinderleber mit Apfel | Liebe geht durch den Magen</title>', '<h1><a href="/2011/05/rinderleber-mit-apfel">Rinderleber mit Apfel</a></h1>').title).toBe('Rinderleber mit Apfel');
  });

  it("takes the document's title over a section label in og:title, on a site whose host word is short", () => {
    const head = '<title>Impfen und Boostern ist bis Ende Februar noch überall möglich</title><meta property="og:title" content="Medienmitteilungen"><meta property="og:site_name" content="Kanton Bern">';
    const h1 = '<h1><span>Medienmitteilung der Gesundheitsdirektion <span class="sr">:</span></span>Impfen und Boostern ist bis Ende Februar noch überall möglich</h1>';
    expect(cleanArticle({ html: page(head, h1), url: 'https://www.be.ch/de/start/medienmitteilungen/a.html', now }).title).toBe('Impfen und Boostern ist bis Ende Februar noch überall möglich');
  });

  it("cuts a site's tagline after its name: 'Post | Site | Tagline'", () => {
    expect(title('<title>Christmas Gift Guide | Harbour Daily | Jetzt entdecken!</title><meta property="og:site_name" content="Harbour Daily">')).toBe('Christmas Gift Guide');
    expect(title('<title>Die Ablehnung der Gendersprache » Harbour Daily - Wissenschaftsblogs</title><meta property="og:site_name" content="Harbour Daily">')).toBe(
      'Die Ablehnung der Gendersprache',
    );
  });

  it("does not take the site's logo <h1> found in the title for the headline", () => {
    expect(title('<title>Our basic muffin recipe for beginners : Muffin Recipes Weekly</title>', '<h1 class="logo">Muffin Recipes Weekly</h1>')).toBe(
      'Our basic muffin recipe for beginners',
    );
  });

  it('takes the longest heading the title holds, then the one that comes first in it', () => {
    expect(title('<title>Steinzeit und Co - Werkzeuge des Neandertalers</title>', '<h1>Steinzeit und Co</h1><h1>Werkzeuge des Neandertalers</h1>')).toBe(
      'Werkzeuge des Neandertalers',
    );
    // Same length; the section heading carries the permalink sign of a documentation generator.
    const body = '<h1 class="heading">evolve extension for Mercurial</h1><h1>Evolve: Shared Mutable History<a class="headerlink" href="#e">¶</a></h1>';
    expect(title('<title>Evolve: Shared Mutable History — evolve extension for Mercurial</title>', body)).toBe('Evolve: Shared Mutable History');
  });

  it('reads the document title where an unescaped quote cut the og:title short', () => {
    expect(title('<meta property="og:title" content="Senator calls the president "unfit"" /><title>Senator calls the president "unfit"</title>')).toBe(
      'Senator calls the president "unfit"',
    );
  });

  it("gives the headline as the page prints it, with its typographic quotes and dashes, where the tags type them plainly", () => {
    expect(title(`<meta property="og:title" content="Editor's Letter: Kim says &quot;no&quot; - again">`, '<h1>Editor’s Letter: Kim says „no“ – again</h1>')).toBe('Editor’s Letter: Kim says „no“ – again');
    expect(title('<title>Termine Januar &ndash; Mai 2026 - Harbour Daily</title><meta property="og:title" content="Termine Januar - Mai 2026">')).toBe('Termine Januar – Mai 2026');
    // A heading that words it otherwise is another title, not the same one printed.
    expect(title(`<meta property="og:title" content="Editor's Letter: Kim says no">`, '<h1>Editor’s Letter: Kim said no</h1>')).toBe("Editor's Letter: Kim says no");
  });

  it('cuts the site name after a single guillemet, and takes the marked title over a longer site heading the title holds', () => {
    expect(title('<title>Ferries resume on the northern route › Harbour Daily</title>')).toBe('Ferries resume on the northern route');
    const body = '<h1>Historic Fortress Society of Horka</h1><h2 class="entry-title">Historic market</h2>';
    expect(title('<title>Historic market › Historic Fortress Society of Horka</title>', body)).toBe('Historic market');
  });

  it("drops the section's kicker before the page's own headline", () => {
    expect(title('<meta property="og:title" content="Chronik: Lotte Tobisch ist tot">', '<h1>Lotte Tobisch ist tot</h1>')).toBe('Lotte Tobisch ist tot');
    // A colon inside the headline itself stays, and so does a long lead-in that is no kicker.
    expect(title('<meta property="og:title" content="Kim Jong Un: Der Diktator ist zurück">', '<h1>Kim Jong Un: Der Diktator ist zurück</h1>')).toBe(
      'Kim Jong Un: Der Diktator ist zurück',
    );
    expect(title('<meta property="og:title" content="The minister said on Friday that the talks had failed: ferries stop">', '<h1>ferries stop for the winter</h1>')).toBe(
      'The minister said on Friday that the talks had failed: ferries stop',
    );
  });

  it('ignores marked titles when there are several: a list of posts or teasers', () => {
    const teasers = ['Ministers agree on a new ferry...', 'Ferry operators welcome the timetable'].map((t) => `<h3 class="unit-entry-title">${t}</h3>`).join('');
    expect(title('<title>Harbour Daily | Ministers agree on a new ferry timetable</title>', teasers)).toBe('Ministers agree on a new ferry timetable');
  });
});

describe("wires' update marks", () => {
  const story =
    "North Korea fired a ballistic missile into the East Sea on Friday, South Korea's military said, in its third launch this year.\n\nThe Joint Chiefs of Staff said it detected the launch from the Pyongyang area at around 8:50 a.m. local time.";
  const titleOf = (headline: string) => cleanArticle({ text: `${headline}\n\n${story}` }).title;

  it('leaves them out of the title, so every version of a story has the same one', () => {
    const cases: [string, string][] = [
      ['(LEAD) N. Korea fires ballistic missile into East Sea: JCS', 'N. Korea fires ballistic missile into East Sea: JCS'],
      ['(2nd LD) N. Korea fires ballistic missile into East Sea', 'N. Korea fires ballistic missile into East Sea'],
      ['(LEAD, ATTN: UPDATES with details) N. Korea fires missile into sea', 'N. Korea fires missile into sea'],
      ['UPDATE 2-North Korea fires ballistic missile, Japan says', 'North Korea fires ballistic missile, Japan says'],
      ['[속보] 北, 동해상으로 탄도미사일 발사', '北, 동해상으로 탄도미사일 발사'],
      ['北 탄도미사일 동해상 발사…올해 세 번째(종합2보)', '北 탄도미사일 동해상 발사…올해 세 번째'],
      ['【速報】北朝鮮が弾道ミサイル発射', '北朝鮮が弾道ミサイル発射'],
    ];
    for (const [headline, title] of cases) expect(titleOf(headline), headline).toBe(title);
  });

  it('keeps the labels of a genre, which are part of the headline', () => {
    for (const headline of ["(News Focus) N. Korea's missile tests signal new phase", '[단독] 北 미사일 기지 포착', 'EXCLUSIVE-North Korea built new missile base']) {
      expect(titleOf(headline), headline).toBe(headline);
    }
  });

  it('leaves them out of an HTML page title too', () => {
    const html = `<html><head><title>(LEAD) N. Korea fires ballistic missile | Yonhap News Agency</title><meta property="og:site_name" content="Yonhap News Agency"></head><body><article><h1>(LEAD) N. Korea fires ballistic missile</h1>${story
      .split('\n\n')
      .map((p) => `<p>${p}</p>`)
      .join('')}<p>It was the third launch this year, the military said in a statement to reporters on Friday.</p></article></body></html>`;
    expect(cleanArticle({ html }).title).toBe('N. Korea fires ballistic missile');
  });
});

describe('site names after the headline, as Korean, Chinese, Japanese and German outlets attach them', () => {
  const story = "<p>North Korea fired a ballistic missile into the East Sea on Friday morning, South Korea's military said, its third launch this year.</p>";
  const read = (title: string) => cleanArticle({ html: `<html><head><title>${title}</title></head><body><article>${story}</article></body></html>` });

  it('cuts the name and keeps the headline', () => {
    const cases: [string, string, string][] = [
      ['북한 탄도미사일 동해상 발사 < 정치 < 뉴스 < 기사본문 - 경기일보', '북한 탄도미사일 동해상 발사', '경기일보'],
      ['北 탄도미사일 발사 - 매일경제', '北 탄도미사일 발사', '매일경제'],
      ['Nordkorea feuert Rakete ab | tagesschau.de', 'Nordkorea feuert Rakete ab', 'tagesschau.de'],
      ['北朝鮮が弾道ミサイル発射：朝日新聞デジタル', '北朝鮮が弾道ミサイル発射', '朝日新聞デジタル'],
    ];
    for (const [title, headline, site] of cases) {
      const a = read(title);
      expect(a.title, title).toBe(headline);
      expect(a.siteName, title).toBe(site);
    }
  });

  it('keeps a subtitle in lower case and a headline that compares numbers', () => {
    expect(read('Kim says: we will respond - an analysis').title).toBe('Kim says: we will respond - an analysis');
    expect(read('Why 3 < 5 matters to mathematicians').title).toBe('Why 3 < 5 matters to mathematicians');
  });
});

describe('the headline of a text dump', () => {
  it('takes a first line that closes on a quotation with no full stop for the headline, though it is as long as a sentence', () => {
    const lead = '북한이 20일 오전 동해상으로 탄도미사일을 발사했다고 합동참모본부가 밝혔다.';
    const more = '일본 방위성도 북한이 탄도미사일로 추정되는 물체를 발사했다고 발표했다.';
    const dump = cleanArticle({ text: `북한, 동해상으로 탄도미사일 발사…합참 "한미 공조하에 추적 감시"\n${lead}\n${more}`, now });
    expect(dump.title).toBe('북한, 동해상으로 탄도미사일 발사…합참 "한미 공조하에 추적 감시"');
    expect(dump.paragraphs).toEqual([lead, more]);
    // A Japanese wire's stamp under the headline is no headline.
    const kyodo = cleanArticle({ text: `北朝鮮が弾道ミサイル発射\u3000ＥＥＺ外に落下か\n2026年11月20日 09時12分 共同通信\n【ソウル共同】韓国軍合同参謀本部は20日、北朝鮮が同日朝、東部から日本海に向けて弾道ミサイル1発を発射したと明らかにした。\n防衛省によると、ミサイルは日本の排他的経済水域（ＥＥＺ）外に落下したとみられる。`, now: new Date('2026-12-01T00:00:00Z') });
    expect(kyodo.title).toBe('北朝鮮が弾道ミサイル発射 ＥＥＺ外に落下か');
    expect(kyodo.publishedAt).toBe('2026-11-20T00:12:00.000Z');
    // A first line that quotes a whole sentence is the story's.
    const quoted = `Kim Yo Jong said the North would respond to the drills "with overwhelming force, as we have warned many times."\n${'The statement came a day after the allies began their annual exercises, officials said.'}`;
    expect(cleanArticle({ text: quoted, now }).paragraphs).toHaveLength(2);
  });
});

describe("a text dump's header", () => {
  const lead = "North Korea launched what appeared to be an intercontinental ballistic missile on Friday morning, Japan's defense ministry said.";
  const more = 'The missile flew for about 70 minutes and landed inside Japan\'s exclusive economic zone, Tokyo said.';

  it("takes the site's name off the headline, the writer from a name beside the stamp, and no paywall prompt for text", () => {
    const dump = cleanArticle({ text: `North Korea launches another ICBM, Japan says | NK News\nChad O'Carroll\nNovember 20, 2026\nShare on Twitter\n${lead}\n${more}\nLogin or subscribe to read more.`, now });
    expect(dump.title).toBe('North Korea launches another ICBM, Japan says');
    expect(dump.siteName).toBe('NK News');
    expect(dump.author).toBe("Chad O'Carroll");
    expect(dump.paragraphs).toEqual([lead, more]);
  });

  it("keeps a source after a dash, which a dump cannot tell from a site's name, and cuts an outlet's", () => {
    const title = (line: string) => cleanArticle({ text: `${line}\nNovember 20, 2026\n${lead}\n${more}`, now }).title;
    expect(title('Russia calls on US to stop escalating tensions on Korean Peninsula — MFA')).toBe('Russia calls on US to stop escalating tensions on Korean Peninsula — MFA');
    expect(title('North Korea fires ballistic missile into East Sea - Yonhap News Agency')).toBe('North Korea fires ballistic missile into East Sea');
    expect(title('North Korea fires ballistic missile into East Sea | Korea JoongAng Daily')).toBe('North Korea fires ballistic missile into East Sea');
  });

  it('takes no place or section beside the stamp for the writer, and keeps a headline with a colon whole', () => {
    const dump = cleanArticle({ text: `TITLE: China advocates dual-track approach to solve Korean Peninsula nuclear issue: FM\nSouth Korea\nNovember 20, 2026\n${lead}\n${more}`, now });
    expect(dump.author).toBeNull();
    for (const section of ['Hong Kong', 'Inter-Korean Relations', 'Foreign Affairs']) {
      expect(cleanArticle({ text: `Missile launched\n${section}\nNovember 20, 2026\n${lead}\n${more}`, now }).author, section).toBeNull();
    }
    expect(dump.title).toBe('China advocates dual-track approach to solve Korean Peninsula nuclear issue: FM');
  });
});

describe("Xinhua's English pages", () => {
  it("cut '-Xinhua' off the title, read the stamp in Beijing time and drop 'Enditem'", () => {
    const html = `<html><head><title>China urges restraint on Korean Peninsula-Xinhua</title></head><body>
<h1>China urges restraint on Korean Peninsula</h1><div class="info"><span class="source">Source: Xinhua</span> <span class="time">2026-11-21 06:00:12</span></div>
<div id="detailContent"><p>BEIJING, Nov. 21 (Xinhua) -- Chinese Foreign Ministry spokesperson Mao Ning on Friday urged all parties concerned to exercise restraint on the Korean Peninsula.</p>
<p>"China's position on the Peninsula issue is consistent and clear," Mao told a regular press briefing when asked about the latest missile launch.</p>
<p>She said China hopes all sides will address each other's legitimate concerns through dialogue. Enditem</p></div></body></html>`;
    const a = cleanArticle({ html, now: new Date('2026-12-01T00:00:00Z') });
    expect(a.title).toBe('China urges restraint on Korean Peninsula');
    expect(a.siteName).toBe('Xinhua');
    expect(a.publishedAt).toBe('2026-11-20T22:00:12.000Z');
    expect(a.paragraphs.at(-1)).toBe("She said China hopes all sides will address each other's legitimate concerns through dialogue.");
    // A hyphenated headline keeps its end.
    expect(cleanArticle({ html: html.replace('Peninsula-Xinhua', 'Peninsula-wide talks').replace('<h1>China urges restraint on Korean Peninsula</h1>', ''), now: new Date('2026-12-01T00:00:00Z') }).title).toBe('China urges restraint on Korean Peninsula-wide talks');
  });
});

describe('the headline and section printed in the story', () => {
  it("leaves out the headline repeated in a block of its own and a section kicker in capitals", () => {
    const html = `<html><head><title>China opposes unilateral sanctions on DPRK - Global Times</title></head><body><div class="article">
<div class="article_column">CHINA / DIPLOMACY</div><div class="article_title">China opposes unilateral sanctions on DPRK</div>
<div class="article_content">China firmly opposes any unilateral sanctions imposed outside the framework of the UN Security Council, the Foreign Ministry spokesperson said on Friday.<br><br>
"Sanctions and pressure cannot solve the problem," she said, adding that all parties should address the legitimate concerns of the DPRK.<br><br>
Chinese analysts said Washington's latest move would only further complicate the situation on the Peninsula.</div></div></body></html>`;
    const a = cleanArticle({ html, now });
    expect(a.title).toBe('China opposes unilateral sanctions on DPRK');
    expect(a.paragraphs).toHaveLength(3);
    expect(a.paragraphs[0]).toMatch(/^China firmly opposes/);
  });
});
