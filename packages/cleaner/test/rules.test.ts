import { describe, expect, it } from 'vitest';
import { broadcastReporter, bylineOf, classifyLine, closingChineseByline, datedByline, isBareCredit, isCaptionLine, namesPeople, signatureOf } from '../src/boilerplate.ts';
import { splitDateline } from '../src/dateline.ts';
import { parseDate, sourceOffset } from '../src/dates.ts';
import { cleanArticle } from '../src/index.ts';
import { cleanAuthor } from '../src/metadata.ts';
import { finishParagraphs } from '../src/paragraphs.ts';
import { collapse } from '../src/text-util.ts';

const now = new Date('2024-01-01T00:00:00Z');
const body = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} of the story says what happened, who said it, and why it matters to the readers here.</p>`).join('');

/** Every line gets this reason from the line rules (null: kept as text); a failure names the line. */
function expectReason(reason: string | null, lines: string[]): void {
  for (const line of lines) expect(classifyLine(line), line).toBe(reason);
}

describe('line rules', () => {
  it('takes "Read: <headline>" links to other stories as calls to action, in several languages', () => {
    expect(classifyLine('Lea: Consejo Permanente aborda este miércoles la confiscación de sus oficinas')).toBe('call-to-action');
    expect(classifyLine('Read: Talks resume on the peninsula after a pause of months')).toBe('call-to-action');
    expect(classifyLine('Auch lesen:')).toBe('call-to-action');
    expect(classifyLine('Neueste Artikel')).toBe('call-to-action');
    // An interview's speaker label is not a call to action.
    expect(classifyLine('Lee: We never agreed to that, and the record shows it')).toBeNull();
  });

  it('reads the initials that close a story after its full stop as the end of a sentence', () => {
    // A sentence that mentions an app store is no call to action.
    expect(classifyLine('Die App kostet aktuell knapp 50 Euro im Mac App Store und setzt in ihrer neuen Version mindestens macOS 14 voraus. (bsc)')).toBeNull();
    expect(classifyLine('Get it on the App Store')).toBe('call-to-action');
  });

  it('takes what a page prints around its boxes for screen readers and embeds for page tools', () => {
    expectReason('page-tools', [
      'skip past newsletter promotion',
      'after newsletter promotion',
      'Allow Twitter content?',
      "This article includes content provided by Twitter. We ask for your permission before anything is loaded, as they may be using cookies and other technologies. To view this content, click 'Allow and continue'.",
      'Allow and continue',
      'list of 4 items',
      'end of list',
      'Thank you for your feedback.',
      'Reuse this content',
      'Explore more on these topics',
      'This article is more than 2 years old',
      'Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties. For more information see our Privacy Policy. We use Google reCaptcha to protect our website and the Google Privacy Policy and Terms of Service apply.',
      'This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.',
    ]);
    expectReason('page-tools', ['Gift this article', 'Share full article', 'Add to your saved stories', 'Listen (3 min)']);
    expect(classifyLine('After the war ended, the content of the talks changed.')).toBeNull();
    expect(classifyLine('The list of 4 items the envoy brought to Pyongyang included food aid.')).toBeNull();
  });

  it("takes a board record's field on a line of its own for a record field, not a sentence that starts with its label", () => {
    expectReason('record-field', ['작성자 대변인실', '담당부서 : 통일정책실', 'Department: Office of the Spokesperson']);
    expectReason(null, ['담당자는 이번 발사가 실패했다고 말했다.', 'Department of Defense officials said the test failed.', 'Division of labour is key']);
    // With a colon, the writer's name is a source line, as it was.
    expect(classifyLine('작성자: 홍길동')).toBe('source-line');
  });

  it("takes a wire's note to its clients on what changed for an editor's note, not a sentence in brackets", () => {
    expectReason('editor-note', ['(ATTN: ADDS details in paras 3-5)', '(Adds comment from White House in paragraph 5)', '(EDS: Updates with details)', '(Updates with quotes, background)', '[Corrects spelling of name in paragraph 3]']);
    expectReason(null, ['(Changes in the law took effect in 2024)', '(Adds up to a trillion won over a decade)']);
  });

  it("takes an app store's badge as a call to action, not a line that only names the store", () => {
    expectReason('call-to-action', ['Download on the App Store', 'GET IT ON Google Play', 'Jetzt im App Store laden', 'App Store | Google Play', 'Google Play']);
    // A quoted reply and a film's availability name the stores, with no sentence end.
    expect(classifyLine('the appropriate context is Apple’s App Store policies. Other devs aren’t Marco’s responsibility')).toBeNull();
    expect(classifyLine('Developers say the App Store rules changed twice this year without notice')).toBeNull();
  });

  it('takes the invitation to write to the editor, and support appeals, as calls to action', () => {
    expectReason('call-to-action', [
      'We want to hear what you think about this article. Submit a letter to the editor or write to letters@example.com.',
      'Unterstütze RosaMag bereits mit 2,50!',
      'Support us today',
    ]);
    expectReason(null, ['The minister said the ministry would support us in the talks with the other side.']);
  });

  it('takes section labels and "more from" headings for furniture', () => {
    expectReason('menu', ['News', 'Aktuelles']);
    expectReason('call-to-action', ['Mehr aus dem Channel']);
    expectReason(null, ['Mehr aus der Region erfuhr die Polizei erst am Abend.']);
  });

  it('takes PHP warnings, cookie notices, box labels and page buttons for furniture', () => {
    expectReason('cms-junk', ['Warning: Creating default object from empty value in /www/htdocs/wp-includes/classes.php on line 407', 'Loading...']);
    expectReason('cookie-notice', [
      'Zachęcamy do regularnych odwiedzin naszej strony. Informujemy, że korzystamy z cookies.',
      'Datenschutz & Cookies: Diese Website verwendet Cookies. Wenn du die Website weiterhin nutzt, stimmst du zu.',
    ]);
    expectReason('label', ['Kontakt:', 'Autoren:', 'Quellenangaben:', 'Sources', 'Pressekontakt:', 'Kommentare']);
    expectReason('share', ['Social Share']);
    expectReason('call-to-action', ['Rezept drucken Bei Pinterest speichern', 'Bild anzeigen Bild schließen', 'Quellen ausblenden', '... weiter zu "die Wortwahl"']);
    // A warning in a story is a sentence, and ingredients are content.
    expectReason(null, ['Warning: the storm will reach the coast on Tuesday night, forecasters said.', 'Für den Mürbeteig:']);
  });

  it('takes long appeals (follow us, get our app, write to the editor, disclaimers) for furniture, not sentences that mention them', () => {
    expectReason('call-to-action', [
      'Follow The Gleaner on Twitter and Instagram @JamaicaGleaner and on Facebook @GleanerJamaica. Send us a message on WhatsApp or email us.',
      'For the latest stories and breaking news updates download the Nationnews apps for iOS and Android.',
      'Submit your letter to the editor via this form. Read more Letters to the Editor.',
      'NOW Grenada is not responsible for the opinions, statements or media content presented by contributors.',
      'If you enjoyed reading this post – would you consider supporting our work? Just click here. Thanks!',
      '¿Ya sabías que en Guatemala.com tenemos canal de Telegram? Únete desde tu celular en este enlace de invitación.',
      'Tú también puedes hacer periodismo incómodo. Cancela cuando quieras.',
    ]);
    expectReason(null, [
      'Follow these steps shared on Twitter to safely apprehend a train groper in Japan.',
      'The ministry said it would follow the talks closely and was not responsible for the delay in the shipment.',
    ]);
  });

  it('takes newsletter appeals and "read also" links for furniture, whatever their punctuation', () => {
    expectReason('call-to-action', [
      'Keine Neuigkeiten mehr verpassen: Abonnieren Sie kostenlos die MEEDIA-Newsletter und bleiben Sie über alle aktuellen Entwicklungen auf dem Laufenden.',
      'Sie möchten wöchentliche Produktvorstellungen? Schauen Sie mal in unseren Musiknewsletter!',
      'Every day, our editors send out a selection of the day’s news and features. Sign up for the newsletter here.',
      'À lire aussi » Ballonnements, lourdeurs... Quel est votre profil digestif et comment y remédier ?',
    ]);
    expectReason(null, ['The company said its newsletter business grew by a third last year, helped by new subscribers in Asia.']);
  });

  it('reads URLs and slashed words as text, not as menus, and takes permalink lines for share furniture', () => {
    expectReason(null, ['[1] http://www.gnu.org/philosophy/free-sw.de.html', 'Verdicker/Basisöl: Li-Seifen/Mineralöl', 'via t3n News https://t3n.de/news']);
    expectReason('menu', ['Home / News / Sport / Kultur', 'CHINA / DIPLOMACY', 'WORLD > ASIA-PACIFIC']);
    expectReason(null, ['US / China']);
    expectReason('share', ['Permalink https://p.dw.com/p/3WRPd', 'Short-URL: https://mix1.de/m57399']);
  });

  it("takes date stamps for furniture but keeps sentences and editor's notes that give a time", () => {
    expectReason('timestamp', ['Updated: 2019-03-05 10:30 KST', 'Posted on Tuesday 15 October 2019 at 09:11 by Bradley M. Kuhn.', '입력 2019.03.05 10:30']);
    // A date alone, day first, is a stamp too (not a line of mere punctuation and digits); so is a
    // date with the kind of page after it.
    expectReason('timestamp', ['10.11.2021', '10. 11. 2021', '10/11/2021', '11.11.2021 Artikel', '31.01.2016 Hardware', '20 November 2026 Pressemitteilung']);
    expectReason(null, ['Im Jahr 2021 Rekordumsatz', '2026 Olympics']);
    expectReason('punctuation', ['1.2.3', '* * *', '12 / 34']);
    const dated = cleanArticle({
      html: `<html><body><article><h1>Illegale Migration</h1><p><em>10.11.2021</em></p>${'<p>Bis einschließlich 9. November registrierte die Bundespolizei im November über tausend unerlaubte Einreisen.</p>'.repeat(4)}</article></body></html>`,
      now: new Date('2024-01-01T00:00:00Z'),
    });
    expect(dated.publishedDate).toBe('2021-11-10');
    expectReason(null, [
      'The meeting began at 10:30 and ended two hours later',
      'The meeting began at 10:30 and ended.',
      'Update July 3rd, 8:05AM ET: Added ARKit explanation and tweet.',
    ]);
  });

  it('takes affiliate disclosures addressed to the reader for furniture, not news about commissions', () => {
    expectReason('disclosure', [
      '*Disclosure: Some of the links above are affiliate links, meaning, at no additional cost to you, Fandom will earn a commission if you click through.',
      'Dieser Artikel kann Links zu Anbietern enthalten, von denen outdoor-magazin eine Provision erhält.',
      'This post and the photos within it may contain affiliate links. If you purchase something through them, we may earn a commission.',
    ]);
    expectReason(null, ['The regulator said brokers would earn a commission of two percent on every sale of the bonds.']);
  });

  it("takes the disclaimer that an opinion is the author's own for furniture", () => {
    expectReason('disclosure', [
      'Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion des Freitag.',
      'Editorial Disclaimer: Opinions expressed here are the author’s alone, not those of any bank.',
      'The views expressed in this article are those of the author and do not necessarily reflect the views of the publisher.',
    ]);
    expectReason(null, ["The minister said the views expressed by the delegation did not reflect Seoul's position."]);
  });

  it('takes reading-time labels for furniture, in several languages', () => {
    for (const line of ['5 min read', 'Lesezeit: 4 Minuten', '11 minut czytania', 'Reading time: 3 minutes', '3분 읽기']) {
      expect(classifyLine(line)).toBe('reading-time');
    }
    expect(classifyLine('He waited 5 minutes before reading the statement aloud.')).toBeNull();
  });

  it('takes numbered figure credits as credits', () => {
    expect(classifyLine('Abbildung 4: klassische Schwachschicht.')).toBe('credit');
  });

  it('drops soft hyphens when collapsing text', () => {
    expect(collapse('Deutsch\u00adland  steht')).toBe('Deutschland steht');
  });
});

describe('captions in HTML', () => {
  it('sets a caption span inside a paragraph aside', () => {
    const html = `<html><body><article><p><span class="image-caption">The harbour at dawn</span>The first paragraph of the story begins here, after the picture.</p>${body(5)}</article></body></html>`;
    const a = cleanArticle({ html, now });
    expect(a.captions).toContain('The harbour at dawn');
    expect(a.paragraphs[0]).toBe('The first paragraph of the story begins here, after the picture.');
  });

  it('sets a credited photo line aside even without caption markup', () => {
    const html = `<html><body><article>${body(3)}<div>The blessing takes place tomorrow. Foto: LN</div>${body(3)}</article></body></html>`;
    const a = cleanArticle({ html, now });
    expect(a.paragraphs.join(' ')).not.toContain('Foto: LN');
    expect(a.captions).toContain('The blessing takes place tomorrow. Foto: LN');
  });

  it('tidies a caption whose credit was stripped, as in a text dump', () => {
    const caption = 'Chinese Foreign Minister Wang Yi (right) told his Japanese counterpart that China opposes unilateral sanctions';
    const html = `<html><body><article><p>${caption} |</p>${body(4)}</article></body></html>`;
    expect(cleanArticle({ html, now }).captions).toEqual([caption]);
    expect(cleanArticle({ text: `${caption} |\n${'A paragraph of the story says what happened, who said it, and why it matters to readers.\n'.repeat(3)}`, now }).captions).toEqual([caption]);
  });
});

describe('spam words in news', () => {
  it('keeps a sentence that mentions a casino, and drops a keyword line that is no sentence', () => {
    expect(classifyLine('The developer lost its pitch to build a casino at the foot of the bridge last year.')).toBeNull();
    expect(classifyLine('best online casino bonus free spins slot gacor')).toBe('seo-spam');
  });
});

describe('containers', () => {
  it('sets image descriptions aside by their class', () => {
    const html = `<html><body><article>${body(3)}<div class="img_description"><p>The new terminal seen from the apron, in spring</p></div>${body(3)}</article></body></html>`;
    const a = cleanArticle({ html, now });
    expect(a.paragraphs.join(' ')).not.toContain('The new terminal');
    expect(a.captions).toContain('The new terminal seen from the apron, in spring');
  });

  it('finds the standfirst in a story header whose class looks like page furniture', () => {
    const html =
      '<html><body><main><div class="wrap"><header class="m-intro-header"><h1>Farmers meet the minister</h1>' +
      '<p class="a-lead">In a first meeting the new minister showed understanding for the concerns of the farmers, the association said.</p></header>' +
      `<div class="content">${body(6)}</div></div></main><div class="site-header"><a href="/">Home</a></div></body></html>`;
    const a = cleanArticle({ html, now });
    expect(a.paragraphs[0]).toMatch(/^In a first meeting the new minister/);
    expect(a.paragraphs).toHaveLength(7);
  });

  it('finds standfirsts named in German, French and Spanish (Vorspann, chapeau, entradilla)', () => {
    const paragraphs = Array.from({ length: 8 }, (_, i) => `<div class="absatz">Paragraph ${i} of the story says what happened, who said it, and why it matters.</div>`).join('');
    const lead = 'The reporter deceived the magazine with stories that were made up in whole or in part. How could it happen? And how did the newsroom find out?';
    for (const cls of ['dig-vorspann', 'article-chapeau', 'entradilla']) {
      const html = `<html><body><div class="column-wide"><div class="artikel"><h2><span>A nightmare</span></h2><div class="${cls}">${lead}</div><div class="text">${paragraphs}</div></div></div></body></html>`;
      expect(cleanArticle({ html, now }).paragraphs[0], cls).toBe(lead);
    }
  });

  it('drops tag links and comment forms inside the article', () => {
    const html = `<html><body><article>${body(5)}<div class="below-entry-meta"><span class="tag-links"><a href="/t/a">leading edge</a> <a href="/t/b">cloud</a></span></div><div class="comment-respond"><p>Your e-mail address will not be published here, and required fields are marked.</p></div></article></body></html>`;
    const text = cleanArticle({ html, now }).text;
    expect(text).not.toContain('leading edge');
    expect(text).not.toContain('will not be published');
  });
});

describe('articles split over containers', () => {
  it('takes a prose intro from a sibling box, but not the author box beside the story', () => {
    const intro = 'Setting limits is hard for many of us, and yet it is what keeps relationships healthy over the years, experts say.';
    const bio = 'The author has written about health and psychology for many years, and lives with her family near the coast.';
    const html =
      `<html><body><main><div class="wrap"><div class="col intro"><p class="p-large">${intro}</p></div>` +
      `<section class="story">${body(8)}</section><div class="author-info"><p>${bio}</p></div></div></main>` +
      '<footer><p>Imprint and privacy settings for this site, which uses cookies for statistics.</p></footer></body></html>';
    const a = cleanArticle({ html, now });
    expect(a.paragraphs[0]).toBe(intro);
    expect(a.paragraphs).toHaveLength(9);
    expect(a.text).not.toContain('The author has written');
  });
});

describe('articles split over containers, with a standfirst in the header', () => {
  it('takes the first half of the story from a deep sibling box, though a standfirst was found above', () => {
    const deep = (inner: string) => `<div class="acf"><div class="wrap"><section class="outer"><div class="inner"><div class="col"><div class="copy">${inner}</div></div></div></section></div></div>`;
    const first = Array.from({ length: 4 }, (_, i) => `<p>First half ${i}: the council met on Monday, and the mayor, who chaired it, spoke about the budget for the year.</p>`).join('');
    const html =
      `<html><body><div class="layout"><header><div class="outer"><div class="container"><div class="title"><h1>Budget</h1><div class="row"><div class="excerpt"><p>The council agreed a budget for the coming year after a long debate on Monday night.</p></div></div></div></div></div></header>` +
      `<div class="grid">${deep(first)}<figure><figcaption>A picture</figcaption></figure><div class="acf">${body(10)}</div></div></div></body></html>`;
    const a = cleanArticle({ html, now });
    expect(a.text).toContain('First half 0');
    expect(a.text).toContain('Paragraph 9 of the story');
  });
});

describe('lists of links inside the story', () => {
  it('keeps a list whose items say something beside their links, and drops a list of headlines', () => {
    const items = ['Ana', 'Ben', 'Chloe', 'Dev'].map((n, i) => `<li>${n} Okafor-Smith <a href="/bug/${i}">fixed the crash when the window is closed during start-up number ${i}</a></li>`).join('');
    const headlines = Array.from({ length: 5 }, (_, i) => `<li><a href="/story/${i}">Another headline about a different story, number ${i}</a></li>`).join('');
    const html = `<html><body><article>${body(4)}<p>Contributors this week:</p><ul>${items}</ul>${body(4)}<ul>${headlines}</ul></article></body></html>`;
    const text = cleanArticle({ html, now }).text;
    expect(text).toContain('Chloe Okafor-Smith fixed the crash');
    expect(text).not.toContain('Another headline');
  });
});

describe('dates, notices and paywalls on lines of their own', () => {
  it('takes lines that are only a date, in several languages, as timestamps', () => {
    for (const line of ['16 marca 2021', 'Veröffentlichung: 2. Februar 2022', 'Dezember 2008', 'Publié le 3 mars 2021', 'Stand: 05. Februar 2020']) {
      expect(classifyLine(line), line).toBe('timestamp');
    }
    expect(classifyLine('Mai 2021 war ein nasser Monat')).toBeNull();
    expect(classifyLine('Seit 2008')).toBeNull();
  });

  it('takes a long notice that opens with the copyright sign as copyright', () => {
    const line =
      '© 2022, Harbour News. This article is the property of Harbour News. Permission must be obtained before any reprint in online or print media, and reprinting without permission is theft punishable by law.';
    expect(classifyLine(line)).toBe('copyright');
  });

  it('takes paywall and login notices as such, though they are sentences', () => {
    expect(classifyLine('To view the full story, please subscribe to The Harbour Times. You can choose an annual subscription or a weekly pass.')).toBe('paywall');
    expect(classifyLine('Sie müssen sich einloggen, um sich an einer Diskussion beteiligen zu können.')).toBe('paywall');
  });
});

describe('conditional cleaning', () => {
  it('keeps prose in a "widget" box of a page builder, and drops link boxes and comments with such classes', () => {
    const prose = Array.from({ length: 7 }, (_, i) => `<p>Block ${i} of the page, built with widgets, tells the story, with commas, names and places.</p>`).join('');
    const links = Array.from({ length: 6 }, (_, i) => `<a href="/w/${i}">Widget link number ${i}</a>`).join(' ');
    const comment = Array.from({ length: 4 }, (_, i) => `<p>Comment ${i}: I read this story twice and, frankly, I disagree with most of it, sorry.</p>`).join('');
    const html = `<html><body><article>${body(8)}<div class="elementor-widget-container">${prose}</div><div class="widget-links">${links}</div><div class="comment-list">${comment}</div></article></body></html>`;
    const text = cleanArticle({ html, now }).text;
    expect(text).toContain('Block 3 of the page');
    expect(text).not.toContain('Widget link');
    expect(text).not.toContain('I read this story twice');
  });
});

describe('section ids', () => {
  it('keeps a documentation section whose heading slug holds a furniture word, and still drops a sharing box', () => {
    const section = (n: number) => `<p>Step ${n} of the workflow explains what each developer does, and why the history stays clean.</p>`;
    const html =
      `<html><body><div class="content"><div class="section" id="intro-to-the-workflow"><h2>Intro</h2>${[1, 2, 3, 7, 8, 9, 10].map(section).join('')}</div>` +
      `<div class="section" id="sharing-with-multiple-developers"><h2>Sharing with multiple developers</h2>${[4, 5, 6, 11, 12, 13].map(section).join('')}</div>` +
      '<div id="share-this-story-now"><a href="/s/fb">Facebook</a> <a href="/s/x">Share on X</a></div></div></body></html>';
    const a = cleanArticle({ html, now });
    expect(a.text).toContain('Step 6 of the workflow');
    expect(a.paragraphs).toContain('Sharing with multiple developers');
    expect(a.text).not.toContain('Facebook');
  });
});

describe('class hints', () => {
  it('ignores taxonomy classes that WordPress puts on the whole post ("tag-writer-…", "category-social-…")', () => {
    const html = `<html><body><div class="post tag-writer-jane-doe category-social-media-news"><p>The council met on Monday and approved the budget, officials said.</p><p>The vote was close, and the mayor called it a fair result for the city.</p></div></body></html>`;
    const a = cleanArticle({ html, now });
    expect(a.paragraphs).toEqual([
      'The council met on Monday and approved the budget, officials said.',
      'The vote was close, and the mayor called it a fair result for the city.',
    ]);
  });

  it('does not take a box marked "no_caption" for a caption', () => {
    const html = `<html><body><div class="story">${'<div class="item image no_caption"><h2>The mother of a student described on Tuesday how the fever had taken hold within hours, and what doctors told her.</h2><img src="a.jpg"></div>'}${body(5)}</div></body></html>`;
    const a = cleanArticle({ html, now });
    expect(a.paragraphs[0]).toBe('The mother of a student described on Tuesday how the fever had taken hold within hours, and what doctors told her.');
    expect(a.captions).toEqual([]);
  });
});

describe('author boxes', () => {
  it('drops the author box at the end of the article ("AuthorBox", "about-the-author")', () => {
    for (const cls of ['Report__AuthorBox', 'about-the-author']) {
      const html = `<html><body><article>${body(5)}<div class="${cls}"><p>Jane Doe is head of community at the paper. When she is not writing, she runs, cooks and reads.</p></div></article></body></html>`;
      const a = cleanArticle({ html, now });
      expect(a.paragraphs).toHaveLength(5);
      expect(a.text).not.toContain('Jane Doe is head of community');
    }
  });
});

describe('markup that hides or annotates the text', () => {
  it('reads a post given only in <noscript> (Blogger), but not a noscript notice or pixel', () => {
    const html =
      `<html><body><noscript><img src="pixel.gif"></noscript><div class="post"><script type="text/template">${body(2)}</script>` +
      `<noscript><p>The council met on Monday and approved the budget for next year, officials said after the session.</p>` +
      `<p>The vote was close, and the mayor called it a fair result for the city and for the people who live in it.</p>` +
      `<p>Opponents said they would try again in the spring, when the next round of talks on the spending plan begins.</p></noscript></div>` +
      `<noscript><div class="notice"><p>Please enable JavaScript to use every feature of this website.</p></div></noscript></body></html>`;
    const a = cleanArticle({ html, now });
    expect(a.paragraphs).toHaveLength(3);
    expect(a.paragraphs[0]).toMatch(/^The council met on Monday/);
    expect(a.text).not.toContain('enable JavaScript');
  });

  it('leaves out ruby annotations (furigana)', () => {
    const html = `<html><body><article><p><ruby>子<rt>こ</rt></ruby>どもへの<ruby>虐待<rp>(</rp><rt>ぎゃくたい</rt><rp>)</rp></ruby>をなくすための<ruby>法律<rt>ほうりつ</rt></ruby>ができて、<ruby>親<rt>おや</rt></ruby>が子どもを教育するために、たたいたり蹴ったりする体罰を禁止することになりました。</p></article></body></html>`;
    expect(cleanArticle({ html, now }).paragraphs[0]).toBe('子どもへの虐待をなくすための法律ができて、親が子どもを教育するために、たたいたり蹴ったりする体罰を禁止することになりました。');
  });
});

describe('pruning inside the chosen container', () => {
  it('keeps the box that holds the whole article, even when it is mostly links (a link post)', () => {
    const item = (n: number) =>
      `<li><p><a href="https://news.example.org/${n}">Study ${n} doubts that state support for the press works as intended</a></p>` +
      `<p>via Example News <a href="https://news.example.org">https://news.example.org</a></p></li>`;
    const html =
      `<html><body><main><article class="post"><h1>Links of the day</h1><div class="entry-wrapper"><ul>${[1, 2, 3, 4, 5, 6].map(item).join('')}</ul></div></article></main>` +
      `<aside class="widget"><p>This work is licensed under a Creative Commons licence, unless the post says otherwise.</p></aside></body></html>`;
    const a = cleanArticle({ html, now });
    expect(a.text).toContain('Study 3 doubts that state support');
    expect(a.text).toContain('via Example News');
    expect(a.text).not.toContain('Creative Commons');
  });
});

