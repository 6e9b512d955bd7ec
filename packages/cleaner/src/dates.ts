import { guessLanguageFromScript, hostOf } from './text-util.ts';

/** A publication date: the instant in UTC, and the calendar date as the source printed it (see `dayIn`). */
export interface ParsedDate {
  /** ISO 8601 in UTC. A date without a time of day is kept at 00:00Z of that calendar date. */
  iso: string;
  /** YYYY-MM-DD as printed by the source, in its own time zone. */
  local: string;
  hasTime: boolean;
  /**
   * The time was printed in UTC, or with no zone and read as UTC: `local` is then UTC's day, which
   * need not be the source's own.
   */
  inUtc: boolean;
  /** A time printed with no zone and read as UTC for want of one: its wall clock is the source's own. */
  floating?: boolean;
}

const MONTHS: Record<string, number> = {};
// English, German, French, Spanish, Italian, Portuguese, Dutch, Polish and Russian (the genitive of dates: "5 марта").
const monthNames: [number, string[]][] = [
  [1, ['january', 'jan', 'januar', 'janvier', 'enero', 'gennaio', 'jänner', 'jän', 'janeiro', 'januari', 'stycznia', 'января', 'янв']],
  [2, ['february', 'feb', 'februar', 'février', 'febrero', 'febbraio', 'fevereiro', 'februari', 'lutego', 'февраля', 'фев']],
  [3, ['march', 'mar', 'märz', 'maerz', 'mär', 'mars', 'marzo', 'março', 'maart', 'marca', 'марта', 'мар']],
  [4, ['april', 'apr', 'avril', 'abril', 'aprile', 'kwietnia', 'апреля', 'апр']],
  [5, ['may', 'mai', 'mayo', 'maggio', 'maio', 'mei', 'maja', 'мая']],
  [6, ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'junho', 'czerwca', 'июня', 'июн']],
  [7, ['july', 'jul', 'juli', 'juillet', 'julio', 'luglio', 'julho', 'lipca', 'июля', 'июл']],
  [8, ['august', 'aug', 'août', 'agosto', 'augustus', 'sierpnia', 'августа', 'авг']],
  [9, ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'settembre', 'setembro', 'września', 'сентября', 'сен', 'сент']],
  [10, ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'outubro', 'października', 'октября', 'окт']],
  [11, ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopada', 'ноября', 'ноя']],
  [12, ['december', 'dec', 'dezember', 'dez', 'décembre', 'diciembre', 'dicembre', 'dezembro', 'grudnia', 'декабря', 'дек']],
];
for (const [n, names] of monthNames) for (const name of names) MONTHS[name] = n;
const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

const ZONES: Record<string, number> = {
  utc: 0, gmt: 0, z: 0, kst: 540, jst: 540, cst: 480, hkt: 480, sgt: 480, bst: 60, cet: 60, cest: 120, msk: 180, мск: 180,
  est: -300, edt: -240, pst: -480, pdt: -420, mst: -420, mdt: -360,
};

// Zones as pages print them after a time. An offset from GMT or UTC ("GMT+9", "UTC-05:00") comes
// before the bare names so that it is read whole.
const GMT_OFFSET = '(?:UTC|GMT)[+-]\\d{1,2}(?::?\\d{2})?';
const NAMED_ZONE = `${GMT_OFFSET}|UTC|GMT|KST|CST|JST|EST|EDT|PST|PDT|BST|CET|CEST|MSK|МСК|[+-]\\d{2}:?\\d{2}`;

const ISO_RE = new RegExp(
  `(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T\\s]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?|${GMT_OFFSET}|UTC|GMT|KST|CST|JST)?)?`,
  'i',
);
// KBS's "2026.11.20 (07:35)" too.
const SLASH_RE = new RegExp(
  `(\\d{4})(?:/|\\.\\s?)(\\d{1,2})(?:/|\\.\\s?)(\\d{1,2})\\.?(?:\\s+\\(?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([ap]\\.?m\\.?)?\\s*(KST|CST|JST|${GMT_OFFSET}|UTC|GMT|[+-]\\d{2}:?\\d{2})?)?`,
  'i',
);
/** ISO 8601's basic format, as RIA Novosti's meta tags give it: "20261120T1230". */
const BASIC_ISO_RE = /(?<!\d)(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{2}:?\d{2})?(?!\d)/;
const CJK_RE = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?(?:\D{0,8}?(\d{1,2})[:時시]\s*(\d{2}))?/;
const DMY_NUM_RE = /\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b(?:,?\s*(\d{1,2}):(\d{2}))?/;
/**
 * "20/11/2026", "20-11-2026 10:32", "20/11/2026 à 08h15", "11/20/2026 10:32 AM": numbers apart by
 * slashes or dashes, day or month first. Which comes first is read off the numbers (a day over 12).
 */
