import { spanIndexAt, type Span } from './text.ts';
import type { DateMention } from './types.ts';

const monthNames = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const weekdayNames = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const numberWords: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, several: 0, few: 0,
};

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = '(?:1[89]\\d\\d|20\\d\\d)';
const NUM = '(?:\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)';

// One pass over the text; the first alternative that matches at a position wins, so longer
// forms come first. Named groups tell which form matched.
const datePattern = new RegExp(
  [
    `(?<mdy>(?:${WEEKDAY},?\\s+)?(?<mdyM>${MONTH})\\s+(?<mdyD>${DAY}),?\\s+(?<mdyY>${YEAR}))`,
    `(?<dmy>(?:${WEEKDAY},?\\s+)?(?:the\\s+)?(?<dmyD>${DAY})\\s+(?:of\\s+)?(?<dmyM>${MONTH}),?\\s+(?<dmyY>${YEAR}))`,
    `(?<iso>(?<isoY>${YEAR})-(?<isoM>0[1-9]|1[0-2])-(?<isoD>[0-2]\\d|3[01]))`,
    `(?<cjk>(?<cjkY>${YEAR})\\s*[年년]\\s*(?<cjkM>\\d{1,2})\\s*[月월]\\s*(?<cjkD>\\d{1,2})\\s*[日일])`,
    `(?<wdm>${WEEKDAY}\\s*(?:\\(|,\\s*)(?:(?<wdmD>${DAY})\\s+(?<wdmM>${MONTH})|(?<wdmM2>${MONTH})\\s+(?<wdmD2>${DAY}))\\)?)`,
    `(?<md>(?<mdM>${MONTH})\\s+(?<mdD>${DAY})(?![\\d:]))`,
    `(?<dm>(?<dmD>${DAY})\\s+(?:of\\s+)?(?<dmM>${MONTH}))`,
    `(?<my>(?<myM>${MONTH}),?\\s+(?:of\\s+)?(?<myY>${YEAR}))`,
    `(?<rel>(?:the\\s+day\\s+before\\s+yesterday|[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow))`,
    `(?<ye>(?:(?:the\\s+)?end\\s+of\\s+(?:the|this)\\s+year|year[\\s-]end))`,
    `(?<per>(?<perMod>last|this|next|past|coming|earlier\\s+this|later\\s+this|early\\s+this|late\\s+last|earlier\\s+last)\\s+(?<perUnit>month|year))`,
    `(?<ago>(?<agoN>${NUM})\\s+(?<agoUnit>days?|months?|years?)\\s+ago)`,
    `(?<wd>(?:(?<wdMod>last|next|this|coming|past)\\s+)?(?<wdName>${WEEKDAY}))`,
    `(?<yr>(?<yrPrep>in|since|by|until|of|from|early|late|mid|before|after|during|throughout|through|to|and|between)\\s+(?:the\\s+year\\s+)?(?<yrY>${YEAR})(?![\\d,.]\\d))`,
    `(?<mo>(?<moPrep>in|since|by|until|during|early|late|mid|end\\s+of|beginning\\s+of|last|next|this|of|from)[\\s-]+(?<moM>January|February|March|April|May|June|July|August|September|October|November|December)(?!\\s+\\d))`,
  ].join('|'),
  'g',
);

