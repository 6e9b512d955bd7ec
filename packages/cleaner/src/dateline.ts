import type { Dateline } from './types.ts';

const AGENCIES =
  'Reuters|AP|AFP|Xinhua|Yonhap|KCNA|Kyodo|Bloomberg|UPI|DPA|EFE|ANSA|TASS|RIA Novosti|Sputnik|IANS|PTI|ANI|CNA|Bernama|Antara|NHK|Jiji|CGTN|CNS|Telephost|Newsis|News1|VOA|RFA|Interfax|Anadolu|NK News';

// "SEOUL, March 5 (Yonhap) -- ", "BEIJING, Jan. 17 (Xinhua) -- ", "Beijing (Telephost) - ", "SEOUL/TOKYO, Nov 20 (Reuters) - ".
// The Spanish and Portuguese wires put the day first and a full stop before the dash: "Seúl, 20 nov (EFE).- ";
// Interfax a full stop after the place: "MOSCOW. Nov 20 (Interfax) - ".
const WITH_AGENCY = new RegExp(
  String.raw`^((?:[A-Z][\p{L}'.-]*)(?:[ /-][A-Z][\p{L}'.-]*){0,3})(?:,\s*(?:(?:[A-Z][\p{L}.]*\.?\s*){0,3}(?:\d{1,2}(?:st|nd|rd|th)?,?\s*)?(?:\d{4})?|\d{1,2}\s+(?:de\s+)?\p{Ll}{3,10}\.?(?:\s+(?:de\s+)?\d{4})?)|(?<=\.)\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*\(([\p{L}][\p{L}\d .&/-]{0,30})\)\.?\s*(?:--|[-–—:])\s*`,
  'u',
);
// Taiwan's CNA runs on without a dash: "Taipei, Nov. 20 (CNA) Taiwan's Ministry …" (a known agency, a date).
const AGENCY_NO_DASH = new RegExp(
  String.raw`^((?:[A-Z][\p{L}'.-]*)(?:[ /-][A-Z][\p{L}'.-]*){0,3}),\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*\((${AGENCIES})\)\s+(?=["“\p{Lu}])`,
  'u',
);
// Kyodo names itself with no brackets: "TOKYO, Nov. 20 Kyodo - " (known agencies only).
const BARE_AGENCY = new RegExp(
  String.raw`^((?:[A-Z][\p{L}'.-]*)(?:[ /-][A-Z][\p{L}'.-]*){0,3}),\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(${AGENCIES})\s*(?:--|[-–—])\s+`,
  'u',
);
// "SEOUL — ", "WASHINGTON, D.C. - " (no agency: the place is in capitals), and The New York Times'
// "SEOUL, South Korea — " (the country or state after the city, in title case).
const CAPS_PLACE = /^((?:[A-Z][A-Z'.-]+)(?:[ ,]+[A-Z][A-Z'.-]*){0,3})(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}(?=\s*(?:--|[–—-])\s))?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:--|[–—-])\s+/;
// CBS and others set the place in title case, only a known city's name: "Seoul — North Korea fired …".
const TITLE_CASE_PLACE = /^(Seoul|Pyongyang|Beijing|Tokyo|Moscow|Washington|Panmunjom|Busan|Incheon|Shanghai|Hong Kong|Taipei|Vladivostok|Hanoi|Singapore|Bangkok|Geneva|Vienna|Brussels|London|Paris|Berlin|New York|United Nations|Kyiv|Tehran|Jerusalem|New Delhi|Manila|Jakarta|Canberra|Ottawa)\s+[—–]\s+(?=\p{Lu})/u;
// "新华社北京1月17日电（记者王晓）", "(서울=연합뉴스) 김수연 기자 = ", "[서울=뉴시스] 홍길동 기자 = ": the
// reporter's name, where given, is taken out with the dateline.
const CJK_AGENCY =
  /^(?:(新华社|中新社|中新网|人民网|韩联社|朝中社)\s*([\p{Script=Han}]{2,6}?)\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*电\s*(?:[(（](?:记者\s*([\p{Script=Han}、 ]{2,24}))?[^)）]{0,20}[)）])?\s*|[(（[［]([\p{Script=Hangul}]{2,6})\s*=\s*([\p{Script=Hangul}\w]{2,10})[)）\]］]\s*(?:((?:[\p{Script=Hangul}]{2,4}\s*(?:·\s*)?)+?)\s*(?:기자|특파원|통신원)\s*=\s*)?)/u;