const NUM_SLASH_RE = /(?<![\d/.-])(\d{1,2})([/-])(\d{1,2})\2(\d{4})(?![\d/])(?:,?\s*(?:à|a las|alle|um|at|-)?\s*(\d{1,2})[:h](\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?)?/i;
/** "23.09.22", "Kultur, 2.11.22", "28.01.22 | 12:45": a German-style date with a two-digit year, not part of a longer run ("1.10.22.4"). */
const DMY_SHORT_RE = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d]|\.\d)(?:\s*[,|]?\s*(\d{1,2}):(\d{2}))?/;
const MDY_RE = new RegExp(
  `\\b(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?:\\D{0,6}?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([ap]\\.?m\\.?)?\\s*(${NAMED_ZONE})?)?`,
  'i',
);
// CGTN's "20-Nov-2026" too.
const DMY_RE = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?(?:\\s+|-)(?:de\\s+)?(${MONTH_ALT})\\.?,?(?:\\s+|-)(?:de\\s+)?(\\d{4})(?:\\D{0,6}?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([ap]\\.?m\\.?)?\\s*(${NAMED_ZONE})?)?`,
  'i',
);

function zoneOffset(zone: string | undefined): number | null {
  if (!zone) return null;
  const lower = zone.toLowerCase();
  if (lower in ZONES) return ZONES[lower] ?? null;
  // "+09:00", "-0500", and "GMT+9", "UTC-05:00" as some sites print them.
  const m = /^(?:utc|gmt)?([+-])(\d{1,2}):?(\d{2})?$/i.exec(zone);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function build(
  y: number, mo: number, d: number, h: number | null, mi: number, s: number, zone: string | undefined, defaultOffset: number | null,
): ParsedDate | null {
  if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCDate() !== d) return null;
  const local = `${y}-${pad(mo)}-${pad(d)}`;
  if (h === null || h > 23 || mi > 59) {
    // A bare calendar date is not an instant: shifting it by a zone would change the day.
    return { iso: `${local}T00:00:00.000Z`, local, hasTime: false, inUtc: false };
  }
  const offset = zoneOffset(zone) ?? defaultOffset ?? 0;
  const ms = Date.UTC(y, mo - 1, d, h, mi, s) - offset * 60_000;
  const floating = zoneOffset(zone) === null && defaultOffset === null;
  return { iso: new Date(ms).toISOString(), local, hasTime: true, inUtc: offset === 0, ...(floating ? { floating } : {}) };
}

function num(s: string | undefined): number | null {
  return s === undefined ? null : Number(s);
}

/**
 * Parses the first date in a string: ISO 8601, RFC 2822, "January 17, 2018", "17 Jan 2018",
 * "2018/01/17", "2018年1月17日", "2018년 1월 17일", "16.10.2019", "16.10.19". A time without a zone is read in
 * `defaultOffset` minutes east of UTC (the source's zone) when known.
 */
const WEEKDAY_IN_BRACKETS = /\s*[(（](?:[月火水木金土日월화수목금토일]|周[一二三四五六日天]|星期[一二三四五六日天])[)）]\s*/gu;

export function parseDate(text: string, defaultOffset: number | null = null): ParsedDate | null {
  if (!text) return null;
  let s = text.length > 400 ? text.slice(0, 400) : text;
  // North Korea's calendar: "주체115(2026)년 11월 21일", "Juche 115 (2026).11.21": the year in brackets counts.
  // KCNA's own stamp gives the Juche year alone ("Juche115.11.20."): Juche 1 is 1912.
  if (s.includes('주체') || /juche/i.test(s)) {
    s = s.replace(/(?:주체|juche)\s*\d{1,3}\s*[(（](\d{4})[)）]\s*/gi, '$1').replace(/(?:주체|juche)\s*(\d{2,3})(?=\s*[.년]\s*\d)/gi, (_m, year: string) => String(1911 + Number(year)));
  }
  // Full-width digits, as Japanese and Chinese pages set dates: "令和８年１１月２０日", "２０２６年".
  if (FULL_WIDTH_DIGIT.test(s)) s = s.replace(FULL_WIDTH_DIGITS, (d) => String(d.charCodeAt(0) - 0xff10));
  // Japan's era years, as its government and many of its papers print them: 令和8年 is 2026, 平成30年
  // 2018, and an era's first year is 元年 ("令和元年5月1日").
  if (s.includes('令和') || s.includes('平成')) s = s.replace(JAPANESE_ERA, (_m, era: string, year: string) => `${ERA_START[era]! + (year === '元' ? 1 : Number(year))}年`);
  // A Russian year is "of the year": "20 ноября 2026 года, 14:30", "20.11.2026 г.".
  if (s.includes('г')) s = s.replace(RUSSIAN_YEAR, '$1');
  // "오후 3:12", "午後3時12分", "下午3:12": a 12-hour clock, made 24-hour for the patterns below.
  if (HALF_DAY.test(s)) s = s.replace(HALF_DAY, (_m, half: string, hour: string) => ` ${to24h(Number(hour), half)}`);
  // A weekday in brackets between the day and the time: "2026/11/5(木) 9:41", "2026.11.05(목) 09:41", "11月5日（周四）".
  if (s.includes('(') || s.includes('（')) s = s.replace(WEEKDAY_IN_BRACKETS, ' ');
  // Xinhua's header spans run together: "2026 11/05 09:41:00".
  s = s.replace(/^\s*((?:19|20)\d{2})\s+(\d{1,2})\/(\d{1,2})(?=\s+\d{1,2}:\d{2})/, '$1-$2-$3');
  let m = ISO_RE.exec(s);
  if (m) return build(+m[1]!, +m[2]!, +m[3]!, num(m[4]), +(m[5] ?? 0), +(m[6] ?? 0), m[7], defaultOffset);
  // Daum's and some Korean CMSs' stamps in their tags, all digits: "20250114101203".
  m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(s.trim());
  if (m) return build(+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +m[6]!, undefined, defaultOffset);
  m = BASIC_ISO_RE.exec(s);
  if (m) return build(+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0), m[7], defaultOffset);
  m = CJK_RE.exec(s);
  if (m) return build(+m[1]!, +m[2]!, +m[3]!, num(m[4]), +(m[5] ?? 0), 0, undefined, defaultOffset);
  m = SLASH_RE.exec(s);
  // Daily NK's "2026.11.20 4:30pm": a 12-hour clock after the date.
  if (m) return build(+m[1]!, +m[2]!, +m[3]!, to24h(num(m[4]), m[7]), +(m[5] ?? 0), +(m[6] ?? 0), m[8], defaultOffset);
  const named = MDY_RE.exec(s) ?? DMY_RE.exec(s);
  if (named) {
    const mdy = MONTHS[named[1]!.toLowerCase()] !== undefined;
    const month = MONTHS[(mdy ? named[1] : named[2])!.toLowerCase()]!;
    const day = Number(mdy ? named[2] : named[1]);
    let hour = num(named[4]);
    let minute = +(named[5] ?? 0);
    let ampm = named[7];
    // The time printed before the date: "9:00pm, 5 Mar, 2024" (SCMP), "14:20 · March 5, 2024".
    // AP's "3:41 AM GMT+9, November 20, 2026": the zone with the time before the date.
    const before = hour === null ? TIME_ZONE_BEFORE.exec(s.slice(Math.max(0, named.index - 24), named.index)) : null;
    let zoneBefore: string | undefined;
    if (before) {
      hour = +before[1]!;
      minute = +before[2]!;
      ampm = before[3];
      zoneBefore = before[4];
    }
    return build(Number(named[3]), month, day, to24h(hour, ampm), minute, before ? 0 : +(named[6] ?? 0), named[8] ?? zoneBefore, defaultOffset);
  }
  m = DMY_NUM_RE.exec(s);
  if (m) {
    // The time may come first: RIA Novosti's "12:30 20.11.2026".
    const before = m[4] === undefined ? TIME_BEFORE.exec(s.slice(Math.max(0, m.index - 16), m.index)) : null;
    return build(+m[3]!, +m[2]!, +m[1]!, before ? +before[1]! : num(m[4]), before ? +before[2]! : +(m[5] ?? 0), 0, undefined, defaultOffset);
  }
  m = NUM_SLASH_RE.exec(s);
  if (m) {
    const [first, second] = [+m[1]!, +m[3]!];
    const hour = to24h(num(m[5]), m[8]);
    // The day is the number over 12: "20/11/2026" is day first, "11/20/2026" month first. Where either
    // could be the month ("03/04/2026"), the page's country would have to say, and a date here is
    // never worth a wrong one: none is read.
    if (first <= 12 && second <= 12 && first !== second) return null;
    const monthFirst = second > 12;
    return build(+m[4]!, monthFirst ? first : second, monthFirst ? second : first, hour, +(m[6] ?? 0), +(m[7] ?? 0), undefined, defaultOffset);
  }
  m = DMY_SHORT_RE.exec(s);
  // "22" is 2022: a two-digit year is this century's (future dates are refused later, with the reference
  // time). Numbers after "Kapitel", "Version", "§" or "Nr." number a part, not a day.
  if (m && !NUMBERED_PART.test(s.slice(Math.max(0, m.index - 12), m.index))) return build(2000 + +m[3]!, +m[2]!, +m[1]!, num(m[4]), +(m[5] ?? 0), 0, undefined, defaultOffset);
  return null;
}

const TIME_BEFORE = /(\d{1,2}):(\d{2})\s*[,|·•-]?\s*$/;
/** A time, perhaps on a 12-hour clock and with its zone, just before a date: "9:00pm, ", "3:41 AM GMT+9, ". */
const TIME_ZONE_BEFORE = new RegExp(`(\\d{1,2}):(\\d{2})\\s*([ap]\\.?m\\.?)?\\s*(${NAMED_ZONE})?\\s*[,|·•-]?\\s*$`, 'i');
const FULL_WIDTH_DIGIT = /[０-９]/;
const FULL_WIDTH_DIGITS = /[０-９]/g;
const JAPANESE_ERA = /(令和|平成)\s*(元|\d{1,2})\s*年/g;
const ERA_START: Record<string, number> = { 令和: 2018, 平成: 1988 };
const RUSSIAN_YEAR = /(\d{4})\s*(?:года|г\.)(?=[\s,;)]|$)/g;

const NUMBERED_PART = /(?:kapitel|abschnitt|version|ver|chapter|section|part|teil|artikel|art|nr|no|v|§)\.?\s*$/i;

const HALF_DAY = /\s*(오전|오후|午前|午後|上午|下午)\s*(\d{1,2})(?=\s*[:時시点])/;

/**
 * An hour on a 12-hour clock made 24-hour by the half of the day printed with it ("pm", "a.m.",
 * "오후", "午前", "下午"), where it has one.
 */
function to24h(hour: number | null, half: string | undefined): number | null {
  if (hour === null || !half) return hour;
  if (AFTERNOON.test(half)) return hour < 12 ? hour + 12 : hour;
  return hour === 12 ? 0 : hour;
}
const AFTERNOON = /^(?:p|오후|午後|下午)/i;

/** Dates in URL paths: /2018/04/06/, /20180406/, /2018-04-06/, People's Daily's /2018/0406/, China Daily's /201804/06/, /06-04-2018/. */
const URL_DATES = [
  /(?:^|[/_-])((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/_.-]|$)/,
  /(?:^|[/_-])((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|\d{0,8}(?:[/_.]|$))/,
  /\/((?:19|20)\d{2})\/(\d{2})(\d{2})\//,
  /\/((?:19|20)\d{2})(\d{2})\/(\d{2})\//,
];

const JAPANESE_WEEKDAYS = '日月火水木金土';

/**
 * Yahoo! Japan's stamp gives no year: "11/5(木) 9:41". The weekday tells it: the year, this one or the
 * last, in which that day fell on that weekday and is not yet to come.
 */
export function yearlessDate(text: string, offset: number | null, now: Date): ParsedDate | null {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\s*[(（]([日月火水木金土])[)）]\s*(\d{1,2}):(\d{2})/u.exec(text);
  if (!m) return null;
  const [month, day] = [Number(m[1]), Number(m[2])];
  for (const year of [now.getUTCFullYear(), now.getUTCFullYear() - 1]) {
    if (new Date(Date.UTC(year, month - 1, day)).getUTCDay() !== JAPANESE_WEEKDAYS.indexOf(m[3]!)) continue;
    const date = parseDate(`${year}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')} ${m[4]!.padStart(2, '0')}:${m[5]}`, offset);
    if (date && Date.parse(date.iso) <= now.getTime() + 86_400_000) return date;
  }
  return null;
}

