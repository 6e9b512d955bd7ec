import { announcesRanking, announcesStories, broadcastReporter, bylineOf, classifyLine, closingChineseByline, datedByline, INSTITUTION_WORD, isCaptionLine, isPersonName, tidyCaption } from './boilerplate.ts';
import { splitDateline } from './dateline.ts';
import { acceptable, dateFromUrl, outletOffset, parseDate, scriptOffset, sourceOffset, type ParsedDate } from './dates.ts';
import type { Extraction } from './extraction.ts';
import { cleanAuthor, dumpTitle, OUTLET_NAME } from './metadata.ts';
import { isProse, signatureName } from './paragraphs.ts';
import type { RemovedBlock } from './types.ts';
import { collapse, SENTENCE_END, wordCount } from './text-util.ts';

/** Header fields some dumps start with: "TITLE: … LINK: …", "URL: …", "DATE: …". */
const HEADER_FIELD = /(?:^|\s)(TITLE|LINK|URL|DATE|SOURCE|AUTHOR|BYLINE|PUBLISHED)\s*:\s*/g;
/**
 * The field opening a header line may also be written in title case ("Headline: …", "Author: …",
 * "Published: …"). "Source:" and "Date:" in title case open a header only below another header
 * line, and never with a "|" in them: otherwise they open the stamp and source lines of stories
 * ("Source: Xinhua | 2017-09-21 | Editor: …"), which are read as such.
 */
const HEADER_START = /^(?:(TITLE|LINK|URL|DATE|SOURCE|AUTHOR|BYLINE|PUBLISHED)|(Title|Headline|Link|Url|Author|Byline|Published|URL Source|Published Time|Markdown Content)|(Source|Date))\s*:\s*/;
/** An e-mail header's fields, one a line. */
const EMAIL_HEADER = /^(From|Sent|Date|To|Cc|Bcc|Subject|Reply-To)\s*:\s*(.*)$/;
/** A reader service's names for the same fields ("URL Source: …", "Published Time: …", then "Markdown Content:"). */
const HEADER_ALIASES: Record<string, string> = { headline: 'title', 'url source': 'url', 'published time': 'published', 'markdown content': 'markdown' };