describe('disclaimers', () => {
  it('drops editorial disclaimers and advertising disclosures boxed beside the story', () => {
    for (const cls of ['editorial-disclaimer', 'ad-disclosure']) {
      const html = `<html><body><article>${body(5)}<div class="${cls}"><p>We may receive compensation when you click on links to products from our partners.</p></div></article></body></html>`;
      const a = cleanArticle({ html, now });
      expect(a.paragraphs).toHaveLength(5);
      expect(a.text).not.toContain('compensation');
    }
  });
});

describe('recipes', () => {
  it('keeps the ingredient list of a recipe, though its items are links to the products', () => {
    const items = ['Weizenmehl Type 405', 'Zucker aus der Mühle', 'Frische Vollmilch', 'Butter aus Süßrahm', 'Backpulver im Beutel'];
    const html =
      `<html><body><article><h1>Streuselkuchen</h1>${body(3)}<div class="recipe-ingredients"><ul>` +
      `${items.map((x, i) => `<li>${i + 1}00 g <a href="/zutaten/${i}">${x}</a></li>`).join('')}</ul></div>` +
      `<div class="related"><ul><li><a href="/r/1">Apfelkuchen vom Blech mit Streuseln</a></li><li><a href="/r/2">Käsekuchen ohne Boden</a></li></ul></div></article></body></html>`;
    const a = cleanArticle({ html, now });
    expect(a.paragraphs).toContain('300 g Frische Vollmilch');
    expect(a.text).not.toContain('Käsekuchen ohne Boden');
  });
});

describe('author lines in the text', () => {
  it('reads the author from a signature line at the end of the story ("Text: …", "Autorin: …, role")', () => {
    for (const [line, name] of [['Text: Jane Doe', 'Jane Doe'], ['Autorin: Uta Beispiel, Projektleiterin in Tunis', 'Uta Beispiel'], ['Auteur : Kossivi Tiassou', 'Kossivi Tiassou'], ['Autore: Mario Rossi', 'Mario Rossi']]) {
      const html = `<html><body><article>${body(5)}<p>${line}</p></article></body></html>`;
      expect(cleanArticle({ html, now }).author).toBe(name);
    }
  });

  it('reads "Text von …" at the start of the story, but not a sentence that opens with "Von"', () => {
    const a = cleanArticle({ html: `<html><body><article><p>Text von Jane Doe Illustration von John Roe</p>${body(5)}</article></body></html>`, now });
    expect(a.author).toBe('Jane Doe');
    expect(a.paragraphs).toHaveLength(5);
    const b = cleanArticle({ html: `<html><body><article><p>Von Atemschutzmaske über Exit-Strategie bis Kontaktverbot</p>${body(5)}</article></body></html>`, now });
    expect(b.author).toBeNull();
  });
});

describe('a lead printed twice, once with its dateline', () => {
  const lead = "North Korea fired a short-range ballistic missile into the East Sea on Friday, South Korea's military said, in the latest show of force.";
  const withDateline = `SEOUL, Nov. 20 (Yonhap) -- ${lead}`;
  const next = '"Our military has strengthened surveillance and vigilance in preparation for additional launches," the Joint Chiefs of Staff said.';
  const last = 'The missile flew about 600 kilometers before falling into waters, the JCS said, adding that the allies were analyzing details.';

  for (const [order, lines] of [
    ['dateline first', [withDateline, lead]],
    ['standfirst first', [lead, withDateline]],
  ] as const) {
    it(`keeps one copy and finds the dateline (${order})`, () => {
      const a = cleanArticle({ text: ['N. Korea fires ballistic missile into East Sea', ...lines, next, last].join('\n') });
      expect(a.paragraphs).toEqual([lead, next, last]);
      expect(a.dateline).toEqual({ place: 'Seoul', agency: 'Yonhap' });
      expect(a.removed).toContainEqual({ text: lead, reason: 'repeated-lead' });
      // "N." is an initial, not the end of a sentence: the line is the headline, not the lead.
      expect(a.title).toBe('N. Korea fires ballistic missile into East Sea');
    });
  }

  it('finds a short Korean or Chinese lead printed twice, and keeps short lines that repeat', () => {
    const korean = '국방부가 북한의 추가 도발에 단호히 대응하겠다고 밝혔다.';
    const rest = ['국방부 대변인은 5일 정례브리핑에서 "북한이 도발한다면 즉각적이고 강력하게 대응할 것"이라고 말했다.', '그는 "한미 연합 방위태세는 굳건하다"고 강조했다.'];
    const a = cleanArticle({ text: ['TITLE: 국방부 "북 도발시 단호 대응"', korean, '국방부 청사 전경 /연합뉴스', korean, ...rest].join('\n') });
    expect(a.paragraphs).toEqual([korean, ...rest]);
    expect(a.captions).toEqual(['국방부 청사 전경 /연합뉴스']);
    expect(a.removed).toContainEqual({ text: korean, reason: 'repeated-lead' });
    // A short line that comes back (a Q&A's "문: 왜인가?") is no repeat.
    expect(finishParagraphs(['문: 왜인가?', rest[0]!, '문: 왜인가?', rest[1]!], []).paragraphs).toEqual(['문: 왜인가?', rest[0], '문: 왜인가?', rest[1]]);
  });

  it('does the same in HTML, a standfirst above the dateline lead', () => {
    const html = `<html><body><article><h1>N. Korea fires ballistic missile into East Sea</h1><p class="standfirst">${lead}</p><p>${withDateline}</p><p>${next}</p><p>${last}</p></article></body></html>`;
    const a = cleanArticle({ html });
    expect(a.paragraphs).toEqual([lead, next, last]);
    expect(a.dateline).toEqual({ place: 'Seoul', agency: 'Yonhap' });
  });
});

describe('dumps from Korean, Japanese, Chinese and Russian agencies', () => {
  const nov = new Date('2026-12-01T00:00:00Z');

  it('reads a Yonhap page in Korean: headline, KST stamp, reporter, dateline, caption, page controls', () => {
    const text = [
      '북한, 동해상으로 탄도미사일 발사…올해 들어 세 번째',
      '연합뉴스 | 입력 2026-11-20 09:12 | 수정 2026-11-20 10:05',
      '페이스북 트위터 카카오톡 링크복사',
      '글자크기 가 가 가',
      '(서울=연합뉴스) 김수연 기자 = 북한이 20일 오전 동해상으로 단거리 탄도미사일 1발을 발사했다고 합동참모본부가 밝혔다.',
      '합참은 "우리 군은 추가 발사에 대비해 감시와 경계를 강화한 가운데 한미 간 긴밀히 공조하고 있다"고 말했다.',
      '북한 탄도미사일 발사 [연합뉴스 자료사진]',
      '미사일은 약 600㎞를 비행한 뒤 동해상에 떨어진 것으로 파악됐다.',
      '2026/11/20 09:12 송고',
    ].join('\n');
    const a = cleanArticle({ text, now: nov });
    expect(a.title).toBe('북한, 동해상으로 탄도미사일 발사…올해 들어 세 번째');
    expect(a.publishedAt).toBe('2026-11-20T00:12:00.000Z');
    expect(a.author).toBe('김수연');
    expect(a.dateline).toEqual({ place: '서울', agency: '연합뉴스' });
    expect(a.captions).toEqual(['북한 탄도미사일 발사 [연합뉴스 자료사진]']);
    expect(a.paragraphs[0]).toBe('북한이 20일 오전 동해상으로 단거리 탄도미사일 1발을 발사했다고 합동참모본부가 밝혔다.');
    expect(a.paragraphs).toHaveLength(3);
    expect(a.removed.map((r) => r.reason)).toEqual(expect.arrayContaining(['timestamp', 'share', 'page-tools', 'caption']));
  });

  it('reads a Japanese stamp with 時 and 分 in the zone of the outlet named above the lead', () => {
    const lead = '政府は20日、北朝鮮が弾道ミサイルを発射したと発表した。日本の排他的経済水域の外に落下したとみられる。';
    const text = ['北朝鮮が弾道ミサイル発射 日本海に落下か', '2026年11月20日 09時12分', '共同通信', lead, '松野官房長官は記者会見で「断じて容認できない」と述べた。'].join('\n');
    const a = cleanArticle({ text, now: nov });
    expect(a.publishedAt).toBe('2026-11-20T00:12:00.000Z');
    expect(a.paragraphs[0]).toBe(lead);
  });

  it("splits TASS's dateline and reads its times in Moscow time", () => {
    const text = [
      'Russia calls for restraint on Korean Peninsula',
      'MOSCOW, November 21. /TASS/. Russia urges all parties to refrain from steps that could escalate tension on the Korean Peninsula, the ministry said.',
      '"We call on all sides to show restraint and return to the negotiating table," she told a briefing.',
      'Published: 21.11.2026 14:30',
    ].join('\n');
    const a = cleanArticle({ text, now: nov });
    expect(a.dateline).toEqual({ place: 'Moscow', agency: 'TASS' });
    expect(a.paragraphs[0]).toMatch(/^Russia urges all parties/);
    expect(a.publishedAt).toBe('2026-11-21T11:30:00.000Z');
  });

  it('splits the datelines of TASS, RIA Novosti and Interfax in Russian, and drops Russian calls to action', () => {
    const story = (lead: string) =>
      cleanArticle({
        text: [
          'МИД РФ призвал к сдержанности на Корейском полуострове',
          lead,
          '"Призываем всех воздерживаться от шагов, которые могут привести к дальнейшей эскалации", - сказала она.',
          'Читайте также: КНДР провела пуск баллистической ракеты',
          'Подписывайтесь на ТАСС в Telegram',
        ].join('\n'),
        now: nov,
      });
    const tass = story('МОСКВА, 21 ноября. /ТАСС/. Россия призывает все стороны проявлять сдержанность, заявила официальный представитель МИД РФ.');
    expect(tass.dateline).toEqual({ place: 'Москва', agency: 'ТАСС' });
    expect(tass.paragraphs[0]).toMatch(/^Россия призывает/);
    expect(tass.paragraphs).toHaveLength(2);
    expect(tass.removed.map((r) => r.reason)).toEqual(expect.arrayContaining(['call-to-action']));
    expect(story('МОСКВА, 21 ноя — РИА Новости. Россия призывает все стороны проявлять сдержанность, заявила Захарова.').dateline).toEqual({ place: 'Москва', agency: 'РИА Новости' });
    expect(story('ПХЕНЬЯН. 21 ноября. ИНТЕРФАКС - КНДР провела пуск баллистической ракеты, сообщило ЦТАК.').dateline).toEqual({ place: 'Пхеньян', agency: 'ИНТЕРФАКС' });
    // Dates in Russian, read in Moscow time.
    const stamped = cleanArticle({ text: 'МИД РФ призвал к сдержанности\n21 ноября 2026, 12:31\nМОСКВА, 21 ноября. /ТАСС/. Россия призывает все стороны проявлять сдержанность, заявила официальный представитель МИД РФ.', now: nov });
    expect(stamped.publishedAt).toBe('2026-11-21T09:31:00.000Z');
    // A sentence opening with a place is no dateline.
    expect(story('Москва выступает против расширения американо-южнокорейских учений, заявила Захарова.').dateline).toBeNull();
  });

  it('splits the datelines of Japanese agencies and papers: "【ソウル共同】", "【ソウル＝稲田清英】" with its reporter', () => {
    const story = (lead: string) =>
      cleanArticle({ text: ['北朝鮮が弾道ミサイル発射', lead, '林官房長官は記者会見で「断じて容認できない」と述べました。'].join('\n'), now: nov });
    const kyodo = story('【ソウル共同】北朝鮮は21日朝、日本海に向けて弾道ミサイルを発射した。韓国軍が明らかにした。');
    expect(kyodo.dateline).toEqual({ place: 'ソウル', agency: '共同' });
    expect(kyodo.paragraphs[0]).toBe('北朝鮮は21日朝、日本海に向けて弾道ミサイルを発射した。韓国軍が明らかにした。');
    const paper = story('【ソウル＝稲田清英】北朝鮮は21日朝、日本海に向けて弾道ミサイルを発射した。韓国軍が明らかにした。');
    expect(paper.dateline).toEqual({ place: 'ソウル', agency: null });
    expect(paper.author).toBe('稲田清英');
    // A label in the same brackets ("【速報】", "【独自】") is no dateline.
    expect(story('【速報】北朝鮮が弾道ミサイル発射の可能性、防衛省が発表しました。詳細は追って。').dateline).toBeNull();
  });

  it("takes Xinhua's reporters out of the dateline", () => {
    const text = ['外交部：中方希望各方保持克制', '新华社北京11月21日电（记者王晓、李明）外交部发言人毛宁21日表示，中方希望有关各方保持冷静克制，共同维护半岛和平稳定。', '她表示，中方愿同各方一道，继续为推动半岛问题政治解决发挥建设性作用。'].join('\n');
    const a = cleanArticle({ text, now: nov });
    expect(a.dateline).toEqual({ place: '北京', agency: '新华社' });
    expect(a.author).toBe('王晓, 李明');
    expect(a.paragraphs[0]).toMatch(/^外交部发言人毛宁/);
  });

  it("takes the reporters out of a Chinese paper's report marker, which names no place", () => {
    const text = ['外交部：中方坚决反对任何单边制裁', '【环球网报道 记者 李四、王五】在21日举行的外交部例行记者会上，发言人毛宁表示，中方坚决反对任何单边制裁。', '毛宁说：“制裁和施压解决不了问题。”'].join('\n');
    const a = cleanArticle({ text, now: nov });
    expect(a.dateline).toBeNull();
    expect(a.author).toBe('李四, 王五');
    expect(a.paragraphs[0]).toMatch(/^在21日举行/);
    // A bracketed label is no report marker.
    expect(cleanArticle({ text: ['外交部表态', '【专家解读】中方坚决反对任何单边制裁，外交部发言人毛宁21日表示。', '毛宁说：“制裁和施压解决不了问题。”'].join('\n'), now: nov }).paragraphs[0]).toMatch(/^【专家解读】/);
  });

  it('reads the time on a source line, in the zone of the dateline agency', () => {
    expectReason('source-line', ['Source: KCNA | 2026-11-21 06:00 | Hits: 1,024', 'Source: Global Times Published: Nov 21, 2026 10:48 PM']);
    expectReason('page-tools', ['A A A', 'A+ A-', '가 가 가']);
    const text = [
      'Kim Jong Un Inspects Munitions Factory',
      "Pyongyang, November 21 (KCNA) -- Kim Jong Un, general secretary of the Workers' Party of Korea, inspected a munitions factory.",
      "He said that the factory should further increase production to bolster the nation's war deterrent.",
      'Source: KCNA | 2026-11-21 06:00 | Hits: 1,024',
    ].join('\n');
    const a = cleanArticle({ text, now: nov });
    expect(a.dateline).toEqual({ place: 'Pyongyang', agency: 'KCNA' });
    expect(a.publishedAt).toBe('2026-11-20T21:00:00.000Z');
  });

  it('removes the furniture of regional news pages, in their languages', () => {
    expectReason('menu', ['首页 > 新闻中心 > 国际新闻', 'ホーム > 国際 > アジア', 'ニュース 政治 経済 国際 社会', '福娘童話集 > きょうのイソップ童話 > １月のイソップ童話 > 欲張りなイヌ', 'News > World > Asia > Korea']);
    // An inequality in a sentence is no breadcrumb.
    expectReason(null, ['The ratio was x > 2 > y in both trials, which the authors call small.']);
    expectReason('hit-counter', ['閲覧数 1234']);
    expectReason('call-to-action', ['[이 시각 많이 본 기사]', '▶ 연합뉴스 앱 설치하기', '▶제보는 카톡 okjebo', '点击进入专题', 'Our Standards: The Thomson Reuters Trust Principles.']);
    expectReason('source-line', ['本文来源：环球网', '（责任编辑：李四）', '[责任编辑:肖春芳]', '編集：田中']);
    expectReason('copyright', [
      '※ 이 기사는 AI 학습에 활용될 수 없습니다',
      '【美国The Next Web作品的中文相关权益归腾讯公司独家所有。未经授权，不得转载、摘编等。】',
      '本記事の無断転載を禁じます。',
    ]);
    expectReason('call-to-action', ['精彩视频推荐', '猜你喜欢', 'おすすめ記事', '관련 영상', '인기기사']);
    expectReason(null, ['관련 영상에는 북한 미사일 발사 장면이 담겼다.', '人気記事の一覧は毎日更新されます。']);
    expectReason('advertisement', ['Advertisement - Scroll to continue']);
    expectReason('seo-spam', ['代开发票 13800138000', '最新av在线观看', '안전한 토토사이트 추천 먹튀 검증']);
    expectReason('credit', ['Reporting by Hyonhee Shin; Editing by Ed Davies', '(Additional reporting by Josh Smith in Seoul)']);
    // A section name alone is a word in a list, not a menu.
    expectReason(null, ['動画', '▶ 북한은 이날 오전 평양 순안 일대에서 단거리 탄도미사일 2발을 발사했다.']);
  });

  it('removes notes about the text and appeals for support, and keeps sentences that share their words', () => {
    expectReason('disclosure', [
      'Dieser Text entspricht den Vorgaben der ärztlichen Fachliteratur, medizinischen Leitlinien sowie aktuellen Studien und wurde von Medizinern geprüft.',
      'Medically reviewed by Jane Doe, MD — Written by John Roe on March 3, 2021',
      'Bei diesem Beitrag handelt es sich um ein Blog aus der Freitag-Community',
      '*Bonus value is an estimated value calculated by TPG and not the card issuer. View our latest valuations here.',
      'Disclaimer: The responses below are not provided or commissioned by the bank advertiser. Responses have not been reviewed, approved or otherwise endorsed by the bank advertiser.',
    ]);
    expectReason('call-to-action', [
      'Gefällt dir unser Klettermagazin? Bei der Lancierung haben wir entschieden, keine Bezahlschranke einzuführen. Das wird auch so bleiben, denn wir möchten möglichst viele Gleichgesinnte mit News versorgen.',
      'Kennt ihr schon unseren Brandfinder? Ab sofort findet ihr mit unserem Brandfinder Fair Fashion Labels auf einen Klick – von uns kuratiert und geprüft.',
      'Zapraszamy też do subskrypcji tygodnika w Sieci Przyjaciół – www.siecprzyjaciol.pl i oglądania ciekawych audycji telewizji wPolsce.pl.',
      'DHB jetzt auch digital!Einfach hier klicken und für das digitale DHB registrieren!',
    ]);
    expectReason(null, [
      'Der Impfstoff wurde von Experten der EMA geprüft und am Montag zugelassen, teilte das Ministerium mit.',
      'The loan was not provided by the bank, the court found, and the case was sent back for a new hearing.',
      'Gefällt dir das neue Design der Seite, wollte die Moderatorin von ihrem Gast wissen, und erhielt keine Antwort.',
    ]);
  });

  it('keeps a labelled list of names or titles and a bare list of people, and still takes a list of search phrases or tags for spam', () => {
    expectReason(null, [
      'Attendees: Kim Jong Un, Choe Son Hui, Pak Jong Chon, Jo Yong Won, Kim Tok Hun, Ri Pyong Chol',
      'Honorable mentions: Marjorie Prime, Phantom Thread, Casting JonBenet, The Post, The Shape of Water, Logan Lucky',
      'Estados Unidos: TUDN App, Paramount+, TUDN USA, Univision NOW, SiriusXM FC, TUDNxtra, TUDN.com',
      'Kim Yo Jong, Choe Son Hui, Ri Pyong Chol, Pak Jong Chon, Jo Yong Won, Kim Tok Hun',
      'Lee Jae-myung, Yoon Suk Yeol, Kim Jong Un, Xi Jinping, Donald Trump, Vladimir Putin',
    ]);
    expectReason('seo-spam', ['cheap flights, cheap hotels, best deals, travel insurance, car rental, holiday packages', 'North Korea, Missile, ICBM, Sanctions, Kim Jong Un, Pyongyang', 'Best deals: cheap flights, cheap hotels, travel insurance, car rental, holiday packages, cruises']);
    expectReason('tags', ['Keywords: North Korea, missile, ICBM, JCS, Kim Jong Un, Pyongyang, sanctions']);
  });

  it('takes lines spelt with look-alike letters of another script for spam, and keeps real mixed-script text', () => {
    // "Your content is delivered instantly…" with Cyrillic о, с, е, і, ѕ, а, у among the Latin letters.
    expectReason('seo-spam', [
      'Yоur соntеnt іѕ dеlіvеrеd іnѕtаntlу tо thоuѕаndѕ оf uѕеrѕ іn Веlіzе аnd аbrоаd!',
      'Соntасt uѕ аt marketing@example.com оr саll uѕ аt 501-601-0315.',
    ]);
    expectReason(null, [
      'Президент встретился с CEO компании Apple в Москве, сообщает ТАСС.',
      'The Greek letter α (alpha) and the Cyrillic Ж appear in the formula Жα.',
      // One slip of the keyboard (a Cyrillic "с" in "сonference") is no disguise.
      'The сonference opened on Tuesday with statements from both delegations and a joint communiqué.',
    ]);
  });

  it('removes the line furniture of Korean, Chinese and Japanese news pages, and keeps sentences that use the same words', () => {
    expectReason('page-tools', ['좋아요 0 화나요 0 슬퍼요 0 추천해요 0', '좋아요 화나요 슬퍼요', '이 기사를 추천합니다']);
    expectReason('comments', ['댓글 0', '评论(12)', 'コメント 3件']);
    expectReason('share', ['기사 공유하기 페이스북 트위터 카카오톡', '分享到：微信 微博 QQ空间']);
    expectReason('call-to-action', ['기사제보 및 보도자료 press@newsis.com', '기자의 다른 기사 보기', '▼この記事の続きを読む', 'この記事の写真をすべて見る', '関連ニュース']);
    expectReason('source-line', ['（原标题：朝鲜再次发射弹道导弹）']);
    expectReason('disclosure', ['【免责声明】本文仅代表作者本人观点，与本网无关。']);
    expectReason(null, [
      '북한 주민들은 좋아요 버튼을 누를 수 없다고 그는 말했다.',
      '좋아요, 화나요 등 반응이 쏟아졌다.',
      '좋아요 좋아요 하면서 웃었다',
      '제보자는 익명을 요구했다.',
      '댓글 0개가 달렸다는 사실이 알려졌다.',
      '原标题被删除后，外交部回应称。',
    ]);
  });

  it('keeps a sentence that mentions a release and a date', () => {
    expectReason(null, ['37. 那英助阵蔡健雅新专辑发布 ．新华网[引用日期2013-10-22]', 'The talks were held on 2026-11-20 and updated later with new statements from both sides.']);
  });

  it('reads zones written as GMT+9 or UTC-05:00, also when the year runs into the hour', () => {
    expect(parseDate('November 20, 20269:12 AM GMT+9Updated 2 hours ago')?.iso).toBe('2026-11-20T00:12:00.000Z');
    expect(parseDate('Nov 20, 2026 9:12 AM UTC-05:00')?.iso).toBe('2026-11-20T14:12:00.000Z');
    expect(parseDate('2026-11-20 09:12 GMT+9')?.iso).toBe('2026-11-20T00:12:00.000Z');
    expect(parseDate('2026-11-20 09:12 GMT', 540)?.iso).toBe('2026-11-20T09:12:00.000Z');
  });

  it("reads North Korea's Juche years by the year in brackets", () => {
    expect(parseDate('주체115(2026)년 11월 21일')?.local).toBe('2026-11-21');
    expect(parseDate('Juche 115 (2026).11.21.')?.local).toBe('2026-11-21');
  });

  it('removes Korean photo credits, translator credits and the reporter\'s address on lines of their own', () => {
    expectReason('credit', ['[중앙포토]', '[사진 = 연합뉴스]', '[국방부 제공]', 'Translated by Kim Soo-yeon']);
    expectReason('contact', ['Write to Kim Soo-yeon at ksy@joongang.co.kr']);
    expectReason(null, ['Write to your representative at the address below before Friday.']);
  });

  it('reads 12-hour clocks in Korean, Japanese and Chinese', () => {
    expect(parseDate('입력 2026.11.20. 오후 3:12', 540)?.iso).toBe('2026-11-20T06:12:00.000Z');
    expect(parseDate('2026年11月20日 午後3時12分', 540)?.iso).toBe('2026-11-20T06:12:00.000Z');
    expect(parseDate('2026-11-21 下午3:30', 480)?.iso).toBe('2026-11-21T07:30:00.000Z');
    expect(parseDate('2026.11.20. 오전 12:05', 540)?.iso).toBe('2026-11-19T15:05:00.000Z');
  });
});