export function dateFromUrl(url: string | null | undefined): ParsedDate | null {
  if (!url) return null;
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    /* not absolute: use as is */
  }
  // (The first that makes a date: an article's number may look like one, "c90000-20171234.html", after
  // the real one in "/n3/2024/0521/".)
  for (const pattern of URL_DATES) {
    const m = pattern.exec(path);
    const date = m ? build(+m[1]!, +m[2]!, +m[3]!, null, 0, 0, undefined, null) : null;
    if (date) return date;
  }
  // Day first, as most of the world writes it: /23-01-2022-dorothea-wierer…/, /meldungen/29-10-2021,
  // /08112021-online-fachtag/. Where both numbers could be the month, only a country's own domain
  // says the day comes first (an American address would put the month there).
  const dayFirst = /(?:^|[/_-])(\d{2})[-.]?(\d{2})[-.]?((?:19|20)\d{2})(?:[/_.-]|$)/.exec(path);
  if (!dayFirst) return null;
  const [first, second] = [+dayFirst[1]!, +dayFirst[2]!];
  if (first <= 12 && second <= 12 && first !== second && sourceZone(url) === null) return null;
  return build(+dayFirst[3]!, second, first, null, 0, 0, undefined, null);
}

/** Minutes east of UTC for a source, from its host: Korean and Chinese outlets print local time. */
export function sourceOffset(url: string | null | undefined): number | null {
  const host = hostOf(url);
  if (host === null) return null;
  if (/\.kr$/.test(host) || /(^|\.)(yna|yonhapnews|koreaherald|heraldcorp|koreatimes|koreajoongangdaily|joongang|nknews|arirang|kbs|dailynk)\.(com|co|net|org)/.test(host)) return 540;
  if (/\.jp$/.test(host)) return 540;
  // Russia spans eleven zones, but its agencies, ministries and national papers print Moscow time.
  if (/\.(?:ru|su|рф)$/.test(host) || /(^|\.)(?:tass|rt|sputniknews|interfax)\.com$/.test(host)) return 180;
  if (/\.cn$/.test(host) || /(^|\.)(xinhuanet|chinadaily|globaltimes|cgtn|ecns|china)\.(com|cn|net)/.test(host)) return 480;
  if (/\.(hk|tw|sg)$/.test(host) || /(^|\.)scmp\.com$/.test(host)) return 480;
  return null;
}

