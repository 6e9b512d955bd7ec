/** Whitespace, including the non-breaking and ideographic spaces pages use between words. */
const WS_RUN = /[\s\u00a0\u200b\u2000-\u200a\u202f\u205f\u3000\ufeff]+/g;

/** Collapses every run of whitespace to one space and trims; soft hyphens (invisible break hints inside words) go. */
export function collapse(text: string): string {
  if (isCollapsed(text)) return text;
  const t = text.replace(WS_RUN, ' ').trim();
  return t.includes('\u00ad') ? t.replace(/\u00ad/g, '') : t;
}

/** Whether a text has nothing to collapse: no space at its ends, only single plain spaces inside, no soft hyphen. */
function isCollapsed(text: string): boolean {
  let previousSpace = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (previousSpace) return false;
      previousSpace = true;
    } else if (c <= 32 || c === 0xa0 || c === 0xad || c === 0x1680 || (c >= 0x2000 && (c <= 0x200b || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff || c === 0x1680 || c === 0x2028 || c === 0x2029))) {
      return false;
    } else {
      previousSpace = false;
    }
  }
  return !previousSpace || text.length === 0;
}

/**
 * Terminal punctuation of a sentence, including closing quotes and CJK full stops, and the
 * author's or agency's initials that close a story after its last full stop ("… voraus. (bsc)",
 * "… said. (AP/dpa)"), or its writers, agency or end mark in a Korean, Japanese or Chinese one
 * ("…作用。（记者 张三、李四）", "…と述べた。【共同】", "…말했다.<끝>").
 */
export const SENTENCE_END = /[.!?…。！？][”"'’»)\]]*$|[.!?][”"’]$|[”"]$|[.!?…。！？][”"'’»」]*\s*[(（【<[]\s*\p{L}[\p{L}/.,&、·＝=：: -]{0,24}[)）】>\]]$/u;

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/**
 * A rough word count that also works for CJK text, where two characters count about as much as a
 * Latin word.
 */
export function wordCount(text: string): number {
  let words = 0;
  let cjk = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af)) {
      cjk++;
      inWord = false;
    } else if (c <= 32 || c === 0xa0 || c === 0x3000) {
      inWord = false;
    } else if (!inWord) {
      inWord = true;
      words++;
    }
  }
  return words + Math.ceil(cjk / 2);
}

/** Counts the commas, Latin and CJK, that Readability-style scoring rewards. */
export function countCommas(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 0xff0c || c === 0x3001 || c === 0x060c) n++;
  }
  return n;
}

/** Normalisation used for comparisons: NFKC, lower case, letters and digits only. */
export function comparable(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Guesses a BCP 47 primary subtag from the scripts a text uses; null when it is not clear. */
export function guessLanguageFromScript(text: string): string | null {
  let hangul = 0;
  let kana = 0;
  let han = 0;
  let latin = 0;
  let cyrillic = 0;
  const limit = Math.min(text.length, 4000);
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xac00 && c <= 0xd7af) hangul++;
    else if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    else if (c >= 0x400 && c <= 0x4ff) cyrillic++;
  }
  const total = hangul + kana + han + latin + cyrillic;
  if (total < 20) return null;
  if (hangul / total > 0.2) return 'ko';
  if (kana / total > 0.05) return 'ja';
  if (han / total > 0.3) return 'zh';
  if (cyrillic / total > 0.5) return 'ru';
  return null;
}

const STOPWORDS: [string, Set<string>][] = [
  ['en', new Set(['the', 'and', 'of', 'to', 'in', 'is', 'that', 'said', 'for', 'with', 'was', 'on'])],
  ['de', new Set(['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'sich', 'auf', 'ein', 'eine'])],
  ['fr', new Set(['le', 'la', 'les', 'et', 'des', 'est', 'une', 'dans', 'pour', 'qui', 'du', 'pas'])],
  ['es', new Set(['el', 'los', 'las', 'que', 'del', 'por', 'una', 'con', 'para', 'como', 'pero', 'más'])],
  ['it', new Set(['il', 'che', 'della', 'per', 'sono', 'gli', 'nel', 'una', 'non', 'alla', 'anche', 'delle'])],
];

/** Language of a text: by script for CJK and Cyrillic, by common function words for Latin scripts. */
export function guessLanguage(text: string): string | null {
  const byScript = guessLanguageFromScript(text);
  if (byScript) return byScript;
  const words = text.slice(0, 6000).toLowerCase().split(/[^\p{L}]+/u);
  if (words.length < 20) return null;
  let best: string | null = null;
  let bestHits = 0;
  for (const [lang, set] of STOPWORDS) {
    let hits = 0;
    for (const w of words) if (set.has(w)) hits++;
    if (hits > bestHits) {
      best = lang;
      bestHits = hits;
    }
  }
  return bestHits >= words.length * 0.05 ? best : null;
}

/** Languages a text shows by its script alone. */
const SCRIPT_LANGUAGES = new Set(['ko', 'ja', 'zh', 'ru']);

/**
 * The page's declared language, unless its text contradicts it by script: Korean CMSs declare
 * lang="ko" on their English editions, and an English template's lang="en" wraps Korean stories.
 * Alert rules filter on the language ("lang:en") and dashboards count by it: a wrong one hides stories.
 */
export function languageOf(declared: string | null, text: string): string | null {
  if (declared === null) return guessLanguage(text);
  const primary = declared.toLowerCase().split(/[-_]/)[0]!;
  const byScript = guessLanguageFromScript(text);
  if (byScript !== null) return byScript === primary ? declared : byScript;
  // The text is in none of those scripts (or too short to tell): a script language declared over it is wrong.
  if (SCRIPT_LANGUAGES.has(primary) && text.length >= 200) return guessLanguage(text);
  return declared;
}

/** The lower-case host of an absolute or protocol-relative URL, without "www."; null when there is none. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  const m = /^(?:https?:)?\/\/([^/?#:]+)/i.exec(url.trim());
  return m ? m[1]!.toLowerCase().replace(/^www\./, '') : null;
}

/** Lower-case particles inside personal names: "Ursula von der Leyen", "Mark di Stefano", "Mohammed bin Salman". */
export const NAME_PARTICLES: readonly string[] = ['von', 'van', 'de', 'da', 'del', 'der', 'den', 'di', 'du', 'la', 'le', 'bin', 'al'];