describe('a Korean portal page', () => {
  const body = [
    '(서울=연합뉴스) 김수연 기자 = 북한이 20일 오전 동해상으로 단거리 탄도미사일 1발을 발사했다고 합동참모본부가 밝혔다.',
    '<span class="end_photo_org"><img src="a.jpg"><em class="img_desc">북한 탄도미사일 발사 [연합뉴스 자료사진]</em></span>',
    '합참은 "우리 군은 추가 발사에 대비해 감시와 경계를 강화한 가운데 한미 간 긴밀히 공조하고 있다"고 말했다.',
    '미사일은 약 600㎞를 비행한 뒤 동해상에 떨어진 것으로 파악됐다. 군 당국은 정확한 제원을 분석 중이다.',
    'ksy@yna.co.kr',
  ].join('<br><br>');
  const html = `<html lang="ko"><head><meta property="og:site_name" content="연합뉴스"><meta property="article:published_time" content="2026-11-20T09:12:00+09:00"><title>북한, 동해상으로 탄도미사일 발사 : 네이버 뉴스</title></head><body><h2>북한, 동해상으로 탄도미사일 발사</h2><div class="media_end_head_journalist"><em class="media_end_head_journalist_name">김수연 기자</em></div><article id="dic_area">${body}</article><div class="copyright">Copyright ⓒ 연합뉴스. All rights reserved.</div></body></html>`;

  it("ends the story before the reporter's address, and names the reporter without a title", () => {
    const a = cleanArticle({ html, now });
    expect(a.paragraphs.at(-1)).toBe('미사일은 약 600㎞를 비행한 뒤 동해상에 떨어진 것으로 파악됐다. 군 당국은 정확한 제원을 분석 중이다.');
    expect(a.removed).toContainEqual({ text: 'ksy@yna.co.kr', reason: 'contact' });
    expect(a.captions).toEqual(['북한 탄도미사일 발사 [연합뉴스 자료사진]']);
    expect(a.dateline).toEqual({ place: '서울', agency: '연합뉴스' });
    expect(a.author).toBe('김수연');
  });

  it("names the reporter who signs the story with an address, and cuts a newspaper's trail of sections from the title", () => {
    const page = `<html lang="ko"><head><title>북, 동해상 탄도미사일 발사 : 국방·북한 : 정치 : 뉴스 : 한겨레</title><meta property="og:site_name" content="한겨레"></head>
<body><h4 class="title">북, 동해상 탄도미사일 발사</h4><div class="article-text"><p>북한이 20일 오전 동해상으로 탄도미사일 1발을 발사했다. 합동참모본부는 이날 “우리 군은 단거리 탄도미사일 1발을 포착했다”고 밝혔다.</p>
<p>북한의 탄도미사일 발사는 올해 들어 세 번째다. 합참은 감시와 경계를 강화한 가운데 미국·일본 쪽과 관련 정보를 긴밀히 공유하고 있다고 덧붙였다.</p>
<p>일본 방위성도 북한이 탄도미사일을 발사했다고 발표했다. 미사일은 일본의 배타적경제수역 밖에 떨어진 것으로 추정된다.</p>
<p>홍길동 기자 <a href="mailto:gildong@hani.co.kr">gildong@hani.co.kr</a></p></div></body></html>`;
    const a = cleanArticle({ html: page, url: 'https://www.hani.co.kr/arti/politics/defense/1100000.html', now });
    expect(a.author).toBe('홍길동');
    expect(a.title).toBe('북, 동해상 탄도미사일 발사');
    expect(a.paragraphs).toHaveLength(3);
  });

  it("takes the reporter over the portal's author field, which names the outlet and the portal ('연합뉴스 | 네이버')", () => {
    const portal = html.replace('<meta property="og:site_name" content="연합뉴스">', '<meta property="og:site_name" content="네이버 뉴스"><meta property="og:article:author" content="연합뉴스 | 네이버">');
    expect(cleanArticle({ html: portal, now }).author).toBe('김수연');
    // An outlet's name in Korean or Chinese script is no person's.
    expect(namesPeople('김수연')).toBe(true);
    expect(namesPeople('王晓东')).toBe(true);
    expect(namesPeople('연합뉴스')).toBe(false);
    expect(namesPeople('新华社')).toBe(false);
  });

  it("removes the wire's end mark, and the reporter's address before it", () => {
    expectReason('end-marker', ['(END)', '(끝)', '（完）', '【完】', 'ENDS', '- END -']);
    const paragraphs = ['SEOUL, Nov. 20 (Yonhap) -- North Korea fired a short-range ballistic missile into the East Sea on Friday, the military said.', 'The missile flew about 600 kilometers before falling into waters, the JCS said, adding that the allies were analyzing details.', 'ksy@yna.co.kr', '(END)'];
    const a = cleanArticle({ html: `<html><body><div class="story-news article">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`, now });
    expect(a.paragraphs).toHaveLength(2);
    expect(a.removed.map((r) => r.reason)).toEqual(expect.arrayContaining(['contact', 'end-marker']));
  });

  it('keeps an address that stands inside the story', () => {
    const text = ['Ministry opens a hotline for families', 'The ministry said families can write to the address below with questions about relatives in the North.', 'hotline@unikorea.go.kr', 'The hotline will stay open until the end of the year, officials said on Friday.'].join('\n');
    expect(cleanArticle({ text, now }).paragraphs).toContain('hotline@unikorea.go.kr');
  });

  it("drops the writer's note that closes the story, and only there", () => {
    const story = [
      'SEOUL, Nov. 20 -- North Korea fired a short-range ballistic missile into the East Sea on Friday, the military said in a statement.',
      'Choe Son Hui is a veteran negotiator and the first woman to serve as the North\'s foreign minister, officials noted on Friday.',
      'The missile flew about 600 kilometers before falling into waters, the JCS said, adding that the allies were analyzing details.',
    ];
    for (const note of [
      'Mark di Stefano is a breaking news reporter for BuzzFeed News and is based in Sydney, Australia.',
      'Erin Cunningham is an Egypt-based correspondent for The Post. She previously covered conflicts in the Middle East and Afghanistan.',
    ]) {
      const a = cleanArticle({ html: `<html><body><div class="story-news article">${[...story, note].map((p) => `<p>${p}</p>`).join('')}</div></body></html>`, now });
      expect(a.paragraphs).toHaveLength(3);
      expect(a.removed).toContainEqual({ text: note, reason: 'bio' });
    }
    // A note inside the story is what it reports: an editor who is the subject stays.
    const inside = ['Kim Min-ji is a veteran editor of the Korea Herald, who resigned on Friday after the report was published in full.', ...story];
    expect(cleanArticle({ html: `<html><body><div class="story-news article">${inside.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`, now }).paragraphs).toHaveLength(4);
  });

  it('takes "Check out more articles on …" for a call to action', () => {
    expectReason('call-to-action', ['Check out more articles on BuzzFeed.com!', 'Check out our latest stories and videos']);
    expectReason(null, ['Check out the new rules: the ministry published them on Friday and they take effect next month.']);
  });
});

describe('a Chinese agency page', () => {
  const html = `<html><head><title>外交部：中方希望各方保持克制-新华网</title></head><body><h1>外交部：中方希望各方保持克制</h1><div id="detail">
<p>新华社北京11月21日电（记者王晓）外交部发言人毛宁21日表示，中方希望有关各方保持冷静克制，共同维护半岛和平稳定。</p>
<p>毛宁说：“半岛问题的症结清晰明确。中方一贯主张通过对话协商解决各方关切，反对任何加剧紧张的做法。”</p>
<p><img src="x.jpg"></p><p>11月21日，外交部发言人毛宁主持例行记者会。新华社记者 李明 摄</p>
<p>她表示，中方愿同各方一道，继续为推动半岛问题政治解决发挥建设性作用，并呼吁各方相向而行。</p></div></body></html>`;

  it('cuts the site name joined by a bare hyphen where the headline ends, and sets the photo credit aside', () => {
    const a = cleanArticle({ html, now });
    expect(a.title).toBe('外交部：中方希望各方保持克制');
    expect(a.captions).toEqual(['11月21日，外交部发言人毛宁主持例行记者会。新华社记者 李明 摄']);
    expect(a.paragraphs).toHaveLength(3);
    expect(a.author).toBe('王晓');
  });

  it("reads the reporters' byline line under the headline, and a caption credited to its photographer without 记者", () => {
    const page = `<html><head><title>益阳：数字乡村建设见闻</title></head><body><h1>益阳：数字乡村建设见闻</h1><div id="detail">
<p>半月谈记者 史卫燕 程群</p>
<p>益水之阳，是名益阳。这个洞庭湖区的重要城市，60年前就曾在作家周立波笔下的《山乡巨变》中展现风貌。</p>
<p>为了上网推介、售卖家乡特产，安化县一块花生地里正录制视频 李尕 摄</p>
<p>无土栽培、立体种植、智能调控、四季生产……在益阳一个智慧农业园区里，物联网、大数据等技术，对农业生产进行智能感知。</p>
<p>经营者告诉半月谈记者，经智慧技术提升过的特色种植业，每亩年收入可达6万至8万元，比传统种植高出数倍。</p></div></body></html>`;
    const a = cleanArticle({ html: page, now });
    expect(a.author).toBe('史卫燕, 程群');
    expect(a.captions).toEqual(['为了上网推介、售卖家乡特产，安化县一块花生地里正录制视频 李尕 摄']);
    expect(a.paragraphs).toHaveLength(3);
  });

  it('takes the writers named after the last sentence for the authors, and drops a lone gallery link', () => {
    const page = `<html><head><title>武汉的声音</title></head><body><h1>武汉的声音</h1><div id="detail">
<p>在抗击新冠肺炎疫情的日子里，封在武汉的父母们总要万般无奈而又小心翼翼回应着孩子天真的追问。</p>
<p>即便日常已改变了模样，但生活依然要继续。纵然已有焦虑煎熬，但内心仍需要坚强。</p>
<p>越是到疫情防控最为吃劲的时候，越是需要汇聚信心与力量。疫情虽在持续，但希望就在继续努力之中。</p>
<p>正是有了英勇的你们，才有这座英雄的城！（评论员 罗博 萧海川）</p><p>图集</p></div></body></html>`;
    const a = cleanArticle({ html: page, now });
    expect(a.author).toBe('罗博, 萧海川');
    expect(a.paragraphs.at(-1)).toBe('正是有了英勇的你们，才有这座英雄的城！（评论员 罗博 萧海川）');
    const dump = cleanArticle({
      text: '中方呼吁各方保持克制\n\n外交部发言人21日表示，中方希望有关各方保持冷静克制，共同维护半岛和平稳定。\n\n她表示，中方愿同各方一道，继续为推动半岛问题政治解决发挥建设性作用。（记者 张三、李四）\n',
      now,
    });
    expect(dump.author).toBe('张三, 李四');
    // The last paragraph is a sentence, though the writers' names in parentheses follow its full stop.
    expect(dump.paragraphs).toHaveLength(2);
    for (const paragraph of ['这是一个例子（见图）', '会议在北京举行（完）', '他表示（记者会上）']) expect(closingChineseByline(paragraph), paragraph).toBeNull();
  });

  it('reads a stamp of the date and the writer, either way round, and nothing else', () => {
    const stamps: [string, string][] = [
      ['11.12.2019 - Amelie Loevenich', 'Amelie Loevenich'],
      ['Reiner Nagel | 25.10.2022, 15:20 Uhr', 'Reiner Nagel'],
      ['November 20, 2026 · Kim Tong-Hyung and Mari Yamaguchi', 'Kim Tong-Hyung and Mari Yamaguchi'],
      ['2026-11-20 • Jane Doe', 'Jane Doe'],
    ];
    for (const [line, names] of stamps) expect(datedByline(line), line).toBe(names);
    // A year alone is no stamp, a section is no writer, and a sentence is neither.
    for (const line of ['Nikole Hannah-Jones (Hrsg.) • 1619', '24.01.2022 - Meldung - Energiewende im Gebäudebereich', 'Kultur | 19.10.19', 'Am 11.12.2019 sagte Amelie Loevenich, es gehe voran.', 'Jane Doe']) {
      expect(datedByline(line), line).toBeNull();
    }
    const page = `<html><body><article><h1>Variablen und ihr Zuhause</h1><p>11.12.2019 - Amelie Loevenich</p>${'<p>Variablen speichern Werte, die ein Programm später wieder braucht, und jede hat einen Namen.</p>'.repeat(4)}</article></body></html>`;
    const a = cleanArticle({ html: page, now: new Date('2024-01-01T00:00:00Z') });
    expect(a.author).toBe('Amelie Loevenich');
    expect(a.publishedDate).toBe('2019-12-11');
    expect(a.paragraphs[0]).toMatch(/^Variablen speichern/);
  });

  it('tells Chinese byline lines from short sentences about reporters', () => {
    const bylines: [string, string][] = [
      ['本报记者 王晓东 通讯员 李明', '王晓东, 李明'],
      ['新华社记者 张三、李四', '张三, 李四'],
      ['本报记者王晓东', '王晓东'],
      ['（记者张三）', '张三'],
      ['记者 张三', '张三'],
      ['文/张三', '张三'],
      ['作者：买买提·艾力', '买买提·艾力'],
    ];
    for (const [line, names] of bylines) expect(bylineOf(line), line).toBe(names);
    for (const line of ['他告诉记者他很好', '记者会上他表示', '记者会见了他', '记者节快乐']) expect(bylineOf(line), line).toBeNull();
  });

  it("reads a People's Daily page: the title before '--国际--人民网', the time from the stamp over the story, the editors' line out", () => {
    const page = `<html><head><title>外交部：中方希望半岛有关各方保持克制--国际--人民网</title></head><body>
<h1>外交部：中方希望半岛有关各方保持克制</h1><div class="col-1-1 fl">2026年11月20日16:20 | 来源：<a href="/">人民网－国际频道</a></div>
<div class="rm_txt_con cf"><p>人民网北京11月20日电（记者 王晓东）外交部发言人毛宁20日在例行记者会上表示，中方希望半岛有关各方保持冷静克制，共同维护半岛和平稳定。</p>
<p>毛宁说：“半岛问题的症结清晰明确。中方一贯主张通过对话协商解决各方关切，反对任何加剧紧张的做法。”</p>
<p>她表示，中方愿同各方一道，继续为推动半岛问题政治解决发挥建设性作用。</p><div class="edit cf">(责编：张三、李四)</div></div></body></html>`;
    const a = cleanArticle({ html: page, url: 'http://world.people.com.cn/n1/2026/1120/c1002-40000000.html', now: new Date('2026-12-01T00:00:00Z') });
    expect(a.title).toBe('外交部：中方希望半岛有关各方保持克制');
    expect(a.publishedAt).toBe('2026-11-20T08:20:00.000Z');
    expect(a.paragraphs).toHaveLength(3);
    expect(a.author).toBe('王晓东');
  });

  it('keeps a hyphen or underscore inside a title that no headline ends at', () => {
    const page = `<html><head><title>新竹尖石_美樹營地賞楓</title></head><body><h1>史蒂文的家</h1><article>${body(4)}</article></body></html>`;
    expect(cleanArticle({ html: page, now }).title).toBe('新竹尖石_美樹營地賞楓');
  });
});