// KCNA in Korean: "(평양 11월 20일발 조선중앙통신)", the place, the day it was filed, the agency.
const KOREAN_FILED = /^[(（]\s*([\p{Script=Hangul}]{2,6})\s+(?:\d{4}\s*년\s*)?\d{1,2}\s*월\s*\d{1,2}\s*일발\s+([\p{Script=Hangul}]{2,10})\s*[)）]\s*/u;
// TASS: "MOSCOW, November 21. /TASS/. ", in Russian "МОСКВА, 5 марта. /ТАСС/. ".
const SLASHED_AGENCY =
  /^([A-ZА-ЯЁ][A-ZА-ЯЁ'.-]+(?:[ -][A-ZА-ЯЁ][A-ZА-ЯЁ'.-]+){0,3}),\s*(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[а-яё]+)\.\s*\/([A-ZА-ЯЁ][\p{L}-]{1,20})\/\.?\s*/u;
// RIA Novosti and Interfax in Russian: "МОСКВА, 5 мар — РИА Новости. ", "МОСКВА, 5 марта. ИНТЕРФАКС - ".
const RUSSIAN_AGENCY =
  /^([А-ЯЁ][А-ЯЁа-яё-]+(?:[ -][А-ЯЁ][А-ЯЁа-яё-]+){0,3})[,.]\s*\d{1,2}\s+[а-яё]+\.?\s*[—–-]?\s*(РИА Новости|ИНТЕРФАКС|Интерфакс|INTERFAX(?:\.RU)?|ПРАЙМ|Спутник)\.?\s*(?:[—–-]\s*)?/u;

// Japanese papers and agencies: "【ソウル共同】", "【北京時事】", "【ソウル＝稲田清英】" (the place, then the
// agency or, after "＝", the reporter).
const JAPANESE_DATELINE =
  /^【\s*([\p{Script=Han}\p{Script=Katakana}ー・]{1,10}?)\s*(?:[=＝]\s*([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー・、 ]{2,20})|(共同|時事|AFP時事|ロイター|聯合ニュース|聯合|新華社|ＡＦＰ時事))\s*】\s*/u;

// Chinese papers' report marker: "【环球网报道 记者 李四】", "【环球时报报道 记者 张三、王五】": the outlet and its
// reporters, no place.
const CHINESE_REPORT_MARK = /^【\s*([\p{Script=Han}]{2,8}?)(?:报道|讯)\s*(?:[\p{Script=Han}]{0,12}?记者\s*([\p{Script=Han}、 ]{2,24}?))?\s*】\s*/u;
// … and the sites' own leads with no place: "央视网消息：", "凤凰网资讯讯 ", "中新网1月6日电 ".
const CHINESE_SITE_LEAD = /^(?:央视网|凤凰网(?:资讯)?|环球网|人民网|新华网|中新网|中国新闻网|澎湃新闻|光明网|中国日报网)(?:消息|讯|\s*\d{1,2}\s*月\s*\d{1,2}\s*日电)\s*[:：]?\s*/u;
// Mainichi's place and reporter with no "＝" between: "【ソウル木下翔太郎】", "【北京・河津啓介】".
// (A name of three kanji or more, and no label for a place: "【ニュース解説】", "【速報・北朝鮮】" are headings.)
const JAPANESE_PLACE_REPORTER =
  /^【\s*(?!ニュース|コラム|インタビュー)([\p{Script=Katakana}ー]{2,8})・?([\p{Script=Han}]{3,5})\s*】\s*|^【\s*(?!速報|詳報|動画|写真|図解|独自|解説|社説|特集|追跡|検証|連載|号外)([\p{Script=Han}]{2,4})・([\p{Script=Han}\p{Script=Hiragana}]{3,6})\s*】\s*/u;

/** Reporters named in a dateline, as "王晓, 李明": Korean, Chinese and Japanese names have no spaces inside. */
function reporters(names: string | undefined): string | undefined {
  return names?.trim().split(/\s*[、·・]\s*|\s+/).join(', ');
}