function parseHeader(line: string, belowHeader: boolean): Record<string, string> | null {
  const start = HEADER_START.exec(line);
  // "Source: Xinhua| 2024-03-05 16:20:11|Editor: huaxia" is the story's source line even right below the header.
  if (!start || (start[3] !== undefined && (!belowHeader || /[|｜]/.test(line)))) return null;
  const fields: Record<string, string> = {};
  const first = (start[1] ?? start[2] ?? start[3]!).toLowerCase();
  const marks: { key: string; start: number; end: number }[] = [{ key: HEADER_ALIASES[first] ?? first, start: 0, end: start[0].length }];
  HEADER_FIELD.lastIndex = start[0].length;
  for (let m = HEADER_FIELD.exec(line); m; m = HEADER_FIELD.exec(line)) {
    marks.push({ key: m[1]!.toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  marks.forEach((mark, i) => {
    fields[mark.key] = line.slice(mark.end, marks[i + 1]?.start ?? line.length).trim();
  });
  return fields;
}

/** A short label made of capitalised words only ("Xi Jinping", "North Korea"): a topic tag. */
function isTopicTag(line: string): boolean {
  if (SENTENCE_END.test(line) || /[,;:]/.test(line)) return false;
  const words = line.split(/\s+/);
  if (words.length > 4) return false;
  // Capitalised words are Latin, Greek or Cyrillic: a Chinese line that opens with a year is no tag.
  if (/[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(line)) return /^[\p{Script=Han}\p{Script=Hangul}\s·]+$/u.test(line) && line.length <= 8;
  return words.every((w) => /^[\p{Lu}\d#][\p{L}\d'’.-]*$/u.test(w));
}

/** A short line that ends on a quotation whose last words end no sentence: a headline's quote. */
const QUOTED_HEADLINE = /^.{10,120}[^.!?…。！？다요][”"’']$/u;

/**
 * What a short headline has and a name has not: an acronym ("ICBM"), a word run on after a dot
 * ("N.Korea"), a four-word run: "N.Korea Fires ICBM Again" beside its stamp is no writer.
 */
const HEADLINE_WORDS = /\b\p{Lu}{3,}\b|\p{L}\.\p{L}{2}|^\S+(?:\s+\S+){3,}$/u;

/** The parts of a press conference's record, which read like a name of four characters: "冒頭発言", "質疑応答", "모두발언". */
const TRANSCRIPT_PART = /^(?:冒頭発言|冒頭|質疑応答|発言要旨|会見記録|記者会見|答记者问|答記者問|问答|答问|모두발언|질의응답|질의 응답|문답)$/u;

/** The source's offset from the domain of an e-mail address in the dump's bylines and signatures. */
function mailOffset(kinds: { line: string }[]): number | null {
  for (const { line } of kinds) {
    if (line.length > 200 || !line.includes('@')) continue;
    const domain = /[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/.exec(line)?.[1];
    const offset = domain ? sourceOffset(`https://${domain}/`) : null;
    if (offset !== null) return offset;
  }
  return null;
}

/** A name, then a post that speaks for an office: "Matthew Miller, Department Spokesperson", "Jane Roe, Press Secretary". */
const SPEAKER_WITH_POST =
  /^([^,]{4,40}),\s+(?:[\p{Lu}][\p{L}.'-]*\s+){0,4}(?:spokes(?:person|man|woman)|press secretary|secretary of state|secretary|minister|ambassador|envoy|special representative|representative|director|chair(?:man|woman)?|president|commander)(?:\s+(?:of|for|to)\s+[\p{L} .'-]{2,40})?$/iu;

const SUMMARY_LABEL = /^(?:기사\s?내용\s?요약|핵심\s?요약|summary|key points|in brief|内容摘要|内容提要|要約)\s*[:：]?$/iu;

/** A picture's credit on a line of its own: "© Sergey Bobylev/TASS", "Photo: KCNA via Reuters", "사진=연합뉴스". */
function isPictureCredit(line: string, reason: string | undefined): boolean {
  if (reason === 'copyright') return /^(?:©|\(c\))\s*(?!\d)[\p{L}][\p{L} .'’-]{1,40}\/\s*[\p{L}][\p{L} .'’-]{1,30}$/iu.test(line);
  return reason === 'credit' && /^(?:photo|photos|foto|fotos|picture|image|file photo|사진|写真|图|圖)\s*[:：=]/iu.test(line);
}

/** How a dateline alone on its line ends: "SEOUL, Nov. 20 (Yonhap) --", "(평양 11월 20일발 조선중앙통신)", "MOSCOW, November 20. /TASS/." */
const DATELINE_TAIL = /(?:--|[–—-]|[)）]|\/\.?|电|電)\s*$/u;

/** A dateline printed on a line of its own runs into the lead under it, where it belongs. */
function joinLoneDatelines(lines: string[]): string[] {
  let out: string[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    if (next !== undefined && line.length <= 60 && next.length >= 20 && DATELINE_TAIL.test(line)) {
      const joined = `${line} ${next}`;
      const split = splitDateline(joined);
      if (split?.dateline && split.rest.trim() === next.trim()) {
        out ??= lines.slice(0, i);
        out.push(joined);
        i++;
        continue;
      }
    }
    out?.push(line);
  }
  return out ?? lines;
}

/** An item of a numbered list: "1. BTS to return", "2) Won falls", "3 Seoul stocks". */
const NUMBERED_ITEM = /^\d{1,2}[.)]?\s+\S/;

function isTitleLike(line: string): boolean {
  const words = wordCount(line);
  return words >= 3 && words <= 35 && line.length <= 250 && !/[.!。]$/.test(line);
}

/** Words that open a hyphenated compound, whose hyphen stays where a line breaks after it: "so-called", "long-range", "anti-American". */
const COMPOUND_HEAD = /(?:^|[\s(“"'])(?:so|long|short|mid|medium|well|self|non|anti|pro|co|pre|post|ex|multi|inter|intra|high|low|full|half|cross|far|near|all|two|three|four|five|six|ten|one|first|second|third|year|day|week|month|state|government|hard|soft|left|right|war|peace|cease|de|re|un|semi|sub|super|ultra|over|under|top|follow)$/i;

/**
 * Joins lines that a dump wrapped inside one paragraph: a line not ending a sentence followed by a
 * lower-case start; and, in a dump hard-wrapped at a fixed width (paragraphs apart by blank lines,
 * every line at most about 100 characters), a line that runs near that width into the next line of
 * its paragraph, whatever the next line starts with ("… adding that" / "South Korean officials …").
 */
function unwrap(lines: string[]): string[] {
  const collapsed = lines.map(collapse);
  let width = 0;
  let blanks = 0;
  for (const line of collapsed) {
    if (!line) blanks++;
    else if (line.length > width) width = line.length;
  }
  const full = Math.ceil(width * 0.75);
  const wrapped = width <= 100 && blanks >= 2 && collapsed.filter((line) => line.length >= full).length >= 3;
  const out: string[] = [];
  let previousBlank = true;
  for (let i = 0; i < collapsed.length; i++) {
    const line = collapsed[i]!;
    if (!line) {
      previousBlank = true;
      continue;
    }
    const last = out.length - 1;
    const previous = last >= 0 ? out[last]! : '';
    if (!previousBlank && last >= 0) {
      const lower = /^\p{Ll}/u.test(line) && previous.length > 40 && !SENTENCE_END.test(previous);
      // The previous physical line, the tail of `previous`, must reach the wrap width; it may end a
      // sentence ("… against the DPRK." / "What is your comment?"): only a blank line ends a paragraph.
      const tail = collapsed[i - 1]!;
      const hardWrapped = wrapped && tail.length >= full && !/[:|｜]$/.test(tail);
      if (lower || hardWrapped) {
        // A line broken after a hyphen ("the DPRK-" / "South Korea summit") runs on without a space;
        // a word hyphenated across lines ("resolu-" / "tions.") loses the hyphen, a compound's first
        // word ("so-" / "called", "long-" / "range") keeps it.
        const runOn = CJK_EDGE.test(previous.slice(-1) + line[0]) || (hardWrapped && /\p{L}-$/u.test(previous) && /^\p{L}/u.test(line));
        const broken = runOn && /\p{Ll}-$/u.test(previous) && /^\p{Ll}/u.test(line) && !COMPOUND_HEAD.test(previous.slice(0, -1));
        out[last] = broken ? previous.slice(0, -1) + line : runOn ? previous + line : `${previous} ${line}`;
        previousBlank = false;
        continue;
      }
    }
    out.push(line);
    previousBlank = false;
  }
  return out;
}

const MARKDOWN_LINK = /(!?)\[([^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]*")?\)/g;

/** A dump in Markdown: links and pictures written as such, several of them. */
function isMarkdown(lines: string[]): boolean {
  let found = 0;
  for (let i = 0; i < lines.length && i < 400; i++) {
    const line = lines[i]!;
    if (!line.includes('](')) continue;
    MARKDOWN_LINK.lastIndex = 0;
    while (MARKDOWN_LINK.exec(line)) if (++found >= 3) return true;
  }
  return false;
}

/**
 * A Markdown line as the text it shows: links as their words, no emphasis, heading or list marks.
 * A line that was only links ("*   [Home](…)") or only a picture is marked so.
 */
function fromMarkdown(line: string): { text: string; shape: 'links' | 'picture' | 'text' } {
  let pictures = 0;
  let links = 0;
  const bare = line.replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|[*+-]\s+|\d{1,3}[.)]\s+)/, '');
  let alt = '';
  const rest = bare.replace(MARKDOWN_LINK, (_m, bang: string, words: string) => {
    if (bang) {
      pictures++;
      // A reader service numbers the pictures: "![Image 1: A TV shows …](…)".
      alt ||= words.replace(/^image\s*\d+\s*:\s*/i, '');
      return '';
    }
    links++;
    return words;
  });
  const onlyLinks = !/[\p{L}\p{N}]/u.test(bare.replace(MARKDOWN_LINK, ''));
  // Emphasis runs a few words: bounded, so that a line of unclosed marks is read in linear time.
  const text = collapse(rest.replace(/(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1/g, '$2').replace(/(?<![\w*])\*(?=\S)([^*\n]{1,300}?)(?<=\S)\*(?![\w*])/g, '$1'));
  if (pictures > 0 && links === 0 && onlyLinks) return { text: collapse(alt), shape: 'picture' };
  if (links > 0 && onlyLinks) return { text, shape: 'links' };
  return { text, shape: 'text' };
}

/** Two CJK characters meeting at a line break: the text runs on without a space. */
const CJK_EDGE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}、。，「」（）]{2}$/u;

/** Cleans a plain-text page dump: one paragraph per line, with the noise of its page around it. */
export function cleanText(text: string, inputUrl: string | null, now: Date): Extraction {
  const removed: RemovedBlock[] = [];
  const captions: string[] = [];
  let title: string | null = null;
  let url: string | null = inputUrl;
  let author: string | null = null;
  const dates: (ParsedDate | null)[] = [];
  // Header dates are read once the source's time zone is known, below.
  const headerDates: string[] = [];
  let headerSource = '';
  let markdown = false;
  const allLines = unwrap(text.split(/\r\n|\r|\n/));

  // Header fields come first when present. The body starts after them, cut once: cutting a line at
  // a time copied the rest each time (a dump of 40,000 header lines took 90 s).
  let headerLines = 0;
  // A newsletter forwarded or saved as text opens with its e-mail header: "From:", "Sent:", "To:", "Subject:".
  if (/^From:\s/.test(allLines[0] ?? '')) {
    for (; headerLines < allLines.length; headerLines++) {
      const field = EMAIL_HEADER.exec(allLines[headerLines]!);
      if (!field) break;
      const key = field[1]!.toLowerCase();
      const value = field[2]!;
      if (key === 'subject') title = value.replace(/^(?:(?:re|fwd?|aw|wg)\s*:\s*)+/i, '') || null;
      else if (key === 'sent' || key === 'date') headerDates.push(value);
      // The sender's name, not its address: "NK News Daily Update <newsletter@nknews.org>".
      else if (key === 'from') headerSource = value.replace(/\s*<[^>]*>\s*$/, '').replace(/^"|"$/g, '').trim();
    }
  }
  for (; headerLines < allLines.length; headerLines++) {
    const header = parseHeader(allLines[headerLines]!, headerLines > 0);
    if (!header) break;
    if (header.title) title = header.title;
    if (header.link ?? header.url) url = header.link ?? header.url ?? url;
    if (header.author ?? header.byline) author = header.author ?? header.byline ?? null;
    if (header.date ?? header.published) headerDates.push(header.date ?? header.published ?? '');
    if (header.source) headerSource = header.source;
    if (header.markdown !== undefined) markdown = true;
  }
  const bodyLines = joinLoneDatelines(headerLines === 0 ? allLines : allLines.slice(headerLines));
  // A dump in Markdown (a reader service's, a scraper's): its markup goes, and lines that were only
  // links or pictures are a page's furniture, as a link-dense block is in HTML.
  markdown ||= isMarkdown(bodyLines);
  const markedUp = markdown ? bodyLines.map(fromMarkdown) : null;
  const lines = markedUp ? markedUp.map((m) => m.text) : bodyLines;

  type Kind = 'content' | 'caption' | 'noise';
  const kinds: { line: string; kind: Kind; reason?: string }[] = lines.map((line, i) => {
    const shape = markedUp?.[i]?.shape;
    if (shape === 'links' || shape === 'picture') return { line, kind: 'noise', reason: shape };
    // A line of Markdown that shows nothing ("**", "---").
    if (line === '') return { line, kind: 'noise', reason: 'markup' };
    const reason = classifyLine(line);
    // A picture's date reads as a stamp; its credit label says it is a caption: "Kim Jong Un at the military
    // parade, May 23, 2024 | Image: KCNA (May 24, 2024)" (NK News).
    if (reason === 'timestamp' && /[|｜]\s*(?:image|photo|picture)\s*:/i.test(line) && isCaptionLine(line)) return { line, kind: 'caption' };
    if (reason) {
      // A stamp that names the writer: "By Chad O'Carroll | November 20, 2026".
      if (reason === 'timestamp' && author === null) {
        const names = bylineOf(line);
        if (names) author = cleanAuthor(names);
      }
      // A broadcast script's reporter: "Max Lee, KBS World Radio News.", "KBS 뉴스 홍길동입니다."
      if (reason === 'byline' && author === null) {
        const reporter = broadcastReporter(line);
        if (reporter) author = cleanAuthor(reporter);
      }
      return { line, kind: 'noise', reason };
    }
    if (isCaptionLine(line)) return { line, kind: 'caption' };
    const byline = bylineOf(line);
    if (byline) {
      // "By Chad O'Carroll | November 20, 2026", "By LEE SOO-JIN [lee.soojin@joongang.co.kr]": the names alone.
      author ??= cleanAuthor(byline);
      return { line, kind: 'noise', reason: 'byline' };
    }
    // The writer and the day with no "By": "Chad O'Carroll November 20, 2026", "Reiner Nagel | 25.10.2022".
    const dated = datedByline(line);
    if (dated && !INSTITUTION_WORD.test(dated)) {
      author ??= cleanAuthor(dated);
      return { line, kind: 'noise', reason: 'timestamp' };
    }
    return { line, kind: 'content' };
  });

  // A picture's caption that is a label, over its credit: "Russian Foreign Minister Sergey Lavrov" /
  // "© Sergey Bobylev/TASS", "Kim Jong Un at the launch site" / "Photo: KCNA via Reuters". Not the
  // dump's first line: that is its headline, over the lead's picture's credit.
  const topLine = kinds.findIndex((k) => k.kind === 'content');
  kinds.forEach((k, i) => {
    const credit = kinds[i + 1];
    if (i <= topLine || k.kind !== 'content' || !credit || k.line.length > 150 || SENTENCE_END.test(k.line) || !isPictureCredit(credit.line, credit.reason)) return;
    k.kind = 'caption';
  });

  // The headlines a "Read also" line announces: with no links to go by, those shaped like one. A
  // "Most read" line's come numbered, up to ten (unnumbered, they could be the story's own title).
  kinds.forEach((k, i) => {
    if (k.reason !== 'call-to-action' && k.kind !== 'content') return;
    const stories = k.reason === 'call-to-action' && announcesStories(k.line);
    const ranking = !stories && announcesRanking(k.line);
    if (!stories && !ranking) return;
    if (k.kind === 'content') Object.assign(k, { kind: 'noise', reason: 'related' });
    for (let j = i + 1; j < kinds.length && j <= i + (ranking ? 10 : 3); j++) {
      const next = kinds[j]!;
      if (next.kind !== 'content' || !isTitleLike(next.line) || /[?？]$/.test(next.line) || (ranking && !NUMBERED_ITEM.test(next.line))) break;
      Object.assign(next, { kind: 'noise', reason: 'related' });
    }
  });

  // A portal's summary box above the lead ("기사내용 요약" and its bullets): the story says it all again.
  const summaryAt = kinds.findIndex((k, i) => i < 8 && SUMMARY_LABEL.test(k.line));
  if (summaryAt >= 0) {
    Object.assign(kinds[summaryAt]!, { kind: 'noise', reason: 'summary' });
    for (let j = summaryAt + 1; j < kinds.length && j <= summaryAt + 6; j++) {
      const k = kinds[j]!;
      if (k.kind !== 'content') continue;
      if (k.line.length > 120 || splitDateline(k.line)?.dateline) break;
      Object.assign(k, { kind: 'noise', reason: 'summary' });
    }
  }

  // The first line may be the headline even where it reads as a sentence by its length: one that
  // closes on a quotation with no full stop inside (북한, 탄도미사일 발사…합참 "한미 공조하에 추적 감시").
  // A masthead's or section's name over it ("한겨레") is shorter than any such headline.
  const firstContent = kinds.findIndex((k) => k.kind === 'content' && k.line.length >= 12);
  const bodyStart = kinds.findIndex((k, i) => k.kind === 'content' && isProse(k.line) && !(i === firstContent && QUOTED_HEADLINE.test(k.line)));
  const bodyEnd = kinds.findLastIndex((k) => k.kind === 'content' && isProse(k.line));
  // With no byline, the reporter's signature under the story names the author: "Kim Min-ji mj@koreatimes.co.kr".
  if (author === null && bodyEnd >= 0) {
    for (const k of kinds.slice(bodyEnd + 1, bodyEnd + 4)) {
      author = signatureName(k.line);
      if (author) break;
    }
  }
  // … or a name alone beside the stamp above the lead ("Chad O'Carroll" over "November 20, 2026").
  for (let i = 0; author === null && i < bodyStart; i++) {
    const k = kinds[i]!;
    if (k.kind === 'content' && isPersonName(k.line) && !TRANSCRIPT_PART.test(k.line) && !HEADLINE_WORDS.test(k.line) && (kinds[i - 1]?.reason === 'timestamp' || kinds[i + 1]?.reason === 'timestamp')) {
      author = k.line;
      Object.assign(k, { kind: 'noise', reason: 'byline' });
    }
  }
  // A briefing's or a statement's speaker above it, with their post: "Matthew Miller, Department
  // Spokesperson". No headline: the one above it is.
  for (let i = 0; i < bodyStart; i++) {
    const k = kinds[i]!;
    const speaker = k.kind === 'content' ? SPEAKER_WITH_POST.exec(k.line) : null;
    if (speaker && isPersonName(speaker[1]!)) {
      author ??= speaker[1]!;
      Object.assign(k, { kind: 'noise', reason: 'byline' });
    }
  }
  // … or a Chinese story's last sentence is followed by its writers: "…（记者 张三、李四）".
  if (author === null && bodyEnd >= 0) author = closingChineseByline(kinds[bodyEnd]!.line);
  // Times without a zone are the source's local time: known from the address, or else from the
  // agency in the lead's dateline, or the outlet a source or stamp line or a short line above the
  // lead names ("共同通信", "연합뉴스 | 입력 2026-11-20 09:12").
  const offset =
    sourceOffset(url) ??
    // … or from the reporter's address: "By Ji Da-gyum (dagyumji@heraldcorp.com)", "ksy@yna.co.kr".
    mailOffset(kinds) ??
    outletOffset(
      [
        headerSource,
        bodyStart >= 0 ? (splitDateline(kinds[bodyStart]!.line)?.dateline?.agency ?? '') : '',
        ...kinds.filter((k, i) => k.reason === 'source-line' || k.reason === 'timestamp' || (i < bodyStart && k.line.length <= 40)).map((k) => k.line),
      ].join(' | '),
    ) ??
    scriptOffset(null, lines.join(' '));
  for (const raw of headerDates) dates.push(parseDate(raw, offset));
  const paragraphs: string[] = [];
  if (bodyStart >= 0 && title === null) {
    // The headline is the last title-shaped line before the lead; other lines up there are page furniture.
    for (let i = bodyStart - 1; i >= 0; i--) {
      let k = kinds[i]!;
      if (k.kind === 'content' && isTitleLike(k.line) && !isTopicTag(k.line)) {
        // … unless that line is the standfirst right under a shorter headline: "Beijing urges calm
        // after North Korea fires long-range missile" over "Foreign ministry says all sides should …".
        const above = kinds[i - 1];
        if (above?.kind === 'content' && isTitleLike(above.line) && !isTopicTag(above.line) && wordCount(above.line) >= 5 && above.line.length < k.line.length) k = above;
        title = k.line;
        k.reason = 'title';
        break;
      }
    }
    // A headline in title case as short as a tag line ("N.Korea Fires ICBM Again") is the headline
    // where nothing else is: the first line of the dump, right over its stamp.
    const first = kinds.findIndex((k) => k.kind === 'content');
    const top = kinds[first];
    if (title === null && top && first < bodyStart && isTitleLike(top.line) && kinds[first + 1]?.reason === 'timestamp') {
      title = top.line;
      top.reason = 'title';
    }
  }
  const headerLineDates: (ParsedDate | null)[] = [];
  kinds.forEach((k, i) => {
    if (k.reason === 'title') return;
    if (k.kind === 'caption') {
      const caption = tidyCaption(k.line);
      captions.push(caption);
      removed.push({ text: caption, reason: 'caption' });
      return;
    }
    if (k.kind === 'noise') {
      removed.push({ text: k.line, reason: k.reason ?? 'noise' });
      if (k.reason === 'source-line' || k.reason === 'timestamp') dates.push(parseDate(k.line, offset));
      return;
    }
    if (bodyStart < 0 || i < bodyStart) {
      removed.push({ text: k.line, reason: 'header' });
      // A stamp after the outlet's name in the header: "(People's Daily Online) 09:21, May 21, 2024",
      // "环球时报 2024-05-12 18:30 北京".
      if (k.line.length <= 100) headerLineDates.push(parseDate(k.line, offset));
      return;
    }
    if (i > bodyEnd && !isProse(k.line, 4)) {
      removed.push({ text: k.line, reason: 'trailer' });
      return;
    }
    if (isTopicTag(k.line)) {
      removed.push({ text: k.line, reason: 'topic-tag' });
      return;
    }
    paragraphs.push(k.line);
  });

  dates.push(...headerLineDates.filter((d) => d?.hasTime), dateFromUrl(url));
  if (title) dates.push(parseDate(title, offset));
  let date: ParsedDate | null = null;
  for (const candidate of dates) {
    date = acceptable(candidate, now);
    if (date) break;
  }
  // The outlet's name printed over the story ("China Daily", "The Korea Times", "연합뉴스") names the site where no field does;
  // a wire's ("Reuters") is the story's source, not the site's.
  const masthead = kinds.find((k, i) => i < bodyStart && k.kind === 'content' && k.reason !== 'title' && wordCount(k.line) <= 4 && !/[@:：\d]/.test(k.line) && OUTLET_NAME.test(k.line))?.line;
  const named = title === null ? null : dumpTitle(title, headerSource || masthead || null, url);
  return {
    title: named?.title ?? null,
    url,
    date,
    offset,
    author,
    siteName: named?.siteName ?? (headerSource || masthead || null),
    language: null,
    paragraphs,
    captions,
    removed,
    findDateline: true,
  };
}