describe('furniture in parentheses, gallery buttons, pingbacks, cut-off teasers', () => {
  it('removes each kind, and keeps sentences that look alike', () => {
    expectReason('credit', ['(Credit: Clayton Aldern / Grist)', '(Credits: Amazon Prime Video)']);
    expectReason('credit', [
      'Originally published at www.courtneykirchoff.com on November 18, 2011. Sadly this solo post did not stop the abuse of literally.',
      'This article was originally published on coolimba and has been republished here with permission.',
      'Dieser Artikel erschien zuerst in der EMOTION 10/22.',
    ]);
    expectReason(null, ['The report, first published in 2019, said the sanctions had failed.']);
    expectReason('caption', ['Vergrößern Eine kleine runde Aussparung für die Facetime-Kamera im Display des iPhones 14.']);
    expectReason('tags', [
      'News date : 04/21/2022 Category : Press Releases',
      'Kategorie: Erste Versuche',
      'Dieser Eintrag wurde veröffentlicht in politisches und getaggt als Demokratie, EU, Wahlen. Fügen Sie den permalink zu Ihren Favoriten hinzu.',
      'This entry was posted in News and tagged ferries, harbour. Bookmark the permalink.',
    ]);
    expectReason(null, ['Der Bericht wurde am Mittwoch veröffentlicht und sorgte für Aufsehen in der Regierung.']);
    expectReason('call-to-action', ['Audios et vidéos sur le sujet', '(Alle Angaben ohne Gewähr)', 'Um den Tipp "Tomaten richtig schneiden" kommentieren zu können, müssen Sie eingeloggt sein.']);
    expectReason('comments', [
      'Pingback von Too much information - Papierkorb - Lesezeichen | 11.09.2011 23:31',
      'Los comentarios publicados son de exclusiva responsabilidad de sus autores y las consecuencias derivadas de ellos pueden ser pasibles de sanciones legales. Aquel usuario que incluya en sus mensajes algún comentario violatorio del reglamento será eliminado e inhabilitado para volver a comentar. Enviar un comentario implica la aceptación del Reglamento.',
      'Comments are the sole responsibility of their authors and do not reflect the views of this newspaper.',
      '3 Kommentare',
      '12 Responses',
      'No comments',
      '[…] Gefällt mir – jovelblog – Unlängst spazierte ich ahnungslos durch Eimsbüttel, da baumelte vom Balkon herunter: […]',
    ]);
    expectReason(null, ['[…] the ministry said, adding that talks would resume.', '3 comments from the minister drew criticism on Friday']);
    // A story about comments is no house rule.
    expectReason(null, ['The minister said the comments posted online were the responsibility of their authors, not of the platforms.']);
    expectReason('teaser', ['Auskunft über vergangenes Wetter… mehr •••']);
    expectReason('label', ['Ansprechpartnerin zum Thema:']);
    expectReason('timestamp', ['2021-10-16 | Botschaft', '24. April 2020 | Pressemitteilungen', '6. November 2023 | 3 Kommentare', '3 May 2022 · World']);
    expectReason(null, ['3 May 2022 | The ministry said the talks would resume next week in Geneva.']);
    expectReason(null, ['He said the talks would continue... more than ever.', 'Enlarged sanctions lists were published on Friday by the ministry.']);
    expectReason('menu', ['> Blog > Aus den Ländern > Digitalpolitische Jahrestagung 2015 der Heinrich-Böll-Stiftung Baden-Württemberg']);
    expectReason(null, ['> Note: the figures are provisional.']);
  });

  it('removes the furniture of wire services and of Chinese, Japanese, Korean, Russian and SCMP pages, and keeps sentences that look alike', () => {
    const cases: [string | null, string[]][] = [
      ['cms-junk', [
        "window.googletag = window.googletag || {cmd: []}; googletag.cmd.push(function() { googletag.display('div-gpt-ad-1'); });",
        '(adsbygoogle = window.adsbygoogle || []).push({});',
        "window.dataLayer.push({ event: 'article_view' });",
      ]],
      ['menu', ['정치 · 북한', '国际 | 亚太', 'ニュース > アジア']],
      ['hit-counter', ['阅读 1.2万', '浏览量: 100+', 'Просмотров: 1234', 'Post Views: 1.432', 'Aufrufe: 120', 'Read 1234 times', '1.234 mal gelesen']],
      ['page-tools', ['点赞 12 收藏 3 转发 4', '추천 0 비추천 0', 'Likes 12 Comments 3']],
      ['share', ['メール', 'ブックマーク', '微信 微博 QQ空间 复制链接', 'Поделиться: ВКонтакте Telegram WhatsApp']],
      ['credit', [
        'Edited by Bryan Betts',
        'ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY. REUTERS IS UNABLE TO INDEPENDENTLY VERIFY THIS IMAGE.',
        'This article appeared in the South China Morning Post print edition as: Kim watches drills',
      ]],
      ['call-to-action', [
        'This article is available to NK Pro members only.',
        'This content is reserved for subscribers.',
        'この記事は有料記事です。残り1234文字',
        '有料会員になると続きをお読みいただけます。',
        '今すぐ登録（春トクキャンペーン中）',
        '유료 회원 전용 기사입니다',
        '开通会员阅读全文',
        // The furniture of an SCMP page.
        'Why you can trust SCMP',
        'By submitting, you consent to receiving marketing emails from SCMP.',
        'Please enter a valid email address',
        'Discover more',
        'Keep reading with a subscription',
      ]],
      ['tags', ['Topic | North Korea']],
      ['reading-time', ['3-MIN READ']],
      // A stamp beside its source (People's Daily, Xinhua) or after the outlet's name.
      ['timestamp', [
        '2024年03月05日08:12 | 来源：人民网－国际频道',
        '2024-03-05 16:20:11｜来源：新华网',
        '央视网 | 2024年03月05日 15:30',
        'Yonhap | 2024-03-05 09:12',
        'NK News | March 5, 2024',
      ]],
      [null, [
        'The ministry said googletag and adsbygoogle were among the trackers found on government sites.',
        '한·미 정상회담',
        '북한 · 중국 정상회담 열려',
        'Politics · World',
        'He said 12 comments 3 days ago were removed.',
        '阅读量增长了1.2万，官员表示。',
        'He edited by hand the statement released by Reuters.',
        'This article is available in Korean and Japanese, the ministry said.',
        '有料会員の数は昨年より増えたと同社は発表した。',
        '유료 회원이 늘었다고 회사는 밝혔다.',
        'By signing the agreement, the two sides pledged to cooperate.',
        'Keep reading the statements, the ministry urged.',
        '2024年3月5日 | 北朝鮮が弾道ミサイル発射、防衛省が発表した',
        'The talks | scheduled for March 5, 2024',
        'Kim said the launch | 2024-03-05 was a test',
        'Population | 1,234,567',
      ]],
    ];
    for (const [reason, lines] of cases) expectReason(reason, lines);
    // SCMP prints the time before the date.
    expect(parseDate('Published: 9:00pm, 5 Mar, 2024', 480)?.iso).toBe('2024-03-05T13:00:00.000Z');
    expect(parseDate('14:20 · March 5, 2024', 480)?.iso).toBe('2024-03-05T06:20:00.000Z');
    expect(parseDate('Score 2:1, March 5, 2024', 480)?.iso).toBe('2024-03-05T00:00:00.000Z');
  });

  it("knows a wire photographer's caption under a gallery's count and over the agency's sales button", () => {
    const line = '[1/3] A TV broadcasts a news report on North Korea firing a ballistic missile, in Seoul, November 20, 2026. REUTERS/Kim Hong-Ji Purchase Licensing Rights';
    expect(isCaptionLine(line)).toBe(true);
    const a = cleanArticle({ text: `${line}\n\nSEOUL, Nov 21 (Reuters) - North Korea said on Friday it had tested a new solid-fuel intercontinental ballistic missile, state media reported.`, now });
    expect(a.captions).toEqual(['A TV broadcasts a news report on North Korea firing a ballistic missile, in Seoul, November 20, 2026. REUTERS/Kim Hong-Ji']);
  });

  it('knows a caption by a stock or archive credit after a slash, or a © glued to the text', () => {
    expect(isCaptionLine('Schneeräumpflicht - was man darüber wissen muss© Rike/pixelio.de')).toBe(true);
    expect(isCaptionLine('Angus Barbieri mając 27 lat, ważył 206 kilogramów /domena publiczna')).toBe(true);
    expect(isCaptionLine('The company © 2020 said it would publish results.')).toBe(false);
  });

  it('knows Korean, Japanese, Chinese and German photo credits set with "=" or in parentheses, and credits alone on their line', () => {
    for (const caption of ['김정은 국무위원장이 미사일 발사를 참관하고 있다. /사진=뉴스1', '北朝鮮が発射したミサイル（写真＝共同）', 'VW-Chef Herbert Diess: Die Stimmung in Wolfsburg ist aktuell nicht gut. (Foto: Volkswagen)']) {
      expect(isCaptionLine(caption), caption).toBe(true);
    }
    expect(isCaptionLine('합참은 이날 "북한이 오전 7시 40분께 탄도미사일 1발을 발사했다"고 밝혔다.')).toBe(false);
    expectReason('credit', ['[조선중앙TV 화면 캡처]', '（图片来源：视觉中国）', '资料图']);
  });

  it("knows the wire services' captions: 'Photo taken on … shows', Kyodo's '==Kyodo', Yonhap's redistribution notice", () => {
    const captions = [
      'Photo taken March 5, 2024, shows a TV news program in Tokyo reporting the launch. (Kyodo) ==Kyodo',
      'Photo taken on Feb. 5, 2024 shows delegates arriving at the talks in Panmunjom.',
      'File photo taken in 2019 shows the Yongbyon nuclear complex.',
      'Delegates arrive at the talks in Panmunjom on March 5. (Kyodo)',
      '[조선중앙통신 연합뉴스 자료사진. 국내에서만 사용가능. 재배포 금지. For Use Only in the Republic of Korea. No Redistribution]',
      '(평양 조선중앙통신=연합뉴스) 김정은 국무위원장이 미사일 발사를 참관했다고 조선중앙통신이 보도했다. [국내에서만 사용가능. 재배포 금지. For Use Only in the Republic of Korea. No Redistribution] nkphoto@yna.co.kr',
      '국방부 청사 전경 /연합뉴스',
      '김정은 국무위원장이 미사일 발사를 참관하고 있다. /AP 연합뉴스',
      'A man watches a TV news broadcast at a railway station in Seoul, South Korea, March 5, 2024. REUTERS/Kim Hong-Ji',
      'South Korean soldiers patrol near the border in Paju, March 5, 2024. (AP Photo/Ahn Young-joon)',
      "Kim Jong Un inspects a factory in this undated photo released by North Korea's Korean Central News Agency (KCNA). KCNA via REUTERS",
      // Korean English-language papers: the agency or the photographer after the caption's last sentence.
      'President Yoon Suk Yeol speaks during a meeting at the presidential office in Seoul, Tuesday. Yonhap',
      'Unification Minister Kim Yung-ho speaks at a forum in Seoul, Tuesday. Korea Times photo by Shim Hyun-chul',
      'Defense Minister Shin Won-sik inspects a frontline unit, Tuesday. [YONHAP]',
      'Officials of the two Koreas meet in Panmunjom in 2018. Courtesy of the Ministry of Unification',
    ];
    // Sentences that merely mention a photo or an agency stay.
    const sentences = [
      '북한은 이날 미사일을 발사했다고 연합뉴스가 보도했다.',
      'The report was filed from Seoul by Reuters/Ipsos',
      'Support for the plan fell, a Reuters/Ipsos poll showed on Tuesday.',
      'The figures were reported via Reuters.',
      'The photo taken by the satellite shows a new launch pad, analysts said.',
      'Kyodo News reported the launch on Tuesday, citing government sources.',
      'Foreign media may use the images only for use in the Republic of Korea, the ministry said.',
      // A story's last paragraph closing with its agency reports; a caption does not.
      'The ministry said the talks would resume next week in Geneva, officials said. (Yonhap)',
      'The missile flew 600 kilometers, the military said, citing data shared with the U.S. and Japan. Yonhap',
      'North Korea fired a missile, Yonhap said.',
    ];
    for (const line of captions) expect(isCaptionLine(line), line).toBe(true);
    for (const line of sentences) expect(isCaptionLine(line), line).toBe(false);
  });
});

describe('comment forms, downloads, licences and blog navigation', () => {
  it('removes each kind, and keeps sentences that mention the same words', () => {
    expectReason('call-to-action', [
      'Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.',
      'Dieses Skript als PDF herunterladen',
      'Puede escribirnos a nuno@esmateria.com o seguir a Materia en Facebook, Twitter, Instagram o suscribirse aquí a nuestra newsletter.',
      'Verraten Sie gerne in den Kommentaren: Was bedeutet ein „Best of Houzz“-Award für Sie?',
      'Help us continue to spread the magic of words to readers everywhere',
      'Nachfolgebeitrag: Was passiert hier eigentlich noch?',
      'Next post',
    ]);
    expectReason('file-link', ['Informationsschreiben vom 14. Oktober 2021PDF | 38 KB | Datei ist nicht barrierefrei']);
    expectReason('cms-junk', ['(Noch keine Bewertungen)']);
    expectReason('copyright', ['Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE. Die Fotos dürfen nicht verwendet werden.', 'Lizenz: CC-BY 4.0']);
    expectReason('teaser', ['>> Wegen Corona: Danni Büchner muss Kult-Lokal „Faneteria“ auf Mallorca schließen <<', '>>> Jetzt die aktuelle Ausgabe bestellen! <<<']);
    expectReason('label', ['Release Date:', 'Zusatzinformationen:']);
    expectReason('credit', ['Image illustrative : Lots of Lego Minifigures by Ninja Brick,en licence Creative Commons by', 'aja/PAP', 'dpa/lno', '(sda/apa)']);
    expectReason(null, [
      'The report, released under a Creative Commons license, found that sanctions were evaded.',
      'The next post office will open in May.',
      '»Wie bringe ich Studierende dazu, im Hörsaal Fragen zu stellen?«',
      'and/or',
    ]);
  });
});

describe('the furniture that closes an article: newsletter boxes, ratings, credits, print footers', () => {
  it('removes each kind, and keeps news sentences that use the same words', () => {
    expectReason('call-to-action', [
      'Erhalten Sie kostenlos täglich die wichtigsten Solar-News direkt per E-Mail.',
      'Get the best of our coverage delivered to your inbox.',
      'Um einen Kommentar zu hinterlassen, loggen Sie sich bitte ein.',
      'Erhalte Updates direkt auf dieses Gerät – abonniere jetzt.',
      'Bleib auf dem Laufenden zu aktuellen Entwicklungen im Influencer-Marketing und Social Media. Follow @mr_mo56',
      'Sie finden diesen Artikel im Internet auf der Website:',
      'Den Rest des Artikels gibt’s hier.',
    ]);
    expectReason('label', ['Newsletter']);
    expectReason('rating', [
      'Haben sich Mozarts Eltern je wegen seiner Schulnoten gesorgt?, 5.0 out of 5 based on 2 ratings',
      '(95 Stimmen: 4,73 von 5)',
      '0 / 5 Gesamt: 4.85',
      'Rating: 5.0/5 (1 vote cast)',
    ]);
    expectReason('credit', ['Rubriklistenbild: © KCNA/dpa', 'Symbolbild: picture alliance/dpa', '– alle Bilder von Eileen Jordan –']);
    expectReason('source-line', ['1.12.2022 | Quelle: Shanghai Electric | solarserver.de © Solarthemen Media GmbH']);
    expectReason(null, [
      'She said she got the message by email from a friend.',
      'Kim received 3 of 10 votes',
      "Seoul's approval rating fell to 4.5 out of 10",
      'The film was rated 4 out of 5 stars by critics.',
      'Leitbild: Wir wollen die Region stärken.',
      'The newsletter reported the launch first.',
    ]);
  });

  it('removes the furniture that opens an article: skip links, filing lines, stamps, reading times, picture sources, gallery counters', () => {
    expectReason('skip-link', ['Hauptinhalt', 'Skip to main content', 'Zum Inhalt springen', '본문 바로가기']);
    expectReason('tags', ['Posted inLatest News', 'Posted in North Korea, Sanctions', 'Veröffentlicht in Allgemein']);
    expectReason('timestamp', ['Online seit heute, 12.09 Uhr', 'Stand: 5. März, 14.30 Uhr']);
    expectReason('reading-time', ['Lesedauer etwa 2 Min', 'Jeszcze 3 minuty czytania']);
    expectReason('credit', ['Bildquelle: SWR', 'Bildnachweis: Quelle, cc-Lizenz']);
    expectReason('call-to-action', ['Kommentar erstellen', 'Kommentar hinzufügen']);
    expectReason('gallery', ['Bild 3 von 12', 'Image 1 of 10', 'Zum Vergrößern bitte anklicken']);
    expectReason(null, [
      'Posted in the mail, the letter arrived.',
      'Abschluss um 15.30 Uhr vor der Schweizer Botschaft',
      'Termin: Montag, 15. November 2021 um 10.30 Uhr',
      'Hauptinhalt der Rede war die Lage auf der Halbinsel.',
      'Bild 3 von 12 zeigt den Gipfel',
    ]);
  });

  it('leaves the newsletter box and the source line out of an HTML article', () => {
    const html = `<html><body><article><h1>Plant starts up</h1>${body(5)}<p>1.12.2022 | Quelle: Shanghai Electric | solarserver.de © Solarthemen Media GmbH</p><h3>Newsletter</h3><p>Erhalten Sie kostenlos täglich die wichtigsten Solar-News direkt per E-Mail.</p></article></body></html>`;
    const a = cleanArticle({ html, now });
    expect(a.paragraphs.at(-1)).toBe('Paragraph 4 of the story says what happened, who said it, and why it matters to the readers here.');
    expect(a.removed.map((r) => r.reason)).toEqual(expect.arrayContaining(['source-line', 'label', 'call-to-action']));
  });
});

describe("the last paragraph of a wire story, closed by its agency, writers or end mark", () => {
  const dump = (lead: string, last: string) =>
    cleanArticle({ text: ['Missile launch', '', lead, '', 'The launch came a day after the allies wrapped up a joint exercise that Pyongyang condemned.', '', last, ''].join('\n'), now });
  const lead = 'North Korea fired a ballistic missile into the East Sea on Tuesday, the Joint Chiefs of Staff said, in its third launch this month.';

  it('keeps it as the story\'s last paragraph, without a glued end mark', () => {
    const cases: [string, string][] = [
      ['The ministry said it would respond firmly. /AP', 'The ministry said it would respond firmly. /AP'],
      ['The ministry said it would respond firmly.(END)', 'The ministry said it would respond firmly.'],
      ['국방부는 "단호히 대응하겠다"고 말했다. /연합뉴스', '국방부는 "단호히 대응하겠다"고 말했다. /연합뉴스'],
      ['국방부는 "단호히 대응하겠다"고 말했다. [연합뉴스]', '국방부는 "단호히 대응하겠다"고 말했다. [연합뉴스]'],
      ['국방부는 "단호히 대응하겠다"고 말했다.<끝>', '국방부는 "단호히 대응하겠다"고 말했다.'],
      ['防衛省は「断固として対応する」と述べた。（共同）', '防衛省は「断固として対応する」と述べた。（共同）'],
      ['防衛省は「断固として対応する」と述べた。【共同】', '防衛省は「断固として対応する」と述べた。【共同】'],
      ['防衛省は「断固として対応する」と述べた。（ソウル＝太田成美）', '防衛省は「断固として対応する」と述べた。（ソウル＝太田成美）'],
      ['她表示，中方愿同各方一道发挥建设性作用。（完）', '她表示，中方愿同各方一道发挥建设性作用。'],
      ['她表示，中方愿同各方一道发挥建设性作用。【责任编辑：张三】', '她表示，中方愿同各方一道发挥建设性作用。【责任编辑：张三】'],
    ];
    for (const [last, kept] of cases) {
      const a = dump(lead, last);
      expect(a.paragraphs, last).toHaveLength(3);
      expect(a.paragraphs.at(-1), last).toBe(kept);
    }
  });

  it('still sets aside captions that end with the agency', () => {
    for (const caption of [
      '記者会見する松野官房長官＝5日午前、首相官邸（共同）',
      '국방부 청사 전경 /연합뉴스',
      '5일 서울역에서 시민들이 북한 미사일 발사 관련 뉴스를 시청하고 있다. 2024.3.5 [연합뉴스 자료사진]',
      '시민들이 뉴스를 시청하고 있다. [연합뉴스]',
    ]) expect(isCaptionLine(caption), caption).toBe(true);
  });
});

describe('short news sentences that open with a furniture word', () => {
  it('keeps them, and still removes the furniture', () => {
    expectReason(null, [
      'Subscribers to the service can read the full report.',
      'Copyright disputes between the two Koreas have flared.',
      'Related to this, Japan lodged a protest.',
      'Top stories in Pyongyang\'s media focused on farming.',
      'Most read newspapers in Seoul carried the photo.',
      'Trending upward, exports to China rose again.',
      'Recommended steps include more inspections, the panel said.',
      'Related to each other: for example, a caching server and a web server',
      'Follow the money, investigators said.',
      'Join our efforts, the minister urged.',
      'Stay connected with allies, Seoul urged.',
      'Anzeige gegen den Konzern wurde erstattet.',
      'Werbung für Propaganda ist in Südkorea verboten.',
      'Follow the steps below to install the latest version from source if desired.',
      'Follow these six tips to set up a nursery in a small room:',
    ]);
    expectReason('call-to-action', [
      'Related', 'Related stories', 'Related Videos', 'TRENDING ON THE WEB', 'Recommended related news', 'Most read', 'Top stories:',
      'Subscribe', 'Subscribe now', 'Follow us on Twitter', 'Sign up for our newsletter',
      '*Werbung. Dieser Beitrag enthält Werbung für MYMARINI.', 'WERBUNG für Plantur Farbshampoo', 'Anzeige: Jetzt testen',
    ]);
    expectReason('copyright', ['Copyright Yonhap News Agency', 'Copyright 2024 The Associated Press. All rights reserved.', 'Copyright © 2024 Yonhap', 'Copyright: Korea Herald']);
  });
});

describe('publication stamps of Korean, Japanese, Chinese and Russian outlets', () => {
  it('takes each for a timestamp, and keeps a sentence that holds a date', () => {
    expectReason('timestamp', [
      '송고시간2026-11-20 09:12',
      '승인 2026.11.20 09:12',
      '게재 일자 : 2026년 11월 20일(금)',
      '발행일 2026-11-20',
      '기사전송 2026-11-20 09:12',
      '작성일 2026.11.20 09:12',
      '発信日時：2026年11月20日 9時12分',
      '更新日時 2026/11/20 09:12',
      '2026-11-20 09:12 来源：人民网',
      '新华网河北频道 ( 2012-06-04 09:20:26 ) 稿件来源： 河北日报',
      '2026年11月20日 09時12分 共同通信',
      '2026年11月20日 NHK',
      'Опубликовано: 20.11.2026 09:12',
      '20 ноября 2026, 09:12',
    ]);
    expectReason(null, ['작성 2026.11.20 기자가 현장에서 확인했다', 'В Москве 20 ноября 2026 прошла встреча.']);
  });

  it("gives a Yonhap dump its headline, not the stamp under it", () => {
    const text = ['北 탄도미사일 동해상 발사…올해 세 번째', '송고시간2026-11-20 09:12', '기사 공유하기',
      '(서울=연합뉴스) 김수연 기자 = 북한이 20일 오전 동해상으로 탄도미사일 1발을 발사했다고 합동참모본부가 밝혔다.',
      '북한의 탄도미사일 발사는 올해 들어 세 번째다.'].join('\n');
    const a = cleanArticle({ text, now: new Date('2026-12-01T00:00:00Z') });
    expect(a.title).toBe('北 탄도미사일 동해상 발사…올해 세 번째');
    expect(a.publishedAt).toBe('2026-11-20T00:12:00.000Z');
  });
});

describe('a headline printed in full under a shortened document title', () => {
  it('leaves the heading out of the text, so the lead keeps its dateline (TASS)', () => {
    const html = `<html lang="ru"><head><title>КНДР запустила баллистическую ракету - ТАСС</title><meta property="og:site_name" content="ТАСС"></head><body><article>
<h1>КНДР запустила баллистическую ракету в сторону Японского моря</h1><div class="lead">Это уже третий пуск в этом году</div>
<p>СЕУЛ, 20 ноября. /ТАСС/. КНДР во вторник запустила баллистическую ракету в сторону Японского моря. Об этом сообщил Объединенный комитет начальников штабов.</p>
<p>По данным военных, ракета была запущена из района Пхеньяна около 08:50 по местному времени.</p>
<p>Это уже третий пуск в этом году, отметили в ведомстве. Япония заявила протест по дипломатическим каналам.</p></article></body></html>`;
    const a = cleanArticle({ html, now });
    expect(a.paragraphs[0]).toBe('Это уже третий пуск в этом году');
    expect(a.dateline).toEqual({ place: 'Сеул', agency: 'ТАСС' });
    expect(a.paragraphs).not.toContain('КНДР запустила баллистическую ракету в сторону Японского моря');
  });

  it('finds the dateline of a lead that two standfirst lines precede', () => {
    const html = `<html><head><title>N. Korea fires missile</title></head><body><article><h1>N. Korea fires missile</h1>
<p class="standfirst">Pyongyang's third launch this year came days after joint drills ended.</p>
<p class="summary">Tokyo says the missile fell outside its exclusive economic zone.</p>
<p>SEOUL, Nov. 20 (Yonhap) -- North Korea fired a ballistic missile into the East Sea on Friday, South Korea's military said.</p>
<p>The Joint Chiefs of Staff said it detected the launch from the Pyongyang area at around 8:50 a.m. local time.</p></article></body></html>`;
    const a = cleanArticle({ html, now });
    expect(a.dateline).toEqual({ place: 'Seoul', agency: 'Yonhap' });
    expect(a.paragraphs[2]).toBe("North Korea fired a ballistic missile into the East Sea on Friday, South Korea's military said.");
  });
});

describe("Japanese papers' furniture", () => {
  it('removes each kind, and keeps sentences with the same words', () => {
    expectReason('call-to-action', ['続きを読む', '有料会員限定記事', 'この記事は会員限定です。', '残り1234文字（全文2345文字）', 'あなたにおすすめ', '【関連記事】']);
    expectReason('advertisement', ['PR', '広告']);
    expectReason('share', ['シェアする', '記事を印刷する', 'コメント', 'いいね']);
    expectReason('copyright', ['（C）共同通信社', '無断転載・複製を禁じます']);
    expectReason('credit', ['（写真：ロイター/アフロ）', '撮影：田中太郎', '［共同］', '（ソウル＝共同）', '※写真はイメージです', '朝日新聞デジタルに掲載された記事です']);
    expectReason('gallery', ['【写真】発射されたミサイル']);
    expectReason('page-tools', ['…人の名前', '…国や県、町、場所などの名前', '※下に線があることばは辞書の説明を見ることができます。', '※下に線があることばを押すと、辞書の説明を見ることができます。', 'ことばの色を消す']);
    expectReason(null, ['PR会社が発表した。', '広告収入が減った。', 'コメントを控えた。', '防衛省は「断固として対応する」と述べた。', '…と話しました。', 'ことばの意味は辞書で調べることができます。']);
  });
});

