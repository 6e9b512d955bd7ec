import { bylineOf, endsWithWritersPost } from './boilerplate.ts';
import { splitDateline } from './dateline.ts';
import type { Dateline, RemovedBlock } from './types.ts';
import { hasCjk, NAME_PARTICLES, SENTENCE_END, wordCount } from './text-util.ts';

/**
 * A caption credit inside running text: "[Photo: fmprc.gov.cn]", "(Photo: Reuters)", and Global
 * Times's bare "Photo: VCG", "Photo: Li Hao/GT" before the next sentence. Bare, a credit has no end
 * mark: only an agency's name, or a photographer's over an outlet's initials, is read as one.
 */
const CREDIT_WORD = '(?:[Pp]hoto|PHOTO|[Ii]mage|IMAGE|[Pp]icture|[Ff]ile [Pp]hoto|FILE PHOTO|[Gg]raphic|[Pp]hotograph)[sS]?';
const INLINE_CREDIT = new RegExp(
  [
    `\\[\\s*${CREDIT_WORD}\\s*(?:[:：/]|[Bb][Yy])\\s*[^\\]]{1,80}\\]`,
    `\\(\\s*${CREDIT_WORD}\\s*(?:[:：/]|[Bb][Yy])\\s*[^)]{1,80}\\)`,
    '(?<=\\S\\s)Photos?:\\s*(?:VCG|IC|CFP|cnsphoto|Xinhua|AFP|AP|Reuters|EPA|Getty Images|Yonhap|KCNA|Kyodo|Sputnik|TASS|\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+){1,2}\\/(?:GT|CD|Xinhua|VCG))(?=\\s+["“\\p{Lu}]|$)',
  ].join('|'),
  'gu',
);

/** Where sentences end inside a paragraph: a full stop (or ! ?) and a space before a capital or quote. */
const SENTENCE_BREAK = /[.!?。！？]["”’)]?\s+(?=["“‘(\p{Lu}\p{Lo}\d])/gu;

/**
 * Cuts photo captions that a text dump ran into a paragraph: the caption is the sentence that the
 * credit closes, so the paragraph keeps everything else, joined by one space.
 */
export function splitInlineCaptions(paragraph: string): { paragraph: string; captions: string[] } {
  if (!paragraph.includes('[') && !paragraph.includes('(') && !paragraph.includes('Photo')) return { paragraph, captions: [] };
  const captions: string[] = [];
  const kept: string[] = [];
  // One pass over the paragraph, each credit's caption cut from the text since the one before:
  // rebuilding the paragraph after each cut took minutes for a dump of 20,000 credits.
  let from = 0;
  INLINE_CREDIT.lastIndex = 0;
  for (let m = INLINE_CREDIT.exec(paragraph); m; m = INLINE_CREDIT.exec(paragraph)) {
    const before = paragraph.slice(from, m.index).trimEnd();
    let start = 0;
    SENTENCE_BREAK.lastIndex = 0;
    for (let b = SENTENCE_BREAK.exec(before); b; b = SENTENCE_BREAK.exec(before)) {
      const end = b.index + b[0].length;
      if (end < before.length) start = end;
    }
    captions.push(`${before.slice(start)} ${m[0]}`.trim());
    kept.push(before.slice(0, start).trim());
    from = m.index + m[0].length;
  }
  if (captions.length === 0) return { paragraph, captions };
  kept.push(paragraph.slice(from).trim());
  return { paragraph: kept.filter(Boolean).join(' '), captions };
}

/**
 * An e-mail address alone, perhaps with the name and title of its owner: "김수연 기자 ksy@yna.co.kr",
 * "(wangxiao@xinhua.org)", JoongAng Daily's "BY LEE SOO-JIN [lee.soojin@joongang.co.kr]", Newsis's
 * "◎공감언론 뉴시스 jhkim@newsis.com".
 */
const CLOSING_REPORTER = /^([가-힣]{2,4})\s?(?:기자|특파원|통신원|선임기자|논설위원)$/u;
const CONTACT_LINE = /^[(（◎○●■□※]?\s*(?:(?:by|BY|By)\s+)?(?:[\p{L}·.'’-]+(?:\s+[\p{L}·.'’-]+){0,3}\s*(?:기자|특파원|记者|記者)?\s*[(（:：[]?)?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[)）\]]?\s*[)）]?$/u;

/**
 * The writer's note that closes a story: "Mark di Stefano is a breaking news reporter for BuzzFeed
 * News and is based in Sydney.", "Jane Doe ist Redakteurin im Ressort Politik." A name, then what the
 * writer does for a living. Only at the very end: in the story, such a sentence is what it reports.
 */
const WRITER_NOTE = new RegExp(
  `^(?:(?:\\p{Lu}[\\p{L}'’.-]*|${NAME_PARTICLES.join('|')})\\s+){1,4}\\p{Lu}[\\p{L}'’-]+ (?:is|was|has been|ist|war) (?:(?:a|an|the|ein|eine|der|die) )?[^.!?]{0,60}?\\b(?:reporter|correspondent|editor|writer|producer|columnist|journalist|contributor|freelancer|blogger|redakteur(?:in)?|korrespondent(?:in)?|journalist(?:in)?|autor(?:in)?|reporter(?:in)?)\\b`,
  'u',
);