/**
 * The time zone of a country whose web domain a host is under, where one zone serves (nearly) all of
 * it: the calendar day of a story stamped in UTC is the day at home. Country domains that sites
 * elsewhere borrow (.co, .io, .tv, .me) and countries of several zones (.us, .ca, .au) say nothing.
 */
const COUNTRY_ZONES: Record<string, string> = {
  de: 'Europe/Berlin', at: 'Europe/Vienna', ch: 'Europe/Zurich', li: 'Europe/Vaduz', fr: 'Europe/Paris', be: 'Europe/Brussels',
  nl: 'Europe/Amsterdam', lu: 'Europe/Luxembourg', it: 'Europe/Rome', es: 'Europe/Madrid', pt: 'Europe/Lisbon', pl: 'Europe/Warsaw',
  cz: 'Europe/Prague', sk: 'Europe/Bratislava', hu: 'Europe/Budapest', si: 'Europe/Ljubljana', hr: 'Europe/Zagreb', rs: 'Europe/Belgrade',
  gr: 'Europe/Athens', bg: 'Europe/Sofia', ro: 'Europe/Bucharest', ua: 'Europe/Kyiv', by: 'Europe/Minsk', lt: 'Europe/Vilnius',
  lv: 'Europe/Riga', ee: 'Europe/Tallinn', fi: 'Europe/Helsinki', se: 'Europe/Stockholm', no: 'Europe/Oslo', dk: 'Europe/Copenhagen',
  is: 'Atlantic/Reykjavik', ie: 'Europe/Dublin', uk: 'Europe/London', tr: 'Europe/Istanbul', ru: 'Europe/Moscow',
  kr: 'Asia/Seoul', kp: 'Asia/Pyongyang', jp: 'Asia/Tokyo', cn: 'Asia/Shanghai', hk: 'Asia/Hong_Kong', mo: 'Asia/Macau', tw: 'Asia/Taipei',
  sg: 'Asia/Singapore', my: 'Asia/Kuala_Lumpur', ph: 'Asia/Manila', th: 'Asia/Bangkok', vn: 'Asia/Ho_Chi_Minh', in: 'Asia/Kolkata',
  pk: 'Asia/Karachi', bd: 'Asia/Dhaka', il: 'Asia/Jerusalem', ae: 'Asia/Dubai', sa: 'Asia/Riyadh', qa: 'Asia/Qatar', ir: 'Asia/Tehran',
  ar: 'America/Argentina/Buenos_Aires', br: 'America/Sao_Paulo', cl: 'America/Santiago', uy: 'America/Montevideo', py: 'America/Asuncion',
  bo: 'America/La_Paz', pe: 'America/Lima', ve: 'America/Caracas', mx: 'America/Mexico_City', gt: 'America/Guatemala',
  hn: 'America/Tegucigalpa', sv: 'America/El_Salvador', ni: 'America/Managua', cr: 'America/Costa_Rica', pa: 'America/Panama',
  cu: 'America/Havana', do: 'America/Santo_Domingo', za: 'Africa/Johannesburg', ng: 'Africa/Lagos', ke: 'Africa/Nairobi',
  eg: 'Africa/Cairo', nz: 'Pacific/Auckland',
};