describe("Chinese pages' tools and notices", () => {
  it('removes each kind, and keeps sentences with the same words', () => {
    expectReason('page-tools', ['【纠错】', '【打印】【关闭】', '打印本页', '关闭窗口', '举报电话：12377', '扫一扫，分享到微信', '打开微信，点击底部的“发现”，使用“扫一扫”即可将网页分享至朋友圈。', '上一篇', '下一篇：中方表态', '手机看新闻', '转载请注明出处']);
    expectReason('source-line', ['原标题：中方呼吁克制', '本文来自：新华网', '制作单位：新华网']);
    expectReason('call-to-action', ['热点推荐']);
    expectReason(null, ['上一篇文章指出，中方立场明确。', '关闭边境的决定引发争议。']);
  });

  it('removes several tools on one line, and a dump keeps its headline above them', () => {
    expectReason('page-tools', ['【字体：大 中 小】打印本页 关闭窗口', '[打印本页] [关闭窗口]', '字体 大 中 小 打印 关闭']);
    expectReason(null, ['大中小企业', '关闭核电站', '打印机']);
    const dump = ['外交部发言人就朝鲜半岛局势答记者问', '2026-11-21 15:30 来源：外交部网站', '【字体：大 中 小】打印本页 关闭窗口', '', '问：据报道，朝鲜20日再次发射弹道导弹。中方对此有何评论？', '', '答：我们注意到有关报道。我们希望有关各方保持冷静克制，坚持通过对话协商解决问题。'].join('\n');
    expect(cleanArticle({ text: dump, now }).title).toBe('外交部发言人就朝鲜半岛局势答记者问');
  });
});

describe('bracketed and bare furniture', () => {
  it('removes hashtag lines, bare tag labels, bracketed ads, copyright and source notes, and comment-widget notices', () => {
    expectReason('tags', ['#北朝鮮 #ミサイル #防衛省', '#NorthKorea #Missile #JCS', 'Topics', 'Keywords', '태그']);
    expectReason('advertisement', ['[광고]', '(Advertisement)', '【广告】']);
    expectReason('copyright', ['[Copyright (c) 2026 Yonhap News Agency]', '【© 2026 环球网】']);
    expectReason('source-line', ['【来源：环球网】', '[Source: Yonhap]']);
    expectReason('cms-junk', ['Please enable JavaScript to view the comments powered by Disqus.']);
    // A German day, a line of code and a hashtag inside a sentence stay.
    expectReason(null, ['Tag', 'var uploadReq = new Request("/uploadImage", { method: "POST" });', 'The campaign spread under #MeToo and #TimesUp last year.']);
  });
});

describe('broadcast scripts', () => {
  it("takes the reporter from the hand-over and the sign-off, and removes the script's part labels", () => {
    const reporters: [string, string][] = [
      ['Max Lee has more.', 'Max Lee'],
      ['Max Lee, KBS World Radio News.', 'Max Lee'],
      ['Kim Min-ji reports.', 'Kim Min-ji'],
      ['KBS 뉴스 홍길동입니다.', '홍길동'],
      ['MBC뉴스 김철수입니다.', '김철수'],
      ['YTN 이수진입니다.', '이수진'],
      ['연합뉴스TV 박지훈입니다.', '박지훈'],
    ];
    for (const [line, name] of reporters) {
      expect(broadcastReporter(line), line).toBe(name);
      expect(classifyLine(line), line).toBe('byline');
    }
    // Sentences that end the same way name no reporter.
    for (const line of ['North Korea has more.', 'The president has more.', '정부는 대응할 방침입니다.', '북한 소식입니다.', 'Jane Doe, CNN.', 'That is what the ministry reports.']) {
      expect(broadcastReporter(line), line).toBeNull();
    }
    expectReason('label', ['[앵커]', '[리포트]', '<앵커 멘트>', '[기자 멘트]', '[Anchor]']);
    expectReason(null, ['[인터뷰] 홍길동 / 통일부 대변인']);

    const story = 'Tuesday morning was met with strong, cold winds that brought early winter temperatures across the country.';
    const page = `<html><body><article><h1>Cold wave</h1><p>Anchor: After heavy downpours on Monday, ${story}</p><p>Max Lee has more.</p><p>Report: People out on the streets were seen wearing layers. ${story}</p><p>${story}</p><p>Max Lee, KBS World Radio News.</p></article></body></html>`;
    const a = cleanArticle({ html: page, now: new Date('2024-01-01T00:00:00Z') });
    expect(a.author).toBe('Max Lee');
    expect(a.paragraphs).toEqual([`After heavy downpours on Monday, ${story}`, `People out on the streets were seen wearing layers. ${story}`, story]);
    const dump = cleanArticle({ text: `TITLE: 한파 특보\n\n[앵커]\n\n오늘 아침 서울의 기온이 영하 10도까지 떨어지며 올겨울 들어 가장 추운 날씨를 보였습니다.\n\n[리포트]\n\n시민들은 두꺼운 외투를 입고 출근길에 나섰습니다. 기상청은 내일도 추위가 이어질 것이라고 밝혔습니다.\n\nKBS 뉴스 홍길동입니다.`, now: new Date('2024-01-01T00:00:00Z') });
    expect(dump.author).toBe('홍길동');
    expect(dump.paragraphs).toEqual(['오늘 아침 서울의 기온이 영하 10도까지 떨어지며 올겨울 들어 가장 추운 날씨를 보였습니다.', '시민들은 두꺼운 외투를 입고 출근길에 나섰습니다. 기상청은 내일도 추위가 이어질 것이라고 밝혔습니다.']);
  });
});

describe("Korean portals' and papers' tools and credits", () => {
  it('removes each kind, and keeps sentences with the same words', () => {
    expectReason('page-tools', ['기사원문', '본문 듣기', '텍스트 음성 변환 서비스 사용하기', 'SNS 보내기', '구독중', '언론사 홈 바로가기', '기자 구독', '댓글', '공감', '이 기사를 공유합니다', '기사 저장', '인쇄하기', '닫기', '좋아요']);
    expectReason('credit', ['(사진=연합뉴스)', '<사진제공=국방부>', '사진=연합뉴스', '※ 이 기사는 연합뉴스 제휴 기사입니다']);
    expectReason('copyright', ['Copyright ⓒ 조선일보']);
    expectReason(null, ['댓글이 많이 달렸다.', '공감대가 형성됐다.', '사진 = 국방부 제공 자료를 보면 북한이 발사한 미사일은 고체연료를 쓴다.']);
  });
});

describe('dates in sentences and in timelines', () => {
  it('keeps a sentence or a timeline entry that gives a date, and removes stamps', () => {
    expectReason(null, [
      'On Nov. 20, 2026, North Korea fired a missile.',
      'November 20, 2026: North Korea fires a missile',
      '2026-11-20: Pyongyang tests a cruise missile',
      'Wynik dwumeczu: 98:70 dla Fogo Unii Leszno.',
    ]);
    expectReason('timestamp', [
      'Published: Nov. 20, 2026 - 09:12',
      'Updated Nov. 20, 2026.',
      'Last updated on 20 November 2026 at 09:12 by the newsdesk.',
      'Posted on Tuesday 15 October 2019 at 09:11 by Bradley M. Kuhn',
      'stunnel_rsync.html - Created 03-10-2004 2:20pm - Last Modified: 03-10-2004 2:20pm',
    ]);
  });
});

describe("German news pages' furniture", () => {
  it('removes each kind, and keeps the sentences of a story', () => {
    expectReason('call-to-action', ['Weitere Informationen', 'Weitere Beiträge aus der Kolumne:', 'Zur Startseite', 'Jetzt kommentieren', 'Zum Thema']);
    expectReason('share', ['Drucken']);
    expectReason('pagination', ['Seite 2 von 3', 'Page 1 of 4']);
    expectReason('copyright', ['Alle Rechte vorbehalten.']);
    expectReason('credit', ['Mit Material von dpa und AFP']);
    expectReason(null, ['Weitere Informationen lagen zunächst nicht vor.', 'Weitere Angaben machte die Polizei nicht.', 'Die Seite 2 von 3 fehlte im Bericht.']);
  });

  it("removes a comment section's state and a newsletter sign-up heading", () => {
    expectReason('comments', ['No comments yet.', 'Comments are closed.', 'LEAVE A REPLY', 'Kommentare sind geschlossen.']);
    expectReason('call-to-action', ['Newsletter sign-up']);
    expectReason(null, ['No comments yet were made by officials on the plan.']);
  });
});

describe('control characters', () => {
  it('leaves none in any field of a dump or a page, and no empty paragraph', () => {
    const story = 'North Korea fired a ballistic missile into the East Sea on Tuesday, the Joint Chiefs of Staff said.';
    const dump = cleanArticle({ text: `North Korea fires\u0000 missile into East Sea, Seoul says\n\n${story.replace('fired', 'fired\u0000')}\n\n\u0000\n\n${story.replace('Tuesday', 'Tuesday\u001b')} More may follow.\n`, now });
    expect(dump.title).toBe('North Korea fires missile into East Sea, Seoul says');
    expect(dump.paragraphs).toEqual([story, `${story} More may follow.`]);
    const page = cleanArticle({ html: `<html><head><meta property="og:site_name" content="Example\u0001 News"></head><body><article><p>${story.replace('fired', 'fired\u0000')}</p>${body(3)}</article></body></html>`, now });
    expect(page.paragraphs[0]).toBe(story);
    expect(page.siteName).toBe('Example News');
    for (const article of [dump, page]) expect(JSON.stringify(article)).not.toMatch(/\\u00(?:0[0-8bcef]|1[0-9a-f]|7f)/);
  });
});

describe('dumps hard-wrapped at a fixed width', () => {
  it('joins the lines of each paragraph, whatever the next line starts with', () => {
    const text = [
      'N. Korea fires ballistic missile into East Sea',
      '',
      'SEOUL, Nov. 20 (Yonhap) -- North Korea fired a short-range ballistic',
      'missile into the East Sea on Friday, the military said, adding that',
      'South Korean and U.S. intelligence authorities were analyzing details.',
      '',
      '"Our military has strengthened surveillance and vigilance," the Joint',
      'Chiefs of Staff (JCS) said in a text message to reporters, noting that',
      'Pyongyang had launched a similar missile in October.',
    ].join('\n');
    const a = cleanArticle({ text });
    expect(a.title).toBe('N. Korea fires ballistic missile into East Sea');
    expect(a.paragraphs).toEqual([
      'North Korea fired a short-range ballistic missile into the East Sea on Friday, the military said, adding that South Korean and U.S. intelligence authorities were analyzing details.',
      '"Our military has strengthened surveillance and vigilance," the Joint Chiefs of Staff (JCS) said in a text message to reporters, noting that Pyongyang had launched a similar missile in October.',
    ]);
  });

  it('joins Chinese lines without a space', () => {
    const text = [
      '外交部：中方希望各方保持克制',
      '',
      '新华社北京11月21日电 外交部发言人毛宁21日表示，中方希望有关各',
      '方保持冷静克制，共同维护半岛和平稳定，推动半岛问题政治解决进程。',
      '',
      '她表示，中方愿同各方一道，继续为推动半岛问题政治解决发挥建设性',
      '作用，并呼吁各方相向而行，避免采取可能加剧紧张局势的行动措施。',
    ].join('\n');
    expect(cleanArticle({ text }).paragraphs).toEqual([
      '外交部发言人毛宁21日表示，中方希望有关各方保持冷静克制，共同维护半岛和平稳定，推动半岛问题政治解决进程。',
      '她表示，中方愿同各方一道，继续为推动半岛问题政治解决发挥建设性作用，并呼吁各方相向而行，避免采取可能加剧紧张局势的行动措施。',
    ]);
  });

  it('leaves the lines of a dump with long lines as they are', () => {
    const text = [
      'Seoul, Tokyo agree to share missile data',
      '',
      'South Korea and Japan agreed on Friday to begin sharing real-time warning data on North Korean missile launches, the ministry said.',
      'The ministry listed the steps agreed by both sides at the meeting in Tokyo on Friday afternoon as the following ones',
      'Real-time sharing of missile warning data will start by the end of the year, and drills will follow next spring.',
      '',
      'The agreement follows a trilateral summit at Camp David last year, where the three leaders pledged closer cooperation.',
    ].join('\n');
    expect(cleanArticle({ text }).paragraphs).toHaveLength(4);
  });
});

describe('Russian and Japanese official pages', () => {
  it("reads Japan's era years and full-width digits", () => {
    expect(parseDate('令和8年11月20日')?.local).toBe('2026-11-20');
    expect(parseDate('令和８年１１月２０日')?.local).toBe('2026-11-20');
    expect(parseDate('平成30年4月27日')?.local).toBe('2018-04-27');
    expect(parseDate('令和元年5月1日')?.local).toBe('2019-05-01');
    expect(parseDate('（令和8年11月20日（金曜日）10時31分\u3000於：本省会見室）', 540)?.iso).toBe('2026-11-20T01:31:00.000Z');
  });

  it('reads Russian dates "of the year", Moscow time, RIA Novosti\'s time before the date and the basic ISO format', () => {
    expect(parseDate('Дата публикации: 20 ноября 2026 года, 14:30', 180)?.iso).toBe('2026-11-20T11:30:00.000Z');
    expect(parseDate('20.11.2026 г. 14:30', 180)?.iso).toBe('2026-11-20T11:30:00.000Z');
    expect(parseDate('20 ноября 2026, 14:30 мск')?.iso).toBe('2026-11-20T11:30:00.000Z');
    expect(parseDate('12:30 20.11.2026 (обновлено: 13:05 20.11.2026)', 180)?.iso).toBe('2026-11-20T09:30:00.000Z');
    expect(parseDate('20261120T1230', 180)?.iso).toBe('2026-11-20T09:30:00.000Z');
    expect(sourceOffset('https://ria.ru/20261120/kndr-1981234567.html')).toBe(180);
    expect(sourceOffset('https://tass.com/politics/1234')).toBe(180);
  });

  it('takes their stamps, labels and links for furniture', () => {
    expectReason('timestamp', [
      '20 ноября 2026 года',
      'Дата публикации: 20 ноября 2026 года, 14:30',
      '12:30 20.11.2026 (обновлено: 13:05 20.11.2026)',
      // Two spans side by side: "20 ноября, 14:30" and "обновлено 20 ноября, 15:02".
      '20 ноября, 14:30обновлено 20 ноября, 15:02',
      'среда, 20 ноября 2026',
      'Thursday, 28 April 2022 – 3:55pm',
      '（令和8年11月20日（金曜日）10時31分\u3000於：本省会見室）',
      '（令和8年11月20日（金）午後4時00分～4時20分\u3000於：官邸）',
    ]);
    expectReason('tags', ['Теги:', 'Темы: Внешняя политика', 'Опубликован в разделах: Новости, Выступления и стенограммы']);
    expectReason('share', ['Ссылка на материал: kremlin.ru/d/75012', 'Link to this article: https://example.com/news/1']);
    expectReason('call-to-action', ['Больше новостей в Telegram-канале ТАСС. Подписаться', 'Читать ria.ru в Telegram', 'Версия для печати', 'Printer-friendly version']);
    expectReason('copyright', ['Все права защищены']);
    expectReason(null, [
      'Больше всего пострадал город Хабаровск.',
      '令和8年11月20日、北朝鮮は弾道ミサイルを発射した。',
      '1 2 3 4 5 6 7 2024 on',
      'Ссылка на материал приводится в конце статьи, сообщил источник.',
    ]);
  });

  it('drops the links a "Read also" heading announces, and keeps the story after them', () => {
    const html = `<html lang="ru"><body><article><h1>Лавров: санкционное давление на КНДР исчерпало себя</h1>
      <p>МОСКВА, 20 ноября. /ТАСС/. Санкционное давление на Пхеньян исчерпало себя, заявил министр иностранных дел России Сергей Лавров на пресс-конференции.</p>
      <p>"Мы убеждены, что попытки решить проблемы Корейского полуострова исключительно путем санкций бесперспективны", - сказал Лавров журналистам.</p>
      <p>Читайте также</p>
      <p><a href="/politika/22450000">В МИД КНР призвали стороны к сдержанности</a></p>
      <p>Глава МИД также отметил, что Москва поддерживает контакты с Пхеньяном по всем направлениям и на всех уровнях.</p>
      <p>По его словам, Россия и Китай предложили "дорожную карту" урегулирования, которая остается актуальной и сегодня.</p>
      </article></body></html>`;
    const a = cleanArticle({ html, url: 'https://tass.ru/politika/22451234', now });
    expect(a.removed).toContainEqual({ text: 'В МИД КНР призвали стороны к сдержанности', reason: 'related' });
    expect(a.paragraphs).toHaveLength(4);
    expect(a.paragraphs[2]).toMatch(/^Глава МИД/);
    expect(a.dateline).toEqual({ place: 'Москва', agency: 'ТАСС' });
  });
});

describe('Chinese, Korean and American official and state media pages', () => {
  const story = [
    '<p>China on Friday urged all parties concerned to face up to the crux of the Korean Peninsula issue and exercise restraint after the launch.</p>',
    '<p>"China\'s position on the Peninsula issue is consistent and clear," Foreign Ministry spokeswoman Mao Ning said at a regular news conference.</p>',
    '<p>She said that pressure and sanctions cannot solve the problem, and that dialogue remains the only way forward for all the parties.</p>',
  ].join('');

  it("takes China Daily's writer from the line under its headline, outside the story", () => {
    const html = `<html><head><title>China urges restraint - Chinadaily.com.cn</title></head><body><div class="lft_art"><h1>China urges restraint</h1>
      <div class="info"><span class="info_l">By ZHANG YUNBI | chinadaily.com.cn | Updated: 2026-11-20 16:32</span></div>
      <div id="Content">${story}</div>
      <div class="teasers"><p>By Jane Roe</p><p>Another story, by another writer, about something else entirely, with more words here.</p></div></div></body></html>`;
    const a = cleanArticle({ html, url: 'https://www.chinadaily.com.cn/a/202611/20/WS673d9e2a.html', now: new Date('2026-12-01T00:00:00Z') });
    expect(a.author).toBe('ZHANG YUNBI');
    expect(a.publishedAt).toBe('2026-11-20T08:32:00.000Z');
  });

  it("sets CGTN's slash-credited captions aside, drops its agency credit and reads its dates", () => {
    const html = `<html><head><title>Sanctions no way out - CGTN</title></head><body><h1>Sanctions no way out</h1>
      <div class="news-author-info"><span class="news-date">Updated 16:32, 20-Nov-2026</span></div>
      <div class="cg-article"><div class="cg-pic"><img src="c.jpg"><p class="cg-pic-info">Chinese Foreign Ministry spokesperson Mao Ning. /Chinese Foreign Ministry</p></div>
      ${story}<p>A view of the press room before the briefing began in Beijing. /CFP</p><p>(With input from Xinhua)</p></div></body></html>`;
    const a = cleanArticle({ html, url: 'https://news.cgtn.com/news/2026-11-20/x/p.html', now: new Date('2026-12-01T00:00:00Z') });
    expect(a.captions).toEqual(['Chinese Foreign Ministry spokesperson Mao Ning. /Chinese Foreign Ministry', 'A view of the press room before the briefing began in Beijing. /CFP']);
    expect(a.paragraphs).toHaveLength(3);
    expect(a.removed).toContainEqual({ text: '(With input from Xinhua)', reason: 'credit' });
    expect(a.publishedAt).toBe('2026-11-20T08:32:00.000Z');
    expectReason(null, ['Motivgleich mit Nr. 68 Zweifarbig Rot / Grau', 'With input from the ministry, the plan was changed.']);
    expect(isCaptionLine('Motivgleich mit Nr. 68 Zweifarbig Rot / Grau')).toBe(false);
  });

  it("names the Hankyoreh's writer from the signature with a post, and drops the desk's address", () => {
    const html = `<html><body><h3 class="title">Policy faces criticism</h3><div class="article-text"><div class="text">${story.replace(/<\/?p>/g, '<br><br>')}
      By Park Min-hee, staff reporter<br><br>Please direct questions or comments to [english@hani.co.kr]</div></div></body></html>`;
    const a = cleanArticle({ html, url: 'https://english.hani.co.kr/arti/english_edition/e_northkorea/1168123.html', now });
    expect(a.author).toBe('Park Min-hee');
    expect(a.removed).toContainEqual({ text: 'Please direct questions or comments to [english@hani.co.kr]', reason: 'contact' });
  });

  it("drops KCNA's end mark and takes no section's name for the author", () => {
    const html = `<html><body><h1>Statement on the launch</h1><div class="byline"><span>Statements and Releases</span></div><div class="content">${story.replace(/<\/p>$/, ' -0-</p>')}</div></body></html>`;
    const a = cleanArticle({ html, now });
    expect(a.author).toBeNull();
    expect(a.paragraphs.at(-1)).toMatch(/for all the parties\.$/);
    expect(a.removed).toContainEqual({ text: '-0-', reason: 'end-marker' });
    // Alone on its line it is mere punctuation.
    expectReason('punctuation', ['-0-']);
  });
});

describe('a text dump with a "Read also" heading', () => {
  it('drops the headline it announces and keeps the story around it', () => {
    const text = [
      'TITLE: Russia, China oppose new sanctions against DPRK — Lavrov',
      'LINK: https://tass.com/politics/1812345',
      '',
      'MOSCOW, November 20. /TASS/. Russia and China believe that new sanctions against the DPRK are counterproductive, Russian Foreign Minister Sergey Lavrov said.',
      '"We are convinced that attempts to solve the problems of the Korean Peninsula through sanctions alone are futile," Lavrov said.',
      'Read also',
      'Zakharova: Moscow calls on all parties to exercise restraint',
      'According to him, Moscow and Beijing proposed a roadmap for settlement that remains relevant.',
      'Читайте также',
      'Is the roadmap still on the table?',
      'The minister also said Moscow maintains contacts with Pyongyang in all areas and at all levels.',
    ].join('\n');
    const a = cleanArticle({ text, now: new Date('2026-12-01T00:00:00Z') });
    expect(a.removed).toContainEqual({ text: 'Zakharova: Moscow calls on all parties to exercise restraint', reason: 'related' });
    // A question is the story's own subheading, not a headline announced.
    expect(a.paragraphs).toContain('Is the roadmap still on the table?');
    expect(a.paragraphs).toHaveLength(5);
  });
});

describe("a Korean ministry's briefing board", () => {
  it('takes the links to the posts before and after, and the note on the transcript, for furniture', () => {
    expectReason('related', ['이전글 통일부 대변인 정례브리핑 (2026.11.19.)', '다음글', '次の記事', '이전 기사']);
    expectReason('disclosure', ['※ 본 자료는 실제 브리핑 내용과 다를 수 있습니다.']);
    expectReason(null, ['다음 글에서 설명하겠습니다.', '이전글로 돌아가 보면 그는 이렇게 말했다.', '<질문> 남북 연락채널 상황은 어떻습니까?']);
  });
});