/** The end of a sentence, in the scripts a summary may be written in: "…발사했다.", "…said." */
const SUMMARY_SENTENCE_END = /[.!?。！？]["'”’」)]?$/u;

/** The site's note on itself under the story: "38 North is a program of the Stimson Center." */
const SITE_NOTE = /^[\p{Lu}\d][\p{L}\d .&'’-]{1,40} is (?:a|an) (?:program|programme|project|publication|initiative|service|product) of (?:the )?\p{Lu}[\p{L} .&'’-]{2,60}\.?$/u;

/** Cheap identity for spotting a paragraph printed twice: case and spacing do not count. */
function repeatKey(text: string): string {
  return text.toLowerCase().replace(/[\s"'“”‘’]+/g, ' ').trim();
}

export interface Finished {
  paragraphs: string[];
  captions: string[];
  dateline: Dateline | null;
  /** The reporter a dateline names ("(서울=연합뉴스) 김수연 기자 = …"), else the one who signs the story with an address, or null. */
  reporter: string | null;
}

/** "Anchor: ", "Report: ", "앵커: ", "[앵커] " before a broadcast script's sentence. */
const SCRIPT_LABEL = /^(?:(?:Anchor|Report|Reporter)\s*:\s+(?=["“\p{Lu}])|(?:앵커|기자|리포트)\s*:\s*(?=\S)|\[(?:앵커|기자|리포트)\]\s*(?=\S))/u;

/** A wire's end mark after the last sentence: "(END)", "<끝>", "（完）", Xinhua's "Enditem", KCNA's "-0-". */
const GLUED_END_MARK = /(?<=[.!?。！？”"'’」])\s*(?:[(<（【[]\s*(?:END|끝|完)\s*[)>）】\]]|Enditem|-0-|-30-)\s*$/;

/**
 * The steps every source shares once it is a list of paragraphs: inline captions out, repeated
 * paragraphs out (a lead printed twice, a teaser repeating the first paragraph), dateline split off
 * the lead.
 */
export function finishParagraphs(input: string[], removed: RemovedBlock[], findDateline = true): Finished {
  const captions: string[] = [];
  const paragraphs: string[] = [];
  // Each kept paragraph's position by its key, and the dateline split off its start (early ones only).
  const seen = new Map<string, number>();
  const leads: ReturnType<typeof splitDateline>[] = [];
  for (const raw of input) {
    const split = splitInlineCaptions(raw);
    for (const caption of split.captions) {
      captions.push(caption);
      removed.push({ text: caption, reason: 'caption' });
    }
    // A broadcast script's part labels ("Anchor: After heavy downpours…", "Report: People out on the
    // streets…") are no text; "앵커:"/"기자:" the same in Korean.
    const label = SCRIPT_LABEL.exec(split.paragraph);
    if (label) removed.push({ text: label[0].trim(), reason: 'label' });
    const paragraph = label ? split.paragraph.slice(label[0].length) : split.paragraph;
    if (!paragraph) continue;
    // A lead is often printed twice, once as a standfirst and once with its dateline
    // ("SEOUL, Nov. 20 (Yonhap) -- …"): near the top, the key leaves the dateline out.
    const lead = findDateline && paragraphs.length < 5 ? splitDateline(paragraph) : null;
    const key = repeatKey(lead ? lead.rest : paragraph);
    const earlier = seen.get(key);
    // Short lines repeat legitimately ("Q:", "—"), only longer paragraphs count as repeats. Korean,
    // Chinese and Japanese say in 16 characters what takes 40 in Latin script.
    if (earlier !== undefined && (key.length >= 40 || (key.length >= 16 && hasCjk(key)))) {
      const reason = earlier === 0 ? 'repeated-lead' : 'repeated';
      // The copy with the dateline is kept, in the first copy's place, so the dateline is found.
      if (lead && !leads[earlier]) {
        removed.push({ text: paragraphs[earlier]!, reason });
        paragraphs[earlier] = paragraph;
        leads[earlier] = lead;
      } else {
        removed.push({ text: paragraph, reason });
      }
      continue;
    }
    seen.set(key, paragraphs.length);
    leads.push(lead);
    paragraphs.push(paragraph);
  }
  // A teaser of the lead cut short ("North Korea fired …, South Korea's Joint Chiefs of Staff…"), above
  // the lead or under the story.
  for (let i = 0; i < paragraphs.length; i++) {
    const cut = /^(.*?)\s*(?:…|\.{3})$/su.exec(paragraphs[i]!);
    const start = cut ? repeatKey(cut[1]!) : '';
    if (start.length < (hasCjk(start) ? 16 : 40)) continue;
    let full = false;
    for (let j = 0; j < Math.min(i + 3, 3, paragraphs.length) && !full; j++) {
      full = j !== i && repeatKey(leads[j]?.rest ?? paragraphs[j]!).startsWith(start);
    }
    if (!full) continue;
    removed.push({ text: paragraphs[i]!, reason: i === 0 ? 'repeated-lead' : 'repeated' });
    paragraphs.splice(i, 1);
    leads.splice(i, 1);
    i--;
  }
  // The wire's end mark glued to the last sentence ("…말했다.<끝>", "…said.(END)", "…作用。（完）") is no text.
  const closing = paragraphs.length > 0 ? GLUED_END_MARK.exec(paragraphs[paragraphs.length - 1]!) : null;
  if (closing && closing.index > 0) {
    removed.push({ text: closing[0].trim(), reason: 'end-marker' });
    paragraphs[paragraphs.length - 1] = paragraphs[paragraphs.length - 1]!.slice(0, closing.index);
  }
  let signer: string | null = null;
  // A story that ends with its reporter's address ("ksy@yna.co.kr", "김수연 기자 ksy@yna.co.kr"):
  // the address is a signature, not text. Elsewhere in a story an address may be what it reports.
  for (;;) {
    const last = paragraphs[paragraphs.length - 1];
    if (paragraphs.length <= 1 || last === undefined) break;
    if (CONTACT_LINE.test(last)) {
      removed.push({ text: paragraphs.pop()!, reason: 'contact' });
      signer ??= signatureName(last);
    }
    else if (last.length <= 400 && WRITER_NOTE.test(last)) removed.push({ text: paragraphs.pop()!, reason: 'bio' });
    // The byline with the writer's post under the story: "By Kim Ji-eun, staff reporter".
    else if (last.length <= 80 && /^(?:by|von)\s/i.test(last) && endsWithWritersPost(last)) {
      removed.push({ text: paragraphs.pop()!, reason: 'byline' });
      signer ??= bylineOf(last);
    }
    // The reporter's name alone under the story: "김은중 기자", CCTV's "（总台记者 马天）".
    else if (last.length <= 40 && (CLOSING_REPORTER.test(last) || (/^[（(【]/u.test(last) && bylineOf(last) !== null))) {
      removed.push({ text: paragraphs.pop()!, reason: 'byline' });
      signer ??= CLOSING_REPORTER.exec(last)?.[1] ?? bylineOf(last);
    }
    else if (last.length <= 160 && SITE_NOTE.test(last)) removed.push({ text: paragraphs.pop()!, reason: 'about' });
    else break;
  }
  let dateline: Dateline | null = null;
  let reporter: string | null = null;
  // The dateline opens the story proper, which a standfirst or two may precede.
  // (Five: a portal's summary box, its bullets and a subtitle can come first.)
  for (let i = 0; findDateline && i < Math.min(5, paragraphs.length); i++) {
    const split = leads[i];
    if (split) {
      dateline = split.dateline;
      reporter = split.reporter ?? null;
      paragraphs[i] = split.rest;
      // Above it, two or more short lines that are no sentences are a summary's bullets, not the
      // story: Naver's "기사내용 요약" box ("北, 20일 오전 동해상으로 탄도미사일 발사"). One such line is
      // the standfirst, which stays.
      const bullets = paragraphs.slice(0, i).filter((above) => above.length < 120 && !SUMMARY_SENTENCE_END.test(above));
      if (bullets.length >= 2) {
        for (const bullet of bullets) removed.push({ text: bullet, reason: 'summary' });
        paragraphs.splice(0, i, ...paragraphs.slice(0, i).filter((above) => !bullets.includes(above)));
      }
      break;
    }
  }
  return { paragraphs, captions, dateline, reporter: reporter ?? signer };
}

/**
 * The writer who signs a story with an address: "홍길동 기자 gildong@hani.co.kr" gives 홍길동, "Kim Min-ji
 * mj@koreatimes.co.kr" and "Jane Doe (jdoe@example.org)" their names; an address alone gives none.
 */
export function signatureName(line: string): string | null {
  if (!CONTACT_LINE.test(line)) return null;
  const m = /^[(（]?\s*(?:(?:by|BY|By)\s+)?(\p{Script=Hangul}{2,4}|\p{Script=Han}{2,4}|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s*(?:기자|특파원|记者|記者)?\s*[(（:：[]?\s*[\w.+-]+@/u.exec(line);
  return m ? m[1]! : null;
}

/** A paragraph of running prose rather than a label, heading or menu item. */
export function isProse(line: string, minWords = 8): boolean {
  const words = wordCount(line);
  if (line.length >= 160) return true;
  // A long line that introduces what follows ("The following press statement was issued today by …:") is a sentence too.
  return words >= minWords && (SENTENCE_END.test(line) || INNER_SENTENCE_END.test(line) || (words >= 10 && /\p{L}[)）]?[:：]$/u.test(line)));
}

/** A sentence ending inside a line, not an initial's or an abbreviation's point ("N. Korea", "U.S. envoy"). */
const INNER_SENTENCE_END = /(?<!(?:^|[\s.])\p{Lu})[.!?。]\s/u;