function tidyPlace(place: string): string {
  // "D.C." keeps its last point; a place's trailing comma or full stop goes.
  const trimmed = place.trim().replace(/,$|(?<!\b\p{Lu})\.$/u, '');
  if (/[a-z]/.test(trimmed)) return trimmed;
  return trimmed.toLowerCase().replace(/(^|[\s/.-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

/**
 * Finds a dateline at the start of a lead paragraph. Returns it and the paragraph without it, or
 * null; a marker that names the reporters but no place ("【环球网报道 记者 李四】") gives them with no
 * dateline. Agencies in parentheses must look like agency names, so "(right)" or a sentence's
 * parenthesis does not count.
 */
export function splitDateline(paragraph: string): { dateline: Dateline | null; rest: string; reporter?: string } | null {
  const head = paragraph.slice(0, 120);
  let m = WITH_AGENCY.exec(head);
  if (m && m[1]!.length <= 40) {
    const agency = m[2]!.trim();
    const known = new RegExp(`^(?:${AGENCIES})\\b`, 'i').test(agency);
    const shaped = /^[A-Z][\p{L}]+(?:\s[A-Z][\p{L}]+)?$/u.test(agency) || /^[A-Z]{2,6}$/.test(agency);
    if ((known || shaped) && !/^(?:left|right|centre|center|file|photo)$/i.test(agency)) {
      const rest = paragraph.slice(m[0].length);
      if (rest.length > 20) return { dateline: { place: tidyPlace(m[1]!), agency }, rest };
    }
  }
  m = AGENCY_NO_DASH.exec(head);
  if (m && m[1]!.length <= 40) {
    const rest = paragraph.slice(m[0].length);
    if (rest.length > 20) return { dateline: { place: tidyPlace(m[1]!), agency: m[2]! }, rest };
  }
  m = BARE_AGENCY.exec(head);
  if (m && m[1]!.length <= 40) {
    const rest = paragraph.slice(m[0].length);
    if (rest.length > 20) return { dateline: { place: tidyPlace(m[1]!), agency: m[2]! }, rest };
  }
  m = CAPS_PLACE.exec(head);
  if (m && m[1]!.replace(/[^A-Z]/g, '').length >= 3) {
    const rest = paragraph.slice(m[0].length);
    if (rest.length > 20) return { dateline: { place: tidyPlace(m[1]!), agency: null }, rest };
  }
  m = TITLE_CASE_PLACE.exec(head);
  if (m) {
    const rest = paragraph.slice(m[0].length);
    if (rest.length > 20) return { dateline: { place: m[1]!, agency: null }, rest };
  }
  m = CJK_AGENCY.exec(head);
  if (m) {
    const rest = paragraph.slice(m[0].length);
    const reporter = reporters(m[3] ?? m[6]);
    const dateline = m[1] ? { place: m[2]!, agency: m[1] } : { place: m[4]!, agency: m[5]! };
    return reporter ? { dateline, rest, reporter } : { dateline, rest };
  }
  m = KOREAN_FILED.exec(head);
  if (m) {
    const rest = paragraph.slice(m[0].length);
    if (rest.length > 20) return { dateline: { place: m[1]!, agency: m[2]! }, rest };
  }
  m = JAPANESE_DATELINE.exec(head);
  if (m) {
    const rest = paragraph.slice(m[0].length);
    const reporter = reporters(m[2]);
    const dateline = { place: m[1]!, agency: m[3] ?? null };
    if (rest.length > 20) return reporter ? { dateline, rest, reporter } : { dateline, rest };
  }
  m = CHINESE_REPORT_MARK.exec(head);
  if (m) {
    const rest = paragraph.slice(m[0].length);
    const reporter = reporters(m[2]);
    if (rest.length > 10) return reporter ? { dateline: null, rest, reporter } : { dateline: null, rest };
  }
  m = CHINESE_SITE_LEAD.exec(head);
  if (m) {
    const rest = paragraph.slice(m[0].length);
    if (rest.length > 10) return { dateline: null, rest };
  }
  m = JAPANESE_PLACE_REPORTER.exec(head);
  if (m) {
    const rest = paragraph.slice(m[0].length);
    if (rest.length > 20) return { dateline: { place: (m[1] ?? m[3])!, agency: null }, rest, reporter: (m[2] ?? m[4])! };
  }
  m = SLASHED_AGENCY.exec(head) ?? RUSSIAN_AGENCY.exec(head);
  if (m) {
    const rest = paragraph.slice(m[0].length);
    if (rest.length > 20) return { dateline: { place: tidyPlace(m[1]!), agency: m[2]! }, rest };
  }
  return null;
}