const futureMarkers = /\b(?:will|'ll|shall|is\s+to|are\s+to|to\s+be\s+held|scheduled|expected\s+to|plans?\s+to|planning|due\s+to|set\s+to|upcoming|going\s+to|would\s+(?:hold|visit|attend|meet))\b/g;
const pastMarkers = /\b(?:said|says|told|was|were|had|did|announced|reported|\w+ed)\b/g;

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function monthIndex(name: string): number {
  const key = name.toLowerCase().replace('.', '').slice(0, 3);
  return monthNames.findIndex((m) => m.startsWith(key)) + 1;
}

function toDate(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

function fromDate(date: Date): Ymd {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

function addDays(anchor: Ymd, days: number): Ymd {
  const date = toDate(anchor.y, anchor.m, anchor.d);
  date.setUTCDate(date.getUTCDate() + days);
  return fromDate(date);
}

function format(ymd: Ymd, precision: DateMention['precision']): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (precision === 'year') return `${String(ymd.y).padStart(4, '0')}-01-01`;
  if (precision === 'month') return `${ymd.y}-${pad(ymd.m)}-01`;
  return `${ymd.y}-${pad(ymd.m)}-${pad(ymd.d)}`;
}

function valid(y: number, m: number, d: number): boolean {
  const date = toDate(y, m, d);
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Anchor for relative dates: the calendar date of publication. */
export function anchorOf(publishedAt: string | null): Ymd | null {
  if (!publishedAt) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt);
  if (!match) return null;
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

/**
 * Whether the clause around a date looks ahead: the last tense marker before the date decides,
 * else a marker right after it; past wins ties because news reports what happened.
 */
function futureContext(text: string, sentence: Span, start: number, end: number): boolean {
  const before = text.slice(sentence.start, start);
  let lastFuture = -1;
  let lastPast = -1;
  for (const m of before.matchAll(futureMarkers)) lastFuture = m.index;
  for (const m of before.matchAll(pastMarkers)) lastPast = m.index;
  if (lastFuture >= 0 || lastPast >= 0) return lastFuture > lastPast;
  const after = text.slice(end, Math.min(sentence.end, end + 60));
  const f = after.search(futureMarkers);
  const p = after.search(pastMarkers);
  return f >= 0 && (p < 0 || f < p);
}

/** Year for a month and day written without one: the nearest, leaning to the past unless the clause looks ahead. */
function inferYear(anchor: Ymd, m: number, d: number, future: boolean): number {
  const same = toDate(anchor.y, m, d).getTime();
  const now = toDate(anchor.y, anchor.m, anchor.d).getTime();
  const days = (same - now) / 86_400_000;
  if (!future && days > 240) return anchor.y - 1;
  if (future && days < -120) return anchor.y + 1;
  return anchor.y;
}

export function extractDates(text: string, sentences: Span[], publishedAt: string | null): DateMention[] {
  const anchor = anchorOf(publishedAt);
  const dates: DateMention[] = [];
  datePattern.lastIndex = 0;
  for (const match of text.matchAll(datePattern)) {
    const g = match.groups!;
    let start = match.index;
    let end = start + match[0].length;
    // A word boundary on both sides, without lookbehind cost on every position.
    if (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]!)) continue;
    if (end < text.length && /[\p{L}\p{N}]/u.test(text[end]!) && !/\.$/.test(match[0])) continue;
    const sentence = sentences[spanIndexAt(sentences, start)] ?? { start: 0, end: text.length };
    const future = () => futureContext(text, sentence, start, end);
    let ymd: Ymd | null = null;
    let precision: DateMention['precision'] = 'day';

    if (g.mdy) ymd = { y: Number(g.mdyY), m: monthIndex(g.mdyM!), d: parseInt(g.mdyD!, 10) };
    else if (g.dmy) ymd = { y: Number(g.dmyY), m: monthIndex(g.dmyM!), d: parseInt(g.dmyD!, 10) };
    else if (g.iso) ymd = { y: Number(g.isoY), m: Number(g.isoM), d: Number(g.isoD) };
    else if (g.cjk) ymd = { y: Number(g.cjkY), m: Number(g.cjkM), d: Number(g.cjkD) };
    else if (g.wdm || g.md || g.dm) {
      const monthName = g.wdmM ?? g.wdmM2 ?? g.mdM ?? g.dmM!;
      const day = parseInt(g.wdmD ?? g.wdmD2 ?? g.mdD ?? g.dmD!, 10);
      // "May 5" is a date; "may 5" is not, and "March 3 people" is rare enough to accept.
      if (!/^[A-Z]/.test(monthName)) continue;
      if (!anchor) continue;
      const m = monthIndex(monthName);
      ymd = { y: inferYear(anchor, m, day, future()), m, d: day };
    } else if (g.my) {
      ymd = { y: Number(g.myY), m: monthIndex(g.myM!), d: 1 };
      precision = 'month';
    } else if (g.rel) {
      if (!anchor) continue;
      const word = g.rel.toLowerCase();
      const shift = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : word.startsWith('the day') ? -2 : 0;
      ymd = addDays(anchor, shift);
    } else if (g.ye) {
      if (!anchor) continue;
      ymd = { y: anchor.y, m: 12, d: 31 };
    } else if (g.per) {
      if (!anchor) continue;
      const mod = g.perMod!.toLowerCase().replace(/\s+/g, ' ');
      const step = /last|past/.test(mod) ? -1 : /next|coming/.test(mod) ? 1 : 0;
      if (g.perUnit === 'month') {
        const date = toDate(anchor.y, anchor.m + step, 1);
        ymd = fromDate(date);
        precision = 'month';
      } else {
        ymd = { y: anchor.y + step, m: 1, d: 1 };
        precision = 'year';
      }
    } else if (g.ago) {
      if (!anchor) continue;
      const raw = g.agoN!.toLowerCase();
      const n = /^\d+$/.test(raw) ? Number(raw) : (numberWords[raw] ?? 0);
      if (n <= 0) continue;
      const unit = g.agoUnit!.replace(/s$/, '');
      if (unit === 'day') ymd = addDays(anchor, -n);
      else if (unit === 'month') {
        ymd = fromDate(toDate(anchor.y, anchor.m - n, 1));
        precision = 'month';
      } else {
        ymd = { y: anchor.y - n, m: 1, d: 1 };
        precision = 'year';
      }
    } else if (g.wd) {
      if (!anchor) continue;
      const mod = g.wdMod?.toLowerCase();
      const target = weekdayNames.indexOf(g.wdName!.toLowerCase());
      const today = toDate(anchor.y, anchor.m, anchor.d).getUTCDay();
      const back = (today - target + 7) % 7;
      const ahead = (target - today + 7) % 7;
      let shift: number;
      if (mod === 'last' || mod === 'past') shift = -(back || 7);
      else if (mod === 'next' || mod === 'coming') shift = ahead || 7;
      else if (back === 0) shift = 0;
      else shift = future() ? ahead : -back;
      ymd = addDays(anchor, shift);
    } else if (g.yr) {
      start = match.index + g.yr.lastIndexOf(g.yrY!);
      end = start + 4;
      ymd = { y: Number(g.yrY), m: 1, d: 1 };
      precision = 'year';
    } else if (g.mo) {
      if (!anchor) continue;
      const prep = g.moPrep!.toLowerCase();
      const m = monthIndex(g.moM!);
      let y = anchor.y;
      if (prep === 'last') y = m >= anchor.m ? anchor.y - 1 : anchor.y;
      else if (prep === 'next') y = m <= anchor.m ? anchor.y + 1 : anchor.y;
      else if (m > anchor.m && !future()) y = anchor.y - 1;
      if (!['last', 'next', 'this'].includes(prep)) start = match.index + g.mo.lastIndexOf(g.moM!);
      ymd = { y, m, d: 1 };
      precision = 'month';
    }
    if (!ymd || !valid(ymd.y, ymd.m, ymd.d)) continue;
    dates.push({ text: text.slice(start, end), start, end, date: format(ymd, precision), precision });
  }
  return linkDayReferences(text, dates);
}

// A named occasion set beside a date by commas is that day: "on Saturday night, the opening
// night," or "Opening night, January 23, 2014,".
const OCCASION = '(?:[Tt]he\\s+)?(?:[Oo]pening|[Cc]losing|[Ff]inal|[Ff]irst|[Ll]ast|[Ss]econd|[Tt]hird)\\s+(?:night|day|evening)';
const occasionAfter = new RegExp(`^(?:\\s+(?:night|morning|evening|afternoon))?,\\s+(${OCCASION})\\b`);
const occasionBefore = new RegExp(`(?:^|[\\s(])(${OCCASION}),\\s*$`);
// "that day", "the same day", "the date": the day last named, when it was named shortly before.
const dayAnaphor = /\b(?:[Tt]hat|[Tt]he\s+same|[Tt]he)\s+(?:day|date|night|evening|morning)\b(?!\s+(?:of|when|after|before|that|which|on|in|to|for|is|was|will|ahead)\b)(?!\s*-)/g;
const anaphorReach = 600;

function linkDayReferences(text: string, dates: DateMention[]): DateMention[] {
  const linked: DateMention[] = [];
  for (const date of dates) {
    if (date.precision !== 'day') continue;
    const after = occasionAfter.exec(text.slice(date.end, date.end + 40));
    if (after) {
      const start = date.end + after[0].length - after[1]!.length;
      linked.push({ text: after[1]!, start, end: start + after[1]!.length, date: date.date, precision: 'day' });
    }
    const before = occasionBefore.exec(text.slice(Math.max(0, date.start - 40), date.start));
    if (before) {
      const start = date.start - before[0].length + before[0].indexOf(before[1]!);
      linked.push({ text: before[1]!, start, end: start + before[1]!.length, date: date.date, precision: 'day' });
    }
  }
  const all = [...dates, ...linked].sort((a, b) => a.start - b.start);
  dayAnaphor.lastIndex = 0;
  for (const match of text.matchAll(dayAnaphor)) {
    const start = match.index;
    const end = start + match[0].length;
    if (all.some((d) => d.start < end && d.end > start)) continue;
    const previous = all.filter((d) => d.end <= start).at(-1);
    if (!previous || previous.precision !== 'day' || start - previous.end > anaphorReach) continue;
    linked.push({ text: match[0], start, end, date: previous.date, precision: 'day' });
  }
  if (linked.length === 0) return dates;
  return [...dates, ...linked].sort((a, b) => a.start - b.start);
}