describe("an AP story's lead photo and closing credit", () => {
  const body = [
    '<p>SEOUL, South Korea (AP) — North Korea test-fired an intercontinental ballistic missile that landed in waters off Japan on Thursday, officials said.</p>',
    '<p>Japanese Chief Cabinet Secretary Minoru Kihara said the missile flew for about 70 minutes and landed inside the exclusive economic zone.</p>',
    '<p>South Korea\'s Joint Chiefs of Staff said it detected the launch from the Pyongyang area at about 8:40 a.m. on Thursday morning.</p>',
    '<p>Yamaguchi reported from Tokyo. Associated Press writer Kim Tong-hyung in Seoul contributed to this report.</p>',
  ].join('');
  const html = `<html><head><title>North Korea fires ICBM into sea off Japan | AP News</title><meta property="og:title" content="North Korea fires ICBM into sea off Japan"></head><body>
    <figure><img src="0.jpg"><figcaption>A teaser's photo above the headline, of another story entirely</figcaption></figure>
    <h1>North Korea fires ICBM into sea off Japan</h1>
    <figure class="Figure"><img src="a.jpg"><figcaption>People watch a TV screen showing a file image of the launch in Seoul, Thursday, Nov. 20, 2026. (AP Photo/Ahn Young-joon)</figcaption></figure>
    <figure><img src="b.jpg"><figcaption>Photo.jpg</figcaption></figure>
    <div class="RichTextStoryBody">${body}</div>
    <figure><img src="c.jpg"><figcaption>A photo under the story, beside a teaser for another one</figcaption></figure></body></html>`;

  it('sets the caption between the headline and the story aside, and no other', () => {
    const a = cleanArticle({ html, now });
    expect(a.captions).toEqual(['People watch a TV screen showing a file image of the launch in Seoul, Thursday, Nov. 20, 2026. (AP Photo/Ahn Young-joon)']);
  });

  it("sets aside the lead photo right above the story where the headline sits in a header box the walk leaves out", () => {
    const inHeader = html
      .replace('<h1>North Korea fires ICBM into sea off Japan</h1>', '<div class="single-header"><h1>North Korea fires ICBM into sea off Japan</h1><div class="share">Share</div></div>')
      .replace('<figure><img src="b.jpg"><figcaption>Photo.jpg</figcaption></figure>', '');
    expect(cleanArticle({ html: inHeader, now }).captions).toEqual(['People watch a TV screen showing a file image of the launch in Seoul, Thursday, Nov. 20, 2026. (AP Photo/Ahn Young-joon)']);
  });

  it("sets aside the lead photo under two standfirst bullets, above a story whose paragraphs a strict walk hides (Bloomberg's 'paywall' class)", () => {
    const bloomberg = html
      .replace('<figure class="Figure">', '<ul class="abstract"><li>Kim’s regime tested its first ICBM in a year</li><li>Launch comes before the allies meet</li></ul><figure class="Figure">')
      .replace(/<p>/g, '<p class="paywall">');
    expect(cleanArticle({ html: bloomberg, now }).captions).toEqual(['People watch a TV screen showing a file image of the launch in Seoul, Thursday, Nov. 20, 2026. (AP Photo/Ahn Young-joon)']);
    expect(isBareCredit('Noah Berger / AP')).toBe(true);
  });

  it('sets aside the lead photo under a standfirst printed above it', () => {
    const withStandfirst = html.replace('<figure class="Figure">', '<p class="article__subhead">Launch is the first ICBM test this year and comes as the allies hold talks on deterrence.</p><figure class="Figure">');
    const a = cleanArticle({ html: withStandfirst, now });
    expect(a.paragraphs[0]).toBe('Launch is the first ICBM test this year and comes as the allies hold talks on deterrence.');
    expect(a.captions).toEqual(['People watch a TV screen showing a file image of the launch in Seoul, Thursday, Nov. 20, 2026. (AP Photo/Ahn Young-joon)']);
  });

  it('drops the note on who else reported', () => {
    const a = cleanArticle({ html, now });
    expect(a.paragraphs).toHaveLength(3);
    expect(a.removed).toContainEqual({ text: 'Yamaguchi reported from Tokyo. Associated Press writer Kim Tong-hyung in Seoul contributed to this report.', reason: 'credit' });
    expectReason(null, ['Officials said the money contributed to the program, which ran for years.']);
  });
});

describe('Korean papers in English and Korean', () => {
  const story = [
    'North Korea fired an intercontinental ballistic missile into the East Sea on Thursday, the South\'s military said, its first such launch in months.',
    '"Our military detected one long-range ballistic missile launched from the Pyongyang area at around 7:10 a.m.," the Joint Chiefs of Staff said.',
    'The launch came just days before South Korean and U.S. defense chiefs are set to hold annual talks in Seoul next week.',
  ].join('<br><br>');

  it("names The Korea Times in full and its reporter from the signature over the top-stories box", () => {
    const html = `<html><head><title>North Korea fires ICBM - The Korea Times</title><meta property="og:site_name" content="koreatimes"></head><body>
      <div class="view_headline">North Korea fires ICBM</div><div id="startts"><span>${story}<br><br>Kim Eun-jung ejkim@koreatimes.co.kr</span></div>
      <div class="view_article_ad">Top 10 Stories</div></body></html>`;
    const a = cleanArticle({ html, url: 'https://www.koreatimes.co.kr/www/nation/2026/11/103_387654.html', now });
    expect(a.siteName).toBe('The Korea Times');
    expect(a.author).toBe('Kim Eun-jung');
    expect(a.paragraphs).toHaveLength(3);
    expectReason('call-to-action', ['Top 10 Stories', 'Top Stories']);
  });

  it('keeps a slug for the site where the title names something else (a forum board)', () => {
    const html = `<html><head><title>How do I start? : Python</title><meta property="og:site_name" content="reddit"></head><body><div class="post"><p>${story}</p></div></body></html>`;
    expect(cleanArticle({ html, url: 'https://www.reddit.com/r/Python/comments/abc/', now }).siteName).toBe('reddit');
  });

  it("takes a Korean reporter's name without the dateline before it", () => {
    expect(cleanAuthor('(서울=뉴스1) 김정률 기자')).toBe('김정률');
  });
});

describe('relative stamps', () => {
  it("takes a live page's and a feed's relative stamps, alone or with the clock time, for furniture", () => {
    expectReason('timestamp', ['3h ago 03.40 GMT', '03.40 GMT', '2 hours ago', 'Updated 5 minutes ago', 'Just now', 'vor 3 Stunden', 'il y a 3 heures', 'hace 2 horas', '2 часа назад', '3시간 전', '3小时前', '3日前']);
    expectReason(null, ['He left 5 years ago', '5 years ago, he left.', 'The talks ended 2 hours ago without a deal, officials said.']);
  });
});

describe("authors' names without what surrounds them", () => {
  it('drops a team, degrees, a trade, a standing and an address spelled out against harvesters', () => {
    expect(cleanAuthor('Nathan Parker, Varun Khaneja and Kiran C Nair - Chrome Safe Browsing team')).toBe('Nathan Parker, Varun Khaneja and Kiran C Nair');
    expect(cleanAuthor('Grant Tinsley, PhD')).toBe('Grant Tinsley');
    expect(cleanAuthor('Jane Doe, MS, RD')).toBe('Jane Doe');
    expect(cleanAuthor('Patrick Ludolph, Fotograf aus Hamburg und Gründer von Neunzehn72.')).toBe('Patrick Ludolph');
    expect(cleanAuthor('FOCUS-Online-Experte Robin Tschöpe')).toBe('Robin Tschöpe');
    expect(cleanAuthor('Rechtsanwalt Sebastian Einbock')).toBe('Sebastian Einbock');
    expect(cleanAuthor('cipha[at]cipha.net')).toBeNull();
    expect(cleanAuthor('Kim Do')).toBe('Kim Do');
  });

  it("drops the site's name before the writer's", () => {
    const html = `<html><head><meta name="author" content="unocero - Alberto Ávila"><meta property="og:site_name" content="unocero"><title>Las marcas - unocero</title></head><body><article>${body(4)}</article></body></html>`;
    expect(cleanArticle({ html, url: 'https://www.unocero.com/noticias/marcas/', now }).author).toBe('Alberto Ávila');
  });
});

describe('bylines in more words', () => {
  it('reads "Ein Artikel von", "Posted by" and "Escrito por" bylines, without the stamp after the name', () => {
    expect(bylineOf('Ein Artikel von Pamela Sladky | 27.01.2022 - 12:45')).toBe('Pamela Sladky');
    expect(bylineOf('Posted by Jane Doe')).toBe('Jane Doe');
    expect(bylineOf('Escrito por Jose Pablo Segura Vargas')).toBe('Jose Pablo Segura Vargas');
    // A label names whatever follows it; without one, the words must be names.
    expect(bylineOf('Von: det/dpa')).toBe('det/dpa');
    expect(bylineOf('Von Atemschutzmaske über Exit-Strategie bis hin zur Impfung')).toBeNull();
  });

  it('takes the writer from such a line above the story, outside its text', () => {
    const html = `<html><body><h1>Übungen für junge Pferde</h1><div class="metaInfo">Ein Artikel von <strong>Pamela Sladky</strong> | 27.01.2022 - 12:45</div>
      <div class="text">${body(4)}</div><div class="teaser"><p>Ein Artikel von Jane Roe</p></div></body></html>`;
    expect(cleanArticle({ html, now }).author).toBe('Pamela Sladky');
  });
});

describe('more stamps that date a page', () => {
  it('takes a date under its categories, after the kind of page or the agency, for a stamp', () => {
    expectReason('timestamp', [
      '01.02.2022 Kategorie: Synchronschwimmen, Verband',
      '02.02.2022 • HVW-Verband , Presse , Allgemein',
      'Pressemitteilung vom 20.01.2022',
      'dpa am 25.01.2022',
      'Press release of 20 January 2022',
    ]);
    expectReason(null, ['Er kam am 25.01.2022', 'Fazit am 15.06.2006:', '02.02.2022 • Die Halle war voll, und die Stimmung war gut.']);
  });

  it('dates a press release by the date that opens one of its first paragraphs, where nothing else does', () => {
    const html = `<html><body><h1>Arbeitsmarkt im Januar</h1><div class="text"><p>Die Bundesagentur für Arbeit veröffentlicht monatlich die offiziellen Zahlen zum Arbeitsmarkt in Deutschland und den Regionen.</p>
      <p>01.02.2022 „Der Arbeitsmarkt ist gut in das neue Jahr gestartet“, sagte der Vorstandsvorsitzende am Dienstag in Nürnberg vor der Presse.</p>${body(3)}</div></body></html>`;
    expect(cleanArticle({ html, now }).publishedDate).toBe('2022-02-01');
  });
});

describe('the place and the date a release is dated from', () => {
  it('takes "Place, date" for a stamp, but no sentence that names a place and a date', () => {
    expectReason('timestamp', ['Hamburg, 2. November 2021', 'Hamburg, den 02. Dezember 2022', 'Paris, le 3 mars 2022', 'Seoul, 20 November 2026', 'New York, March 5, 2023', 'Berlin, 28.10.2021, 058/21']);
    expectReason(null, ['However, 2. November 2021 was cold', 'In Seoul, prices rose 3.2% in November 2026', 'Seoul, the capital, held talks on 20 November 2026.']);
  });

  it('dates a page by such a line, and by a stamp that heads the lead ("Pressemitteilung vom … | Berlin – …")', () => {
    const lead = (first: string) =>
      `<html><body><h1>Schulze beim Welternährungsprogramm</h1><div class="text"><p>${first}</p>${body(3)}</div></body></html>`;
    const placed = cleanArticle({ html: lead('Hamburg, 2. November 2021'), now });
    expect(placed.publishedDate).toBe('2021-11-02');
    expect(placed.paragraphs[0]).not.toContain('Hamburg');
    const headed = lead('Pressemitteilung vom 25. Januar 2022 | Berlin – Die künftige Zusammenarbeit mit dem Welternährungsprogramm stand im Mittelpunkt des Treffens in Rom.');
    expect(cleanArticle({ html: headed, now }).publishedDate).toBe('2022-01-25');
  });
});

describe("Yonhap's and Daily NK's closing lines", () => {
  it("takes Yonhap's tip line and Daily NK's other-language link for calls to action, so the reporter's address closes the story", () => {
    expectReason('call-to-action', ['제보는 카카오톡 okjebo', 'Read this article in Korean here.']);
    expectReason(null, ['제보는 익명으로 이뤄졌다.']);
    const html = `<html lang="ko"><body><h1>北, 동해상으로 탄도미사일 발사</h1><article class="story-news">
      <p>(서울=연합뉴스) 김수연 기자 = 북한이 20일 오전 동해상으로 탄도미사일을 발사했다고 합동참모본부가 밝혔다.</p>
      <p>합참은 이날 기자들에게 보낸 문자메시지에서 "북한이 동해상으로 미상 탄도미사일을 발사했다"고 알렸다.</p>
      <p>북한의 탄도미사일 발사는 올해 들어 15번째다. 군 당국은 정확한 제원을 분석하고 있다.</p>
      <p>ksy@yna.co.kr</p><p>제보는 카카오톡 okjebo</p></article></body></html>`;
    const a = cleanArticle({ html, url: 'https://www.yna.co.kr/view/AKR20261120012300504', now });
    expect(a.paragraphs).toHaveLength(3);
    expect(a.removed).toContainEqual({ text: 'ksy@yna.co.kr', reason: 'contact' });
  });
});

describe('Korean broadcast and portal dumps', () => {
  it("reads KBS's stamp with the time in brackets and takes the anchor's hand-over for the byline", () => {
    expect(parseDate('입력 2026.11.20 (07:35) 수정 2026.11.20 (08:10)', 540)?.iso).toBe('2026-11-19T22:35:00.000Z');
    expectReason('byline', ['홍길동 기자가 보도합니다.', '김철수 특파원이 전합니다.']);
    expect(broadcastReporter('홍길동 기자가 보도합니다.')).toBe('홍길동');
  });

  it("drops a portal's summary box above the lead, and takes the headline from above it", () => {
    const text = [
      '北, 동해상으로 탄도미사일 발사…합참 "추가 발사 대비"',
      '기사내용 요약',
      '北, 20일 오전 동해상으로 탄도미사일 발사',
      '합참 "한미 간 긴밀히 공조하며 대비태세 유지"',
      '[서울=뉴시스] 김지훈 기자 = 북한이 20일 오전 동해상으로 탄도미사일을 발사했다고 합동참모본부가 밝혔다.',
      '합참은 "우리 군은 추가 발사에 대비해 감시와 경계를 강화한 가운데 한미 간 긴밀히 공조하고 있다"고 밝혔다.',
      '이번 발사는 지난달 이후 한 달여 만이다.',
    ].join('\n');
    const a = cleanArticle({ text, now });
    expect(a.title).toBe('北, 동해상으로 탄도미사일 발사…합참 "추가 발사 대비"');
    expect(a.paragraphs).toHaveLength(3);
    expect(a.removed.filter((r) => r.reason === 'summary')).toHaveLength(3);
    expect(a.author).toBe('김지훈');
  });
});

describe("a Naver page's summary box", () => {
  it('drops the short lines above the dateline that opens the story, and keeps a sentence there', () => {
    const html = `<html lang="ko"><head><meta property="og:site_name" content="뉴시스"><title>北, 탄도미사일 발사 : 네이버 뉴스</title></head><body><h2>北, 탄도미사일 발사</h2>
      <article id="dic_area"><strong class="media_end_summary">北, 20일 오전 동해상으로 탄도미사일 발사<br>합참 "한미 간 긴밀히 공조하며 대비태세 유지"</strong><br><br>
      [서울=뉴시스] 김지훈 기자 = 북한이 20일 오전 동해상으로 탄도미사일을 발사했다고 합동참모본부가 밝혔다.<br><br>
      합참은 "우리 군은 추가 발사에 대비해 감시와 경계를 강화한 가운데 한미 간 긴밀히 공조하고 있다"고 밝혔다.<br><br>
      이번 발사는 지난달 이후 한 달여 만이다. 군 당국은 정확한 제원을 분석하고 있다.<br><br>◎공감언론 뉴시스 jhkim@newsis.com</article></body></html>`;
    const a = cleanArticle({ html, now });
    expect(a.paragraphs[0]).toBe('북한이 20일 오전 동해상으로 탄도미사일을 발사했다고 합동참모본부가 밝혔다.');
    expect(a.paragraphs).toHaveLength(3);
    expect(a.removed).toContainEqual({ text: '◎공감언론 뉴시스 jhkim@newsis.com', reason: 'contact' });
    expect(a.removed).toContainEqual({ text: '北, 20일 오전 동해상으로 탄도미사일 발사', reason: 'summary' });
    // One short line there is the standfirst, and stays.
    const withStandfirst = finishParagraphs(['Third launch this year', 'SEOUL, Nov. 20 (Yonhap) -- North Korea fired a missile, the military said.'], []);
    expect(withStandfirst.paragraphs).toHaveLength(2);
  });
});

describe('Chinese portals', () => {
  it("takes no editor for the author, and drops the portal's note on what it carries and its keyword line", () => {
    expect(cleanAuthor('责任编辑：张三 SN225')).toBeNull();
    expect(cleanAuthor('Editor: Wang Lin')).toBeNull();
    expect(cleanAuthor('Edited by Bryan Betts')).toBeNull();
    expectReason('disclosure', ['新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。']);
    expectReason('tags', ['关键词 >> 朝鲜,导弹', '文章关键词： 外交部 朝鲜']);
    expectReason(null, ['外交部发表声明：中方坚决反对任何制裁。']);
    const html = `<html><head><title>外交部：敦促有关各方保持克制_新浪新闻</title></head><body><h1>外交部：敦促有关各方保持克制</h1><div class="article">
      <p>据外交部网站消息，11月20日，外交部发言人毛宁主持例行记者会，回答了记者关于朝鲜半岛局势的提问。</p>
      <p>毛宁表示，中方注意到有关报道。希望有关各方直面半岛问题症结，通过有意义的对话平衡解决各方合理关切。</p>
      <p class="show_author">责任编辑：张三 SN225</p></div></body></html>`;
    expect(cleanArticle({ html, now }).author).toBeNull();
  });
});

describe("Kyodo's story page", () => {
  it("drops its end mark and sets aside the lead photo's caption that reads as one, outside a figure", () => {
    const html = `<html><head><title>N. Korea fires missile | Kyodo News</title></head><body><h1>N. Korea fires missile</h1>
      <div class="mainpic"><img src="k.jpg"><p class="caption">People in Tokyo watch a TV news report on the launch on Nov. 20, 2026. (Kyodo) ==Kyodo</p></div>
      <div class="photo"><p class="caption">Watch the video</p></div>
      <div class="article-body">${body(3)}<p>==Kyodo</p></div></body></html>`;
    const a = cleanArticle({ html, now });
    expect(a.captions).toEqual(['People in Tokyo watch a TV news report on the launch on Nov. 20, 2026. (Kyodo) ==Kyodo']);
    expect(a.paragraphs).toHaveLength(3);
    expectReason('end-marker', ['==Kyodo']);
  });
});

describe("a Korean page's picture labels and buttons", () => {
  it('sets aside a labelled picture line as a caption and leaves the buttons out of the text', () => {
    expect(isCaptionLine('[그래픽] 북한 ICBM 발사 (서울=연합뉴스) 김민지 기자')).toBe(true);
    expect(isCaptionLine('[사진] 20일 서울역에서 시민들이 북한의 미사일 발사 뉴스를 보고 있다.')).toBe(true);
    expect(isCaptionLine('북한이 20일 대륙간탄도미사일을 발사했다고 합동참모본부가 밝혔다.')).toBe(false);
    expectReason('page-tools', ['기자 프로필', '응원하기', '기사제보', '네이버 메인에서 채널 구독하기', '언론사 구독']);
    expectReason(null, ['응원합니다, 선수들에게 큰 박수를 보냅니다.']);
    const dump = [
      '北, ICBM 발사…1년 만에 처음',
      '(서울=연합뉴스) 김수연 기자 = 북한이 20일 오전 동해상으로 대륙간탄도미사일(ICBM)을 발사했다고 합동참모본부가 밝혔다.',
      '[그래픽] 북한 ICBM 발사 (서울=연합뉴스) 김민지 기자',
      '합참은 "우리 군은 추가 발사에 대비해 감시와 경계를 강화하면서 미국·일본과 관련 정보를 긴밀히 공유하고 있다"고 말했다.',
      '기자 프로필',
    ].join('\n');
    const a = cleanArticle({ text: dump, now });
    expect(a.captions).toEqual(['[그래픽] 북한 ICBM 발사 (서울=연합뉴스) 김민지 기자']);
    expect(a.paragraphs).toHaveLength(2);
  });
});

describe("a Chinese page's tools, notices and picture credits", () => {
  it('leaves the tools and notices out, sets the archive picture aside and reads the reporter without where he filed from', () => {
    expectReason('page-tools', [
      '扫一扫在手机打开当前页', '微信扫一扫', '分享让更多人看到', '打开APP阅读更多', '返回搜狐，查看更多',
      '声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。', '版权声明：本文版权归原作者所有', '举报/反馈', '无障碍浏览', '网站地图',
    ]);
    expect(isCaptionLine('资料图：朝鲜发射的导弹（图源：朝中社）')).toBe(true);
    expect(isCaptionLine('外交部发言人表示，中方敦促各方保持克制，共同维护半岛和平稳定。')).toBe(false);
    expect(bylineOf('记者 王晓 北京报道')).toBe('王晓');
  });
});

describe("a Japanese or Russian page's tools, notices and credits", () => {
  it('leaves them out of the text', () => {
    expectReason('page-tools', ['この記事をシェアする', '記事を保存', 'コメント一覧', '写真・図版', 'Читать ТАСС в', 'Нашли опечатку? Выделите текст и нажмите Ctrl+Enter', 'Found a typo? Select it and press Ctrl+Enter', 'Спасибо за подписку']);
    expectReason('disclosure', ['Мнение редакции может не совпадать с мнением автора']);
    expectReason('credit', ['Фото: ТАСС', 'Фото: Reuters', '［時事通信社］', 'Источник: ТАСС']);
    expectReason(null, ['Фото был сделан вчера в Пхеньяне, сообщило агентство.', 'この記事を書いた記者は、北朝鮮の発射を伝えた。']);
  });
});