/** The IANA time zone of a source, from its host's country domain, or null. */
export function sourceZone(url: string | null | undefined): string | null {
  const host = hostOf(url);
  if (host === null) return null;
  return COUNTRY_ZONES[host.slice(host.lastIndexOf('.') + 1)] ?? null;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();
/** A zone's offset from UTC in minutes, by zone and UTC hour: zones change their offset on the hour. */
const hourOffsets = new Map<string, number>();

/**
 * The calendar day at the source of a date with a time of day: in `zone`, an IANA zone or a fixed
 * offset in minutes east of UTC. A Korean outlet's "2026-11-20T16:30:00Z" is the 21st at home. A bare
 * date is its own day anywhere, and without a zone the day is the one printed.
 */
export function dayIn(date: ParsedDate, zone: string | number | null): string {
  if (zone === null || !date.hasTime) return date.local;
  const ms = Date.parse(date.iso);
  const offset = typeof zone === 'number' ? zone : zoneOffsetAt(ms, zone);
  if (offset === null) return date.local;
  return new Date(ms + offset * 60_000).toISOString().slice(0, 10);
}

/** `zone`'s offset from UTC in minutes at the instant `ms`, or null for a zone the runtime does not know. */
function zoneOffsetAt(ms: number, zone: string): number | null {
  const top = ms - (((ms % 3_600_000) + 3_600_000) % 3_600_000);
  const hour = `${zone}|${top}`;
  let offset = hourOffsets.get(hour);
  if (offset === undefined) {
    let format = dayFormats.get(zone);
    if (!format) {
      format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
      dayFormats.set(zone, format);
    }
    // "11/07/2022, 00:00": the wall clock in the zone at the top of this UTC hour.
    const m = /(\d{2})\/(\d{2})\/(\d{4}),? (\d{2}):(\d{2})/.exec(format.format(top));
    if (!m) return null;
    offset = (Date.UTC(+m[3]!, +m[1]! - 1, +m[2]!, +m[4]!, +m[5]!) - top) / 60_000;
    if (hourOffsets.size > 10_000) hourOffsets.clear();
    hourOffsets.set(hour, offset);
  }
  return offset;
}

/**
 * A time printed with no zone, read on the source's wall clock in `zone` (an IANA name): the instant
 * it names there, and the day as printed. "27/04/2022 00:00" on a Panamanian site is 05:00 UTC on
 * the 27th, not midnight UTC, which is still the 26th in Panama.
 */
export function onWallClock(date: ParsedDate, zone: string): ParsedDate {
  if (!date.floating || !date.hasTime) return date;
  const wall = Date.parse(date.iso);
  // The zone's offset at the instant, found from the wall time in two steps (it may change at that hour).
  const offsetAt = (ms: number) => zoneOffsetAt(ms, zone) ?? 0;
  let ms = wall - offsetAt(wall) * 60_000;
  ms = wall - offsetAt(ms) * 60_000;
  return { iso: new Date(ms).toISOString(), local: date.local, hasTime: true, inUtc: false };
}

/** Hours from UTC of the furthest zones where news is published (Hawaii's UTC−10, eastern Australia's UTC+11 in summer). */
const WEST_HOURS = 10;
const EAST_HOURS = 11;

/**
 * The calendar day of a publication at its source: `dayIn` its zone when known. Without one, a time
 * printed in UTC ("2020-02-25T02:25:54Z", a New York story of the 24th at 21:25) may fall on the next
 * or the previous day at home. A date in the page's address (/2020/02/24/), set by the publisher's
 * system in its own time, then names the day, if the instant falls on that day somewhere on earth.
 */
export function sourceDay(date: ParsedDate, zone: string | number | null, url: string | null): string {
  if (zone !== null || !date.hasTime || !date.inUtc) return dayIn(date, zone);
  const inAddress = dateFromUrl(url);
  if (inAddress && inAddress.local !== date.local) {
    const ms = Date.parse(date.iso);
    const earliest = new Date(ms - WEST_HOURS * 3_600_000).toISOString().slice(0, 10);
    const latest = new Date(ms + EAST_HOURS * 3_600_000).toISOString().slice(0, 10);
    if (inAddress.local >= earliest && inAddress.local <= latest) return inAddress.local;
  }
  return date.local;
}

/**
 * Agencies and outlets that print their own local time, by name: a dump with no address still names
 * its source in a dateline ("SEOUL, Nov. 20 (Yonhap) --", "新华社北京11月21日电") or a source line
 * ("来源：新华网 | 2026-11-21 15:30"). Names only, never run over the story's text.
 */
const OUTLET_ZONES: [RegExp, number][] = [
  [/\b(?:Yonhap|KCNA|Newsis|News1|NK News|Daily NK|Korea Herald|Korea Times|Korea JoongAng Daily|Chosun Ilbo|Hankyoreh|Arirang|Rodong Sinmun|Uriminzokkiri)\b|연합뉴스|조선중앙통신|뉴시스|뉴스1|노동신문|조선일보|중앙일보|한겨레/i, 540],
  [/\b(?:Kyodo|Jiji|NHK|Asahi Shimbun|Yomiuri Shimbun|Mainichi|Nikkei)\b|共同通信|時事通信|朝日新聞|読売新聞|毎日新聞|日本経済新聞/i, 540],
  [/\b(?:Xinhua|China Daily|Global Times|CGTN|People's Daily|China News Service|ECNS|CCTV|South China Morning Post|SCMP|CNA|Focus Taiwan)\b|新华社|新华网|新華社|中新社|中新网|人民网|人民日报|环球时报|环球网|央视|中央社/i, 480],
  [/\b(?:TASS|RIA Novosti|Interfax|Sputnik)\b|ТАСС|РИА Новости|Интерфакс/i, 180],
];

/** Minutes east of UTC for a source named in `names` (an agency, a source line), or null when none is known. */
export function outletOffset(names: string): number | null {
  if (!names) return null;
  for (const [pattern, offset] of OUTLET_ZONES) if (pattern.test(names)) return offset;
  return null;
}

/**
 * The zone a text's script all but fixes, for a source known by nothing else: Korean (both Koreas)
 * and Japanese are printed at +09:00, Chinese (the mainland, Hong Kong, Taiwan, Singapore) at
 * +08:00. `language` is a page's declared language; without it the letters of `sample` decide.
 */
export function scriptOffset(language: string | null, sample: string): number | null {
  const lang = language ? language.toLowerCase().split(/[-_]/)[0] : guessLanguageFromScript(sample);
  if (lang === 'ko' || lang === 'ja') return 540;
  if (lang === 'zh') return 480;
  return null;
}

/** Rejects dates after `now` (with a day's tolerance for zone slips) and implausibly old ones. */
export function acceptable(date: ParsedDate | null, now: Date): ParsedDate | null {
  if (!date) return null;
  const t = Date.parse(date.iso);
  if (Number.isNaN(t) || t > now.getTime() + 86_400_000) return null;
  return date;
}
