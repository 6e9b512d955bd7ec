import { assertText, opensAsHtmlDocument, readHtmlBytes } from './charset.ts';
import { isOutletName } from './boilerplate.ts';
import type { Extraction } from './extraction.ts';
import { onWallClock, sourceDay, sourceZone } from './dates.ts';
import { fingerprints } from './hash.ts';
import { cleanHtml } from './html-cleaner.ts';
import { finishParagraphs } from './paragraphs.ts';
import { cleanText } from './text-cleaner.ts';
import type { CleanedArticle, CleanInput } from './types.ts';
import { collapse, guessLanguage } from './text-util.ts';
import { Utf8Page } from './utf8-page.ts';
import { CLEANER_VERSION } from './version.ts';

/** `prefix(n)` gives the text's first n characters: a page that is not decoded decodes only those. */
function looksLikeHtml(prefix: (length: number) => string): boolean {
  const head = prefix(2048).trimStart().toLowerCase();
  // A page that opens with a tag is markup, whatever the tag: PHP warnings ("<br /><b>Deprecated</b>")
  // or a stray <style> block printed before the document proper.
  if (/^<[a-z!?]/.test(head)) return true;
  if (/<(?:head|body|div|p|article|meta|title)[\s>]/.test(head)) return true;
  return /<(?:!doctype html|html|head|body)[\s>]/i.test(prefix(65536));
}

/**
 * Text in Unicode's composed form: pages write the same letter precomposed or as a base and a mark
 * (Bengali য়, Vietnamese, decomposed Latin from macOS), and the hash, the near-duplicate print and
 * every search downstream must see one spelling. Control characters go (see CONTROL).
 */
function nfc(text: string): string {
  const plain = CONTROL.test(text) ? collapse(text.replace(CONTROLS, '')) : text;
  return /[^\x00-\x7f]/.test(plain) ? plain.normalize('NFC') : plain;
}

/**
 * Control characters but tab, line feed and carriage return: no text, and Postgres refuses NUL in
 * text and JSON, so one NUL byte in a page would fail every attempt to store the article. Browsers
 * ignore NUL in text too (HTML's parser drops it).
 */
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');

function plainOrNull(text: string | null): string | null {
  return text === null ? null : nfc(text);
}

/**
 * The marks wires put on a headline each time they update a story: Yonhap's "(LEAD)", "(2nd LD)",
 * "(URGENT)", "[속보]", "[2보]", "…(종합)", Reuters' "UPDATE 2-", "REFILE-", Kyodo's "【速報】". They
 * change from one version to the next; the headline is what stays. Labels of a genre ("(News
 * Focus)", "[단독]", "EXCLUSIVE-") are part of it.
 */
const UPDATE_TAG_START =
  /^(?:\((?:LEAD|\d+(?:st|nd|rd|th) LD|URGENT|UPDATE(?: \d+)?|CORRECTED|REFILE)(?:,[^)]{1,30})?\)|\[(?:속보|긴급|\d보|종합|종합\s?\d보|\d보\s?종합)\]|【(?:速報|続報|更新|快讯|速报|突发)】|(?:UPDATE \d+|REFILE|CORRECTED|RPT)\s?-(?=\S))\s*/u;
const UPDATE_TAG_END = /\s*[(（](?:종합\s?\d?보?|\d보)[)）]$/u;

function withoutUpdateTags(title: string): string {
  let t = title;
  for (let i = 0; i < 3 && UPDATE_TAG_START.test(t); i++) t = t.replace(UPDATE_TAG_START, '');
  t = t.replace(UPDATE_TAG_END, '');
  // A title that is nothing but marks stays as it was.
  return t.trim() || title;
}

/**
 * Cleans one page: HTML bytes or string, or a plain-text dump. Throws on empty or undecodable
 * input; anything else yields an article, possibly with no paragraphs.
 */
export function cleanArticle(input: CleanInput): CleanedArticle {
  const now = input.now ?? new Date();
  const url = input.url ?? null;
  let extraction: Extraction;
  if (input.bytes !== undefined) {
    // Script bodies are dropped from HTML only: a plain-text dump's "<script>" is the story's own text.
    const head = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, Math.min(input.bytes.length, 65536)).toString('latin1');
    const page = readHtmlBytes(input.bytes, input.contentType, { dropScriptBodies: looksLikeHtml((length) => head.slice(0, length)) });
    if (page instanceof Utf8Page) {
      if (page.isBlank()) throw new Error('cannot clean: the page is empty');
      extraction = looksLikeHtml((length) => page.head(length)) ? cleanHtml(page, url, now) : cleanText(page.text(), url, now);
    } else {
      const { text } = page;
      if (!text.trim()) throw new Error('cannot clean: the page is empty');
      extraction = looksLikeHtml((length) => text.slice(0, length)) ? cleanHtml(text, url, now) : cleanText(text, url, now);
    }
  } else if (input.html !== undefined) {
    if (!input.html.trim()) throw new Error('cannot clean: the HTML is empty');
    assertText(input.html);
    extraction = cleanHtml(input.html, url, now);
  } else if (input.text !== undefined) {
    if (!input.text.trim()) throw new Error('cannot clean: the text is empty');
    assertText(input.text);
    // A page saved as text (or served as text/plain) is still a page: its markup is no story text.
    extraction = opensAsHtmlDocument(input.text) ? cleanHtml(input.text, url, now) : cleanText(input.text, url, now);
  } else {
    throw new Error('cannot clean: the input has no bytes, html or text');
  }

  const removed = extraction.removed.map((block) => (CONTROL.test(block.text) ? { ...block, text: nfc(block.text) } : block));
  const finished = finishParagraphs(extraction.paragraphs.map(nfc), removed, extraction.findDateline);
  const captions = [...extraction.captions, ...finished.captions].map(nfc);
  const text = finished.paragraphs.join('\n\n');
  // An agency or outlet given as the author (the site itself, too) gives way to the reporter the dateline
  // or the closing signature names ("(서울=연합뉴스) 김수연 기자 =" under a portal's "연합뉴스").
  const byOutlet = extraction.author !== null && (isOutletName(extraction.author) || extraction.author === extraction.siteName);
  const author = byOutlet && finished.reporter !== null ? finished.reporter : (extraction.author ?? finished.reporter);
  const prints = fingerprints(text);
  const address = extraction.url ?? url;
  // A time printed with no zone, on a site whose country has one zone, is that zone's wall clock.
  const zone = sourceZone(address);
  const date = extraction.date && zone !== null ? onWallClock(extraction.date, zone) : extraction.date;
  return {
    title: extraction.title === null ? null : withoutUpdateTags(nfc(extraction.title)),
    url: address,
    publishedAt: date?.iso ?? null,
    publishedDate: date ? sourceDay(date, zone ?? extraction.offset, address) : null,
    author: plainOrNull(author),
    siteName: plainOrNull(extraction.siteName),
    language: extraction.language ?? guessLanguage(text),
    dateline: finished.dateline && { ...finished.dateline, place: nfc(finished.dateline.place), agency: plainOrNull(finished.dateline.agency) },
    captions,
    paragraphs: finished.paragraphs,
    text,
    contentHash: prints.contentHash,
    simhash: prints.simhash,
    removed,
    cleanerVersion: CLEANER_VERSION,
  };
}