describe('tip lines, crew credits, print notes and counters of the outlets watched', () => {
  it('leaves them out, and keeps sentences with the same words', () => {
    expectReason('call-to-action', [
      '■ 제보하기', 'MBC 뉴스는 24시간 여러분의 제보를 기다립니다. ▷ 전화 02-784-4000 ▷ 이메일 mbcjebo@mbc.co.kr',
      '※CBS노컷뉴스는 여러분의 제보로 함께 세상을 바꿉니다. 각종 비리와 부당대우, 사건사고와 미담 등 모든 얘깃거리를 알려주세요.',
      '한겨레는 타협하지 않겠습니다 진실을 위해 싸우는 언론, 한겨레를 후원해주세요.', '澎湃新闻报料：021-962866',
      '【秋トクキャンペーン】有料記事が読み放題に！今なら2カ月間無料！', '初回登録月は無料 今すぐ始める', '【時事通信社】あなたの声をお寄せください',
      'Все самое важное — в нашем Telegram-канале', 'Read in Korean', 'Read in app',
    ]);
    expectReason('contact', ['▷ 전화 : 02-781-1234, 4444', '▷ 이메일 : kbs1234@kbs.co.kr', '카카오톡 : @노컷뉴스', '사이트 : https://url.kr/b71afn']);
    expectReason('credit', [
      '촬영기자:이경구/영상편집:김유진/그래픽:채상우', '(영상취재 : 박현철, 영상편집 : 김종미)', '图片编辑：蒋立冬', '校对：张亮亮',
      'A version of this article appears in print on Oct. 31, 2024, Section A, Page 11 of the New York edition with the headline: Kim Tests Missile.',
      'Газета «Коммерсантъ» №201 от 01.11.2024, стр. 6', '—With assistance from Isabel Reynolds.',
    ]);
    expectReason('copyright', ['环球网版权作品，未经书面授权，严禁转载或镜像，违者将被追究法律责任。']);
    expectReason('page-tools', ['582文字', 'はてな', '字号分享', '동영상', '좋아요 0개', '중앙일보 광고']);
    expectReason('timestamp', ['2025/7/29 10:12（最終更新 7/29 11:40）', '2025-01-07 08:12来源：澎湃新闻']);
    expectReason('dateline', ['Reporting from Seoul']);
    expectReason('label', ['◀ 앵커 ▶', '◀ 리포트 ▶']);
    expectReason('share', ['Get short URLhttps://on.rt.com/d2xy']);
    expectReason('copyright', ['※ ⓒ SBS & SBS Digital News Lab. : 무단복제 및 재배포 금지']);
    expect([broadcastReporter('손하늘 기자입니다.'), broadcastReporter('Our Kim Yeon-ji reports.')]).toEqual(['손하늘', 'Kim Yeon-ji']);
    expectReason(null, [
      '정부는 제보를 받았다고 밝혔다.', '전화 통화에서 그는 말했다.', 'Reporting from the border, she said the troops had left.', 'The newsletter reported the numbers.', '2025년 광고 시장이 커졌다.',
    ]);
  });

  it('splits the leads of Chinese sites, Mainichi and Interfax in Russian, and reads a writer without a label or an office', () => {
    const zh = '据韩联社报道，朝鲜20日上午向东部海域发射了一枚洲际弹道导弹，这是朝鲜今年首次发射此类导弹。';
    for (const lead of ['央视网消息：', '凤凰网资讯讯 ', '中新网1月6日电 ']) expect(splitDateline(lead + zh)?.rest).toBe(zh);
    expect(splitDateline('【ソウル木下翔太郎】北朝鮮の朝鮮中央通信は20日、新型の大陸間弾道ミサイルの発射実験を行ったと報じた。')).toMatchObject({ dateline: { place: 'ソウル', agency: null }, reporter: '木下翔太郎' });
    expect(splitDateline('【速報・北朝鮮】北朝鮮の朝鮮中央通信は20日、新型の大陸間弾道ミサイルの発射実験を行ったと報じた。')).toBeNull();
    expect(splitDateline('Москва. 4 декабря. INTERFAX.RU - Россия и КНДР договорились о расширении сотрудничества в сфере безопасности.')?.dateline).toEqual({ place: 'Москва', agency: 'INTERFAX.RU' });
    expect([cleanAuthor('作者：刘洋'), cleanAuthor('Marco Rubio, Secretary of State')]).toEqual(['刘洋', 'Marco Rubio']);
  });
});

describe("Korean and Chinese pages' closing reporters, picture notes and summary boxes", () => {
  it('takes the reporter alone under the story for the writer, sets the picture notes aside and finds the dateline under a summary box', () => {
    const ko = ['북한이 31일 대륙간탄도미사일을 동해상으로 기습 발사했다. 미국 대선을 닷새 앞둔 시점이다.', '합동참모본부에 따르면 북한은 이날 오전 7시 10분쯤 평양 일대에서 1발을 고각으로 발사했다.', '전문가들은 북한이 핵 보유국 지위를 과시하려는 것이라고 분석했다.'];
    const chosun = cleanArticle({ text: ['北, ICBM 기습 발사', ...ko, '김은중 기자'].join('\n'), now });
    expect([chosun.author, chosun.paragraphs]).toEqual(['김은중', ko]);
    const zh = ['据朝中社报道，朝鲜外务省发言人10日发表谈话，谴责美韩当天开始的联合军事演习。', '谈话说，美韩不顾地区紧张局势，执意举行大规模联合军演。', '据韩国军方消息，朝鲜当天下午还向西部海域发射了数枚近程弹道导弹。'];
    const cctv = cleanArticle({ text: ['朝鲜谴责美韩联合军演', ...zh, '（总台记者 马天）'].join('\n'), now });
    expect([cctv.author, cctv.paragraphs]).toEqual(['马天', zh]);
    for (const line of ['[서울=뉴시스] 김정은 위원장이 미사일총국을 방문했다고 조선중앙통신이 21일 보도했다. (사진=노동신문 캡처) *재판매 및 DB 금지 2025.03.21. photo@newsis.com', '김여정 북한 노동당 부부장. 동아일보DB', '朝中社发布的试射现场照片', '这是朝中社11月1日发布的新型洲际弹道导弹试射现场照片。新华社/朝中社']) {
      expect(isCaptionLine(line), line).toBe(true);
    }
    expect(isCaptionLine('北京时间20日，外交部发言人表示中方敦促各方保持克制。')).toBe(false);
    const newsis = cleanArticle({
      text: ['김정은, 미사일총국 방문', '"적들에게 공포 심어줘야"', '기사내용 요약', '조선중앙통신 보도', '김 위원장 "핵무력 강화"', `[서울=뉴시스]김지훈 기자 = ${ko[0]}`, ko[1], ko[2]].join('\n'),
      now,
    });
    expect([newsis.dateline, newsis.author, newsis.paragraphs[0]]).toEqual([{ place: '서울', agency: '뉴시스' }, '김지훈', ko[0]]);
  });
});

describe("the English wires' picture lines and a byline with the writer's post under the story", () => {
  it('sets the picture line aside and takes the closing byline out of the text, for the writer', () => {
    expect(isCaptionLine('Photo provided by the Korean Central News Agency (KCNA) on Jan. 7, 2025 shows the test-fire of a new-type hypersonic missile. (KCNA via Xinhua)')).toBe(true);
    expect(isCaptionLine('Photo taken on Nov. 20, 2026 shows a view of the launch site.')).toBe(true);
    expect(isCaptionLine('Photographs of the site were taken by a satellite on Thursday, analysts said.')).toBe(false);
    expectReason('call-to-action', ['Nikkei Asia and the Financial Times have joined forces to bring you the best of Asian and global news.']);
    const body = ['North Korea has stepped up its engagement with Russia while shunning Seoul, analysts say.', 'Pyongyang appears to believe its partnership with Moscow gives it leverage it never had before.', 'Experts say inter-Korean dialogue is unlikely to resume soon.'];
    const a = cleanArticle({ text: ['Why N. Korea is courting Moscow while snubbing Seoul', ...body, 'By Kim Ji-eun, staff reporter'].join('\n'), now });
    expect([a.author, a.paragraphs]).toEqual(['Kim Ji-eun', body]);
  });
});

describe("a text browser's dump of a page (lynx -dump)", () => {
  it('keeps the story and leaves out the numbered links, their list and the reference marks around them', () => {
    const dump = [
      '   [1]Skip to main content',
      '     * [2]N. Korea',
      '     * [3]National',
      '',
      'N. Korea fires ICBM into East Sea: JCS',
      '',
      '   SEOUL, Nov. 20 (Yonhap) -- North Korea fired an intercontinental',
      "   ballistic missile into the East Sea on Thursday, South Korea's",
      '   military said, in its first such launch in about a year.',
      '',
      '   The Joint Chiefs of Staff said it detected the launch from the',
      '   Pyongyang area at around 7:10 a.m. The missile flew some 1,000',
      '   kilometers before falling into the sea.',
      '',
      '   [4]hong@yna.co.kr',
      '   (END)',
      '',
      'References',
      '',
      '   1. https://en.yna.co.kr/view/AEN20261120001251315#content',
      '   2. https://en.yna.co.kr/nk/index',
      '   3. https://en.yna.co.kr/national/index',
      '   4. mailto:hong@yna.co.kr',
    ].join('\n');
    const a = cleanArticle({ text: dump, now });
    expect(a.title).toBe('N. Korea fires ICBM into East Sea: JCS');
    expect(a.paragraphs).toEqual([
      "North Korea fired an intercontinental ballistic missile into the East Sea on Thursday, South Korea's military said, in its first such launch in about a year.",
      'The Joint Chiefs of Staff said it detected the launch from the Pyongyang area at around 7:10 a.m. The missile flew some 1,000 kilometers before falling into the sea.',
    ]);
    expectReason('links', ['1. https://en.yna.co.kr/view/1 2. https://en.yna.co.kr/', 'Visible links', 'Hidden links:']);
    expectReason(null, ['See https://en.yna.co.kr/view/1 for the full statement.']);
  });
});

describe("Focus Taiwan's and VOA's story pages", () => {
  it("splits CNA's dateline without a dash, names the writer from '(By …)' and drops 'Enditem/AW'", () => {
    expect(splitDateline("Taipei, Nov. 20 (CNA) Taiwan's Ministry of Foreign Affairs on Thursday condemned the launch.")?.dateline).toEqual({ place: 'Taipei', agency: 'CNA' });
    // A parenthesis after a name that is no agency runs on as a sentence.
    expect(splitDateline('Wang Yi, Nov. 20 (right) Told his counterpart that China opposes sanctions.')).toBeNull();
    // Interfax's full stop after the place, Kyodo's name with no brackets; a sentence about Kyodo stays one.
    expect(splitDateline('MOSCOW. Nov 20 (Interfax) - Russia has urged all sides to show restraint after the launch.')?.dateline).toEqual({ place: 'Moscow', agency: 'Interfax' });
    expect(splitDateline('TOKYO, Nov. 20 Kyodo - Japan lodged a protest with North Korea through its embassy in Beijing.')?.dateline).toEqual({ place: 'Tokyo', agency: 'Kyodo' });
    expect(splitDateline('TOKYO, Nov. 20 Kyodo said on Thursday that Japan lodged a protest with North Korea.')).toBeNull();
    expect(signatureOf('(By Joseph Yeh)')).toBe('Joseph Yeh');
    expectReason('end-marker', ['Enditem/AW', 'Enditem']);
  });

  it('takes the writer from a short list of links to writers\' pages, not from a menu of columnists', () => {
    const story = `<div class="wsw">${body(4)}</div>`;
    const one = `<html><head><meta name="author" content="VOA News"></head><body><h1>US, allies condemn launch</h1><ul class="links"><li><a href="/author/william-gallo/abc">William Gallo</a></li></ul>${story}</body></html>`;
    expect(cleanArticle({ html: one, url: 'https://www.voanews.com/a/x/7894561.html', now }).author).toBe('William Gallo');
    const menu = `<html><body><h1>US, allies condemn launch</h1><ul class="columnists">${['Ann Lee', 'Bo Kim', 'Cy Park', 'Di Cho'].map((n) => `<li><a href="/author/${n.replace(' ', '-')}">${n}</a></li>`).join('')}</ul>${story}</body></html>`;
    expect(cleanArticle({ html: menu, now }).author).toBeNull();
  });
});

describe('transcripts', () => {
  it("keep their speakers' labels, which say who said what", () => {
    expectReason(null, [
      'MR MILLER: We will continue to look at all the tools available to us.',
      'QUESTION: Will you seek new sanctions?',
      '【上川外務大臣】先ほどブリンケン国務長官と電話会談を行い、緊密に連携していくことを確認いたしました。',
      '<질문> 남북 연락채널 상황은 어떻습니까?',
      'Вопрос: Как Москва оценивает последние заявления Вашингтона?',
      '毛宁：制裁施压解决不了问题。',
    ]);
  });
});

describe("a briefing's header", () => {
  it("takes the speaker with their post for the author, and the line above for the title, which dates it", () => {
    const text = [
      'Department Press Briefing – November 20, 2026',
      'Matthew Miller, Department Spokesperson',
      'Washington, DC',
      '1:15 p.m. EST',
      '',
      'MR MILLER: Good afternoon, everyone. The United States condemns the DPRK\'s launch of a ballistic missile earlier today.',
      '',
      'QUESTION: Has the Secretary spoken to his counterparts in Seoul and Tokyo?',
    ].join('\n');
    const a = cleanArticle({ text, now: new Date('2026-12-01T00:00:00Z') });
    expect(a.title).toBe('Department Press Briefing – November 20, 2026');
    expect(a.author).toBe('Matthew Miller');
    expect(a.publishedDate).toBe('2026-11-20');
    expect(a.paragraphs[0]).toMatch(/^MR MILLER: Good afternoon/);
  });
});

describe("KCNA's and NK News's dumps", () => {
  it("dates a KCNA story by its Juche stamp, and reads a writer and a day with nothing between, a dated picture credit and a member's paywall", () => {
    expect(parseDate('Juche115.11.20.', 540)?.local).toBe('2026-11-20');
    expect(parseDate('주체115.11.20', 540)?.local).toBe('2026-11-20');
    expectReason('timestamp', ['www.kcna.kp (Juche115.11.20.)']);
    const kcna = ['KCNA Commentary Slams U.S. Military Drills', 'Pyongyang, November 20 (KCNA) -- The U.S. and south Korean military warmongers are staging large-scale joint air drills again.', 'This is a dangerous military provocation, says a KCNA commentary.', 'www.kcna.kp (Juche115.11.20.)'].join('\n');
    expect(cleanArticle({ text: kcna, now: new Date('2026-12-01T00:00:00Z') }).publishedDate).toBe('2026-11-20');
    expectReason('paywall', ['Want to read more?', 'Become a member today to read the rest of this story and gain unlimited access to NK News.']);
    expect(isCaptionLine('Kim Jong Un at the defense expo on Wednesday | Image: KCNA (Nov. 20, 2026)')).toBe(true);
    const nkNews = [
      "North Korea unveils new 'hypersonic' missile at defense expo in Pyongyang",
      'Kim Jong Un inspects weapons display as regime touts progress on nuclear-capable systems',
      "Chad O'Carroll November 20, 2026",
      'North Korean leader Kim Jong Un toured a defense exhibition in Pyongyang on Wednesday, where the regime displayed what it called a new hypersonic missile.',
    ].join('\n');
    const a = cleanArticle({ text: nkNews, now: new Date('2026-12-01T00:00:00Z') });
    expect([a.title, a.author, a.publishedDate]).toEqual(["North Korea unveils new 'hypersonic' missile at defense expo in Pyongyang", "Chad O'Carroll", '2026-11-20']);
  });
});

describe("Rodong Sinmun's closing date and a press conference record's parts", () => {
  it('dates a story by a Juche date alone on its line, and takes no part of a record for its writer', () => {
    expectReason('timestamp', ['Juche115(2026).11.20.', '주체115.11.20']);
    const rodong = ['Respected Comrade Kim Jong Un Inspects Munitions Factory', "Pyongyang, November 20 (KCNA) -- Kim Jong Un, general secretary of the Workers' Party of Korea, inspected a munitions factory.", 'He praised the workers for their devoted efforts.', 'Juche115(2026).11.20.'].join('\n');
    expect(cleanArticle({ text: rodong, now: new Date('2026-12-01T00:00:00Z') }).publishedDate).toBe('2026-11-20');
    const record = ['外務大臣会見記録', '（令和8年11月20日（金曜日）10時31分\u3000於：本省会見室）', '冒頭発言', '【上川外務大臣】本日、北朝鮮が弾道ミサイルを発射しました。断じて容認できません。', '質疑応答', '【記者】北朝鮮のミサイル発射について、中国の反応をどう見ていますか。'].join('\n');
    expect(cleanArticle({ text: record, now: new Date('2026-12-01T00:00:00Z') }).author).toBeNull();
  });
});

describe("government, UN and think-tank releases' furniture", () => {
  it("takes a section label, the UN's note, a picture's rights holder and a numbered figure's legend out of the text", () => {
    expectReason('label', ['Statements and Releases', 'Press Briefings', 'Speeches and Remarks']);
    expectReason('notice', ['For information media. Not an official record.']);
    expectReason('credit', ['Image © 2026 Planet Labs PBC. All rights reserved. For media options, please contact 38North@stimson.org.']);
    expect(isCaptionLine('Figure 1. Overview of the launch pad.')).toBe(true);
    expect(isCaptionLine('Abbildung 4: klassische Schwachschicht.')).toBe(true);
    expect(isCaptionLine('Figure 1 shows that the launch pad has grown since last year.')).toBe(false);
    const statement = ["Statement from National Security Council Spokesperson on the DPRK's Missile Launch", 'November 20, 2026', 'Statements and Releases', "The United States strongly condemns the DPRK's launch of an intercontinental ballistic missile."].join('\n');
    expect(cleanArticle({ text: statement, now: new Date('2026-12-01T00:00:00Z') }).title).toBe("Statement from National Security Council Spokesperson on the DPRK's Missile Launch");
  });
});

describe("RFA's and Daily NK's dumps", () => {
  it("takes the translator's and editor's credits out, the outlet off a writer's name, and reads a 12-hour clock after a dotted date", () => {
    expectReason('credit', ['Translated by Claire Shinyoung Oh Lee. Edited by Eugene Whong.']);
    expect(cleanAuthor('By Jieun Kim for RFA Korean')).toBe('Jieun Kim');
    expect(cleanAuthor('Organization for Transformative Works')).toBe('Organization for Transformative Works');
    expect(parseDate('2026.11.20 4:30pm', 540)?.iso).toBe('2026-11-20T07:30:00.000Z');
    expect(parseDate('2026.11.20 12:10 a.m.', 540)?.iso).toBe('2026-11-19T15:10:00.000Z');
  });
});

describe("AP's and Chosun Ilbo's dumps", () => {
  it('reads a time with its zone before the date, and keeps a short title-case headline over its stamp for the title, not the writer', () => {
    expect(parseDate('Updated 3:41 AM GMT+9, November 20, 2026')?.iso).toBe('2026-11-19T18:41:00.000Z');
    expectReason('timestamp', ['englishnews@chosun.com / Nov. 20, 2026 08:55 KST']);
    const chosun = ['N.Korea Fires ICBM Again', 'November 20, 2026 08:55', 'North Korea fired an intercontinental ballistic missile toward the East Sea on Wednesday, the military said.', 'englishnews@chosun.com / Nov. 20, 2026 08:55 KST'].join('\n');
    const a = cleanArticle({ text: chosun, now: new Date('2026-12-01T00:00:00Z') });
    expect([a.title, a.author, a.paragraphs]).toEqual(['N.Korea Fires ICBM Again', null, ['North Korea fired an intercontinental ballistic missile toward the East Sea on Wednesday, the military said.']]);
  });
});

describe('Markdown dumps (a reader service, a scraper)', () => {
  it("reads a reader service's header, shows links as their words, drops emphasis, and takes lines of links or pictures for furniture", () => {
    const text = [
      'Title: North Korea fires ballistic missile into East Sea: JCS',
      '',
      'URL Source: https://en.yna.co.kr/view/AEN20261120000100315',
      '',
      'Published Time: 2026-11-20T09:12:00+09:00',
      '',
      'Markdown Content:',
      '[Skip to content](#main)',
      '',
      '*   [Home](https://en.yna.co.kr/)',
      '*   [North Korea](https://en.yna.co.kr/nk/index)',
      '',
      '# North Korea fires ballistic missile into East Sea: JCS',
      '',
      '![Image 1: A TV shows a news report](https://img.yna.co.kr/photo/1.jpg)',
      '',
      "SEOUL, Nov. 20 (Yonhap) -- North Korea fired a short-range ballistic missile into the East Sea on Friday, South Korea's military said.",
      '',
      '"Our military has strengthened surveillance," the **Joint Chiefs of Staff** said in a text message to *reporters*.',
      '',
      'The launch was the fourth this month, according to [the JCS](https://www.jcs.mil.kr).',
      '',
      '**Related Articles**',
      '*   [N. Korea slams drills](https://en.yna.co.kr/view/1)',
    ].join('\n');
    const a = cleanArticle({ text, now: new Date('2026-12-01T00:00:00Z') });
    expect([a.title, a.url, a.publishedAt]).toEqual(['North Korea fires ballistic missile into East Sea: JCS', 'https://en.yna.co.kr/view/AEN20261120000100315', '2026-11-20T00:12:00.000Z']);
    expect(a.paragraphs).toEqual([
      "North Korea fired a short-range ballistic missile into the East Sea on Friday, South Korea's military said.",
      '"Our military has strengthened surveillance," the Joint Chiefs of Staff said in a text message to reporters.',
      'The launch was the fourth this month, according to the JCS.',
    ]);
    expect(a.removed).toEqual(expect.arrayContaining([{ text: 'Home', reason: 'links' }, { text: 'A TV shows a news report', reason: 'picture' }]));
    // Unclosed marks stay as written (their search is bounded: 50,000 of them once took 16 s).
    const unclosed = cleanArticle({ text: `Markdown Content:\n${'**word '.repeat(3000)}`, now });
    expect(unclosed.text.startsWith('**word **word')).toBe(true);
    // One bracketed link in a plain dump is its text, as written.
    const plain = cleanArticle({ text: 'The ministry said on [Friday](see below) that talks would resume in Panmunjom next week, officials said.', now });
    expect(plain.paragraphs[0]).toContain('[Friday](see below)');
  });
});

describe('French and Spanish wire dumps', () => {
  it("splits EFE's dateline and reads a French labelled stamp, which is then no headline", () => {
    expect(splitDateline('Seúl, 20 nov (EFE).- Corea del Norte lanzó este jueves un misil balístico hacia el mar de Japón.')?.dateline).toEqual({ place: 'Seúl', agency: 'EFE' });
    expectReason('timestamp', ['Publié le 20/11/2026 à 08h15, mis à jour à 10h32', 'Actualizado 20/11/2026 10:32', 'EFE | Seúl | 20 nov. 2026', 'Ciclismo | Por: Juan Diego | Actualizado el: 19 abril 2022 9:12 pm']);
    expectReason('menu', ['Home | World | Asia', 'Startseite | News | Politik | Nordkorea']);
    expectReason(null, ['Publié le gouvernement a dit.']);
    // A strip of facts about the story with its stamp among them; a sentence set apart with bars is none.
    expectReason('timestamp', [
      'Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Martin Untersinger (avec Damien Leloup et Morgane Tual)',
      'By Jane Doe | Reuters | Nov. 20, 2026 | 3 min read',
      'Published on August 19, 2019 • 319 Likes • 160 Comments',
    ]);
    expectReason(null, ['Kim said the talks | which began on Nov. 20, 2026 | would go on for weeks']);
    // The agency after a dash; a span of hours is none.
    expectReason('timestamp', ['20 ноября 2026, 10:12 — ТАСС', 'Nov. 20, 2026 – Yonhap']);
    expectReason(null, ['Mo bis Fr: 9:00 – 16:00 Uhr', 'November 20, 2026 — North Korea fired a missile on Thursday']);
    const afp = [
      'La Corée du Nord tire un missile balistique, Séoul et Tokyo protestent',
      'Publié le 20/11/2026 à 08h15, mis à jour à 10h32',
      'Par AFP',
      "La Corée du Nord a tiré jeudi un missile balistique en direction de la mer du Japon, a annoncé l'armée sud-coréenne.",
    ].join('\n');
    const a = cleanArticle({ text: afp, now: new Date('2026-12-01T00:00:00Z') });
    expect([a.title, a.publishedDate]).toEqual(['La Corée du Nord tire un missile balistique, Séoul et Tokyo protestent', '2026-11-20']);
  });
});

describe("a dump's time zone from the reporter's address", () => {
  it("reads a Korea Herald dump's times in Seoul's zone, known from the byline's e-mail domain", () => {
    const text = ['Seoul, Washington to hold nuclear consultative group meeting next month', 'Published : Nov. 20, 2026 - 15:12', 'By Ji Da-gyum (dagyumji@heraldcorp.com)', "South Korea and the United States will hold the fifth meeting of the Nuclear Consultative Group next month in Washington, Seoul's Defense Ministry said Friday."].join('\n');
    expect(cleanArticle({ text, now: new Date('2026-12-01T00:00:00Z') }).publishedAt).toBe('2026-11-20T06:12:00.000Z');
  });
});

describe("a think tank's note on itself", () => {
  it('leaves the end of the story, and a sentence of the story that says the same stays', () => {
    const closing = finishParagraphs(['The test suggests North Korea continues to make progress in its solid-fuel program.', '38 North is a program of the Stimson Center.'], []);
    expect(closing.paragraphs).toEqual(['The test suggests North Korea continues to make progress in its solid-fuel program.']);
    const inside = finishParagraphs(['38 North is a program of the Stimson Center.', 'Its analysts said the launch was a step forward.'], []);
    expect(inside.paragraphs).toHaveLength(2);
  });
});

describe("a dump's headline over its standfirst", () => {
  it('takes the shorter headline, not the standfirst under it, for the title', () => {
    const text = [
      'Advertisement',
      'Beijing urges calm after North Korea fires long-range missile',
      'Foreign ministry says all sides should ‘face up to the crux’ of the peninsula issue',
      'Published: 8:00pm, 20 Nov 2026',
      'Beijing has called for restraint after North Korea test-fired what it said was a new intercontinental ballistic missile, saying pressure alone would not solve the problem.',
      '“We hope all parties will face up to the crux of the peninsula issue,” foreign ministry spokeswoman Mao Ning said on Friday.',
    ].join('\n');
    expect(cleanArticle({ text, now: new Date('2026-12-01T00:00:00Z') }).title).toBe('Beijing urges calm after North Korea fires long-range missile');
    // A short label above the headline is not taken for it.
    const labelled = ['China Diplomacy Desk', 'Xi says China ready to promote Korean dialogue', text.split('\n')[4]].join('\n');
    expect(cleanArticle({ text: labelled, now }).title).toBe('Xi says China ready to promote Korean dialogue');
  });
});

describe('a dump with a long header', () => {
  it('reads every header line and keeps the story after them', () => {
    // A digest's concatenated headers; the body starts at the first line that is no header field.
    const headers = Array.from({ length: 5000 }, (_, i) => `TITLE: Story ${i}\nLINK: https://news.example/${i}`).join('\n');
    const story = 'Envoys from both Koreas met on Tuesday in Panmunjom, the unification ministry said, in the first talks in a year.';
    const a = cleanArticle({ text: `${headers}\n\n${story}`, now });
    expect(a.title).toBe('Story 4999');
    expect(a.url).toBe('https://news.example/4999');
    expect(a.paragraphs).toEqual([story]);
  });
});

describe("TASS's, KCNA's and Korea Times's dumps", () => {
  const now2026 = new Date('2026-12-01T00:00:00Z');

  it("takes a label over a picture's credit for the caption, not the headline, and a dump's first line over a credit for its headline", () => {
    const tass = [
      'Russia, DPRK to expand cooperation — Lavrov',
      'Russian Foreign Minister Sergey Lavrov',
      '© Sergey Bobylev/TASS',
      'MOSCOW, November 20. /TASS/. Russia and North Korea will expand cooperation in all areas, Russian Foreign Minister Sergey Lavrov said on Thursday after talks with Choe Son Hui.',
      '"We have agreed to continue close coordination at the UN," Lavrov told reporters.',
    ].join('\n');
    const a = cleanArticle({ text: tass, now: now2026 });
    expect([a.title, a.captions, a.paragraphs.length]).toEqual(['Russia, DPRK to expand cooperation — Lavrov', ['Russian Foreign Minister Sergey Lavrov'], 2]);
    const kcna = [
      'Kim Jong Un Oversees Test-fire of New-type ICBM',
      'Kim Jong Un at the launch site',
      'Photo: KCNA via Reuters',
      "Pyongyang, November 20 (KCNA) -- Kim Jong Un, general secretary of the Workers' Party of Korea, oversaw the test-fire of a new-type ICBM on Thursday.",
      'The missile flew 1,000 km before landing in the open waters of the East Sea of Korea.',
      'Photo: KCNA',
    ].join('\n');
    const k = cleanArticle({ text: kcna, now: now2026 });
    expect([k.title, k.captions, k.paragraphs.length]).toEqual(['Kim Jong Un Oversees Test-fire of New-type ICBM', ['Kim Jong Un at the launch site'], 2]);
    const headlineOverCredit = ['Chinese FM urges calm on Peninsula', 'Photo: VCG', 'Chinese Foreign Ministry spokesperson Mao Ning said on Friday that China hopes all parties concerned will keep calm and exercise restraint.'].join('\n');
    expect(cleanArticle({ text: headlineOverCredit, now: now2026 }).title).toBe('Chinese FM urges calm on Peninsula');
  });

  it('cuts each of thousands of credits run into one paragraph out with its caption, and keeps every sentence between them', () => {
    const n = 3000;
    const para = Array.from({ length: n }, (_, i) => `Sentence ${i} tells what happened. A caption ${i} ${i % 2 ? 'Photo: VCG' : '[Photo: Xinhua]'}`).join(' ');
    const a = cleanArticle({ text: `Headline of the story\n${para}`, now: now2026 });
    expect(a.captions).toHaveLength(n);
    expect(a.captions[1]).toBe('A caption 1 Photo: VCG');
    expect(a.paragraphs.join(' ')).toBe(Array.from({ length: n }, (_, i) => `Sentence ${i} tells what happened.`).join(' '));
  });

  it("cuts Global Times's bare picture credit and its caption out of a paragraph, and leaves a sentence that says \"photo\"", () => {
    const dump = [
      'TITLE: Chinese FM urges restraint after DPRK missile launch LINK: https://www.globaltimes.cn/page/202611/1326543.shtml',
      '.',
      '',
      'Chinese Foreign Ministry spokesperson Mao Ning said on Friday that China hopes all parties will keep calm. Chinese Foreign Ministry spokesperson Mao Ning Photo: VCG Mao made the remarks at a regular press conference. A view of Pyongyang. Photo: Li Hao/GT She added that China will play a constructive role. The photo: it was taken in 2019, the ministry said.',
    ].join('\n');
    const a = cleanArticle({ text: dump, now: now2026 });
    expect(a.captions).toEqual(['Chinese Foreign Ministry spokesperson Mao Ning Photo: VCG', 'A view of Pyongyang. Photo: Li Hao/GT']);
    expect(a.paragraphs).toEqual([
      'Chinese Foreign Ministry spokesperson Mao Ning said on Friday that China hopes all parties will keep calm. Mao made the remarks at a regular press conference. She added that China will play a constructive role. The photo: it was taken in 2019, the ministry said.',
    ]);
  });

  it("names the site from the outlet's name printed over the story, where no field does", () => {
    const dump = [
      'China Daily',
      'Home / World / Asia-Pacific',
      'Xi, Lee hold talks in Gyeongju',
      'By ZHANG YUNBI | chinadaily.com.cn | Updated: 2026-11-01 18:32',
      'President Xi Jinping held talks with South Korean President Lee Jae-myung in Gyeongju on Saturday, the first meeting between the two leaders.',
    ].join('\n');
    const a = cleanArticle({ text: dump, now: now2026 });
    expect([a.title, a.siteName]).toEqual(['Xi, Lee hold talks in Gyeongju', 'China Daily']);
    const ria = ['РИА Новости', 'Лавров: санкции против КНДР исчерпали себя', '20.11.2026, 14:30', 'МОСКВА, 20 ноя — РИА Новости. Санкции против КНДР исчерпали себя, заявил министр иностранных дел России Сергей Лавров.'];
    expect(cleanArticle({ text: ria.join('\n'), now: now2026 }).siteName).toBe('РИА Новости');
    // A wire's name over the story is its source, not the site.
    expect(cleanArticle({ text: dump.replace('China Daily', 'Reuters'), now: now2026 }).siteName).toBeNull();
    // A label over the story that names no outlet names no site.
    expect(cleanArticle({ text: dump.replace('China Daily', 'Diplomacy'), now: now2026 }).siteName).toBeNull();
  });

  it("takes AP's and VOA's archive picture line (\"FILE - …\") for a caption, and keeps a sentence that starts with \"File\"", () => {
    const voa = [
      'North Korea Fires Ballistic Missile as US, South Korea Hold Drills',
      'By William Gallo',
      "North Korea fired a ballistic missile Friday, South Korea's military said, as the United States and South Korea held large-scale military drills.",
      "FILE - A TV screen shows a file image of North Korea's missile launch during a news program at the Seoul Railway Station in Seoul, South Korea, Nov. 3, 2026.",
      'FILE PHOTO: North Korean leader Kim Jong Un attends a meeting in Pyongyang.',
      'North Korea has launched dozens of missiles this year.',
    ].join('\n');
    const a = cleanArticle({ text: voa, now: now2026 });
    expect(a.captions).toHaveLength(2);
    expect(a.paragraphs).toHaveLength(2);
    expect(isCaptionLine('File - the ministry said it would respond to the launch on Friday.')).toBe(false);
  });

  it("drops an audio player's label, and takes a quoted Korean headline under the outlet's name for the headline", () => {
    expectReason('page-tools', ['기사를 읽어드립니다', '기사 듣기', '음성으로 듣기', 'Listen to article 3 min', 'Escuchar artículo', 'Artikel anhören', '听新闻', 'Слушать статью']);
    expectReason(null, ['Listen to the president speak about the plan.']);
    const hani = [
      '한겨레',
      '북, 동해상 탄도미사일 발사…“추가 도발 가능성”',
      '등록 2026-11-20 16:35 수정 2026-11-20 17:02',
      '김지은 기자',
      '기사를 읽어드립니다',
      '0:00 / 3:12',
      '북한이 20일 오전 동해상으로 탄도미사일을 발사했다. 합동참모본부는 “북한이 오전 7시50분께 평양 일대에서 동해상으로 탄도미사일 1발을 발사했다”고 밝혔다.',
      '북한의 탄도미사일 발사는 올해 들어 12번째다.',
    ].join('\n');
    const a = cleanArticle({ text: hani, now: now2026 });
    expect([a.title, a.author, a.paragraphs.length]).toEqual(['북, 동해상 탄도미사일 발사…“추가 도발 가능성”', '김지은', 2]);
  });

  it("drops Naver's notes under a story it carries, so the reporter's address after the story goes too", () => {
    expectReason('disclosure', ['이 기사는 언론사에서 정치 섹션으로 분류했습니다.', '기사 섹션 분류 안내', '메인에서 바로 보는 언론사 편집 뉴스 지금 바로 구독해보세요!', '본문 요약봇']);
    expectReason('page-tools', ['연합뉴스 구독']);
    const story = ['(서울=연합뉴스) 김수연 기자 = 북한이 20일 동해상으로 탄도미사일을 발사했다고 합동참모본부가 밝혔다.', '북한의 탄도미사일 발사는 올해 들어 12번째다.'];
    const naver = ['北, 동해상 탄도미사일 발사…합참 "한미 공조하에 추적 감시"', '입력2026.11.20. 오전 8:02', ...story, 'ksy@yna.co.kr', '이 기사는 언론사에서 정치 섹션으로 분류했습니다.', '기사 섹션 분류 안내', '연합뉴스 구독', '메인에서 바로 보는 언론사 편집 뉴스 지금 바로 구독해보세요!'];
    expect(cleanArticle({ text: naver.join('\n'), now: now2026 }).paragraphs).toEqual(['북한이 20일 동해상으로 탄도미사일을 발사했다고 합동참모본부가 밝혔다.', story[1]]);
  });

  it("reads a PDF's text: words hyphenated across lines run on without the hyphen, compounds keep theirs, and the line that says who issued the statement stays", () => {
    const pdf = [
      'SC/15432',
      '20 November 2026',
      '',
      "Security Council Press Statement on Democratic People's Republic of Korea",
      'Ballistic Missile Launch',
      '',
      'The following Security Council press statement was issued today by Council Presi-',
      'dent Jane Doe (United Kingdom):',
      '',
      'The members of the Security Council strongly condemned the so-called satellite',
      "launch conducted by the Democratic People's Republic of Korea with long-",
      'range ballistic missile technology, in violation of relevant Security Council resolu-',
      'tions.',
      '',
      'The members of the Security Council underscored the importance of the complete',
      'denuclearization of the Korean Peninsula and called for dialogue and restraint.',
      '',
      'For information media. Not an official record.',
    ].join('\n');
    const a = cleanArticle({ text: pdf, now: now2026 });
    expect(a.paragraphs).toEqual([
      'The following Security Council press statement was issued today by Council President Jane Doe (United Kingdom):',
      "The members of the Security Council strongly condemned the so-called satellite launch conducted by the Democratic People's Republic of Korea with long-range ballistic missile technology, in violation of relevant Security Council resolutions.",
      'The members of the Security Council underscored the importance of the complete denuclearization of the Korean Peninsula and called for dialogue and restraint.',
    ]);
  });

  it("reads a newsletter saved as text: its e-mail header gives the title, date and sender, and its mail furniture goes", () => {
    expectReason('newsletter', ['View this email in your browser', 'View in browser', 'You are receiving this email because you subscribed to NK News.', 'Unsubscribe | Update preferences', '---------- Forwarded message ---------']);
    expectReason(null, ['She said she would unsubscribe from the service after the launch.']);
    const mail = [
      'From: NK News Daily Update <newsletter@nknews.org>',
      'Sent: Friday, November 20, 2026 8:15 AM',
      'To: analyst@example.com',
      'Subject: Fwd: North Korea launches ICBM, first since July',
      '',
      'View this email in your browser',
      'By Chad O\'Carroll',
      "North Korea launched an intercontinental ballistic missile on Friday morning, its first such launch since July, South Korea's military said.",
      "Japan's Defense Ministry said the missile landed outside the country's exclusive economic zone.",
      'You are receiving this email because you subscribed to NK News.',
      'Unsubscribe | Update preferences',
    ].join('\n');
    const a = cleanArticle({ text: mail, now: now2026 });
    expect([a.title, a.author, a.publishedDate, a.siteName, a.paragraphs.length]).toEqual(['North Korea launches ICBM, first since July', "Chad O'Carroll", '2026-11-20', 'NK News Daily Update', 2]);
  });

  it("takes a White House transcript's title over the venue under it, and keeps a sentence about the venue", () => {
    expectReason('venue', ['James S. Brady Press Briefing Room', 'Aboard Air Force One', 'Aboard Air Force One, En Route to Seoul', 'Oval Office', 'South Court Auditorium']);
    expectReason(null, ['The Oval Office meeting lasted an hour.', 'Aboard the ship, sailors cheered.', 'Trump meets Kim aboard Air Force One']);
    const remarks = [
      'Remarks by President Trump Before Air Force One Departure',
      'James S. Brady Press Briefing Room',
      '4:12 P.M. EST',
      "THE PRESIDENT: Thank you very much. We're going to be speaking with Kim Jong Un very soon, and I think we'll have a very good relationship.",
      'Q Mr. President, will you meet Kim again this year?',
      'THE PRESIDENT: It could happen. We have a very good relationship.',
      'END',
    ].join('\n');
    const a = cleanArticle({ text: remarks, now: now2026 });
    expect([a.title, a.paragraphs.length]).toEqual(['Remarks by President Trump Before Air Force One Departure', 3]);
  });

  it("reads a dateline printed on a line of its own as the lead's, and KCNA's Korean one", () => {
    const lead = 'North Korea fired a ballistic missile into the East Sea on Friday, the military said.';
    const yonhap = cleanArticle({ text: ['N. Korea fires missile', 'SEOUL, Nov. 20 (Yonhap) --', lead, 'The launch is the 12th this year.'].join('\n'), now: now2026 });
    expect([yonhap.title, yonhap.dateline, yonhap.paragraphs]).toEqual(['N. Korea fires missile', { place: 'Seoul', agency: 'Yonhap' }, [lead, 'The launch is the 12th this year.']]);
    const kcna = [
      '김정은동지께서 신형대륙간탄도미싸일시험발사를 현지에서 지도하시였다',
      '(평양 11월 20일발 조선중앙통신)',
      '조선로동당 총비서이시며 조선민주주의인민공화국 국무위원장이신 김정은동지께서 20일 신형대륙간탄도미싸일시험발사를 현지에서 지도하시였다.',
      '김정은동지께서는 시험발사가 성공적으로 진행된데 대하여 커다란 만족을 표시하시였다.',
    ].join('\n');
    const k = cleanArticle({ text: kcna, now: now2026 });
    expect([k.title, k.dateline, k.paragraphs.length]).toEqual(['김정은동지께서 신형대륙간탄도미싸일시험발사를 현지에서 지도하시였다', { place: '평양', agency: '조선중앙통신' }, 2]);
    // A short line that only looks like one stays where it is.
    const list = cleanArticle({ text: ['Missile tests this year', 'Launches (2026) -', lead].join('\n'), now: now2026 });
    expect(list.dateline).toBeNull();
  });

  it('drops a "Most Read" ranking and its numbered headlines, in several languages, and takes no story line for one', () => {
    const story = [
      'Yoon, Kishida agree to boost trilateral cooperation on N. Korea',
      'President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida agreed Friday to strengthen security cooperation with the United States.',
      'Kishida said Japan will work closely with Seoul and Washington.',
    ];
    for (const heading of ['Most Read', '많이 본 뉴스', '点击排行', 'Самое читаемое']) {
      const ranking = [heading, '1. BTS to return in 2026', '2. Won hits 15-year low', '3 Typhoon hits Guangdong', '4) New rail line opens', '5. Stocks rise in Seoul'];
      const a = cleanArticle({ text: [...story, ...ranking].join('\n'), now: now2026 });
      expect(a.paragraphs, heading).toEqual(story.slice(1));
    }
    // Above the headline, a ranking's heading takes no unnumbered line with it.
    expect(cleanArticle({ text: ['Most Popular', ...story].join('\n'), now: now2026 }).title).toBe(story[0]);
  });
});

describe('furniture and captions from a third round of probe pages', () => {
  it("takes a wire's picture as Yonhap or Newsis carry it, News1's archive picture and a picture's copyright holder for captions, and keeps prose about what pictures showed", () => {
    for (const line of [
      'The Treasury Department building in Washington, D.C. AFP-Yonhap',
      'Visitors watch a news broadcast at Seoul Station on Sunday. (AP-Yonhap)',
      'North Korean leader Kim Jong-un inspects a munitions factory, May 13. [AP/Newsis]',
      '토니 블링컨 미국 국무장관. AP 연합뉴스',
      '김여정 북한 노동당 부부장. (조선중앙TV 갈무리) ⓒ News1 DB',
      'Официальный представитель МИД России Мария Захарова. Архивное фото © РИА Новости / Алексей Майшев',
      'Kremlin spokesman Dmitry Peskov © Valery Sharifulin/TASS',
      'This handout photo released by KCNA on Nov. 20 shows the launch.',
      '北朝鮮が発射した弾道ミサイル（朝鮮中央通信＝共同）',
    ]) expect(isCaptionLine(line), line).toBe(true);
    // A dump's caption dated like a stamp, with its picture's credit label (NK News).
    const caption = 'Kim Jong Un at the military parade, May 23, 2024 | Image: KCNA (May 24, 2024)';
    const dump = cleanArticle({ text: ['N. Korea shows off new launcher at parade', '', 'North Korea displayed a new road-mobile launcher during a nighttime military parade in Pyongyang on Thursday, according to state media.', '', caption, '', 'Analysts said the launcher could carry a hypersonic missile, and that the parade was meant for Washington.'].join('\n'), now: new Date('2026-12-01T00:00:00Z') });
    expect(dump.captions).toEqual([caption]);
    for (const line of [
      'Photos released by KCNA showed Kim smiling broadly as he shook hands with Lavrov at the headquarters of the party.',
      'A photo released by the Unification Ministry showed the inter-Korean liaison office building in ruins.',
      'All contents copyright © Korea Herald',
      'Peskov said the talks would go on, according to the Kremlin © TASS',
    ]) expect(isCaptionLine(line), line).toBe(false);
  });

  it('drops sign-in and subscription appeals, edit notes, reading times, stamps and run-together search phrases', () => {
    expectReason('paywall', [
      'In a time of both misinformation and too much information, quality journalism is more crucial than ever. By subscribing, you can help us get the story right.',
      'Already have an account? Log in',
      'Subscribers only. Subscribe to join the conversation.',
      'Try The Telegraph free for 1 month with unlimited access to our award-winning website, exclusive app and more.',
    ]);
    expectReason('credit', ['Edited by: Rana Taha', 'Translation of an original article published in French on lemonde.fr; the publisher may only be liable for the French version.']);
    expectReason('reading-time', ['2 min Reading time']);
    expectReason('timestamp', ['記事入力 2026.11.05 09:52 ｜ 記事修正 2026.11.05 10:10']);
    expectReason('label', ['Live', 'BREAKING', 'Breaking News', '속보', '快讯']);
    expectReason('page-tools', ['+1收藏我要举报', 'НравитсяСмешноУдивлениеГневГрусть', 'Нравится 12 Смешно 3 Гнев 1']);
    expectReason(null, ['Гнев и печаль охватили страну после катастрофы']);
    expectReason('timestamp', ['Published On 6 Nov 202648 minutes ago', 'Published On 6 Nov 2026 1 hour ago']);
    expectReason('seo-spam', ['north korea news today north korea missile launch latest kim jong un news korea news sanctions news']);
    expectReason(null, [
      'Already, the account of the talks has been disputed by both sides.',
      'By subscribing to the treaty, Seoul would help the region, the minister said.',
      'the talks went on for hours and nobody in the room said what everybody in the room knew',
    ]);
  });

  it("reads Yonhap's Chinese and Japanese datelines and a known city's name in title case before a dash", () => {
    expect(splitDateline('韩联社首尔11月5日电 韩国外交部5日表示，希望朝鲜停止挑衅行为，回到对话桌前来。')?.dateline).toEqual({ place: '首尔', agency: '韩联社' });
    expect(splitDateline('【ソウル聯合ニュース】韓国外交部は5日、北朝鮮の弾道ミサイル発射を強く非難した。')?.dateline).toEqual({ place: 'ソウル', agency: '聯合ニュース' });
    expect(splitDateline('Seoul — North Korea fired a ballistic missile into the sea on Tuesday, the military said.')?.dateline).toEqual({ place: 'Seoul', agency: null });
    expect(splitDateline('Meanwhile — the talks continued into the night without any progress at all.')).toBeNull();
  });

  it('drops a teaser that repeats the lead cut short, above the lead or under the story', () => {
    const lead = "North Korea fired several cruise missiles off its west coast on Sunday morning, South Korea's Joint Chiefs of Staff said, two days after a warhead test.";
    const rest = ['Seoul said it was analyzing the flight data with Washington.', 'No damage was reported.'];
    const teaser = "North Korea fired several cruise missiles off its west coast on Sunday morning, South Korea's Joint Chiefs of Staff…";
    for (const input of [[teaser, lead, ...rest], [lead, ...rest, teaser]]) {
      const removed: { text: string; reason: string }[] = [];
      expect(finishParagraphs(input, removed).paragraphs).toEqual([lead, ...rest]);
      expect(removed.map((r) => r.text)).toEqual([teaser]);
    }
    // A paragraph that trails off on its own stays.
    const trailing = [lead, 'The ministry said the North would pay a price for what it called a provocation, and then…', ...rest];
    expect(finishParagraphs(trailing, []).paragraphs).toEqual(trailing);
  });
});
