// Digests: stories grouped and ordered by importance, each with its sources, key quotes with
// speakers and coded stances. Rendered three ways: plain text, HTML that survives email clients
// (tables, inline styles, every piece of article text escaped) and Slack mrkdwn.

export interface DigestSource {
  name: string;
  url: string;
  publishedAt: string | null;
}

export interface DigestQuote {
  speaker: string;
  speakerId: string | null;
  text: string;
  kind: string;
  /** Spoken by a named person or organisation (not an anonymous official). */
  keyActor: boolean;
}

export interface DigestStance {
  actor: string;
  action: string;
  target: string | null;
  topic: string | null;
  cameo: string;
  plover: string;
}

export interface DigestStory {
  storyId: number;
  title: string;
  /** The story was in an earlier message: this is what is new on it. */
  update: boolean;
  breaking: boolean;
  relevance: number;
  sourceCount: number;
  sources: DigestSource[];
  quotes: DigestQuote[];
  stances: DigestStance[];
  importance: number;
}

export interface Digest {
  subscription: string;
  kind: 'digest' | 'immediate' | 'breaking';
  windowStart: string | null;
  windowEnd: string;
  stories: DigestStory[];
}

/** Relevance first, then how widely the story ran, then new quotes from key actors. */
export function storyImportance(story: { relevance: number; sourceCount: number; quotes: DigestQuote[]; breaking: boolean }): number {
  const keyQuotes = Math.min(3, story.quotes.filter((quote) => quote.keyActor).length);
  const score = story.relevance * 3 + Math.log2(1 + story.sourceCount) * 1.5 + keyQuotes * 0.5 + (story.breaking ? 1 : 0);
  return Math.round(score * 1000) / 1000;
}

export function orderStories(stories: DigestStory[]): DigestStory[] {
  return [...stories].sort((a, b) => b.importance - a.importance || a.storyId - b.storyId);
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
const shorten = (text: string, max: number) => {
  const value = flat(text);
  return value.length <= max ? value : `${value.slice(0, max - 1).trimEnd()}…`;
};
const when = (iso: string | null) => (iso ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : 'time unknown');
const stanceLine = (stance: DigestStance) =>
  `${stance.actor} ${stance.action}${stance.target ? ` → ${stance.target}` : ''}${stance.topic ? ` (${stance.topic})` : ''} [CAMEO ${stance.cameo}, PLOVER ${stance.plover}]`;
const quoteText = (quote: DigestQuote) => (quote.kind === 'direct' ? `“${shorten(quote.text, 240)}”` : shorten(quote.text, 240));
const label = (story: DigestStory) => (story.breaking ? 'BREAKING' : story.update ? 'UPDATE' : null);

export function digestSubject(digest: Digest): string {
  const count = digest.stories.length;
  const lead = digest.stories[0] ? shorten(digest.stories[0].title, 80) : 'no stories';
  const prefix = digest.kind === 'breaking' ? 'Breaking' : digest.kind === 'immediate' ? 'Alert' : 'Digest';
  return `[Peninsula Watch] ${prefix}: ${digest.subscription} — ${lead}${count > 1 ? ` (+${count - 1} more)` : ''}`;
}

export function renderText(digest: Digest): string {
  const lines: string[] = [];
  lines.push(`Peninsula Watch — ${digest.subscription}`);
  lines.push(`${digest.stories.length} ${digest.stories.length === 1 ? 'story' : 'stories'}${digest.windowStart ? ` since ${when(digest.windowStart)}` : ''}, until ${when(digest.windowEnd)}`);
  lines.push('');
  digest.stories.forEach((story, index) => {
    const tag = label(story);
    lines.push(`${index + 1}. ${tag ? `[${tag}] ` : ''}${flat(story.title)}`);
    lines.push(`   ${story.sourceCount} ${story.sourceCount === 1 ? 'source' : 'sources'} · relevance ${story.relevance.toFixed(2)} · importance ${story.importance.toFixed(2)}`);
    for (const source of story.sources) lines.push(`   - ${flat(source.name)}, ${when(source.publishedAt)}: ${source.url}`);
    if (story.quotes.length) lines.push('   Quotes:');
    for (const quote of story.quotes) lines.push(`   * ${flat(quote.speaker)}: ${quoteText(quote)}`);
    if (story.stances.length) lines.push('   Stances:');
    for (const stance of story.stances) lines.push(`   * ${stanceLine(stance)}`);
    lines.push('');
  });
  return `${lines.join('\n').trimEnd()}\n`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
}

/** Only http(s) links are rendered as links: a javascript: URL in a feed must not become one. */
function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.toString() : null;
  } catch {
    return null;
  }
}

export function renderHtml(digest: Digest): string {
  const font = 'font-family:Arial,Helvetica,sans-serif;';
  const parts: string[] = [];
  parts.push('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>');
  parts.push(`<body style="margin:0;padding:0;background:#f4f4f4;">`);
  parts.push(`<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f4f4f4;"><tr><td align="center" style="padding:16px;">`);
  parts.push(`<table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0" style="max-width:640px;width:100%;background:#ffffff;border:1px solid #dddddd;">`);
  parts.push(`<tr><td style="${font}padding:16px;background:#1f3a5f;color:#ffffff;font-size:18px;font-weight:bold;">Peninsula Watch — ${escapeHtml(digest.subscription)}</td></tr>`);
  parts.push(
    `<tr><td style="${font}padding:8px 16px;color:#555555;font-size:13px;">${digest.stories.length} ${digest.stories.length === 1 ? 'story' : 'stories'}${digest.windowStart ? ` since ${escapeHtml(when(digest.windowStart))}` : ''}, until ${escapeHtml(when(digest.windowEnd))}</td></tr>`,
  );
  for (const story of digest.stories) {
    const tag = label(story);
    const first = story.sources[0] ? safeHref(story.sources[0].url) : null;
    const title = escapeHtml(flat(story.title));
    parts.push(`<tr><td style="${font}padding:12px 16px;border-top:1px solid #eeeeee;">`);
    if (tag) parts.push(`<span style="${font}font-size:11px;font-weight:bold;color:#ffffff;background:${tag === 'BREAKING' ? '#b00020' : '#5b6b7f'};padding:2px 6px;">${tag}</span> `);
    parts.push(
      first
        ? `<a href="${escapeHtml(first)}" style="${font}font-size:16px;font-weight:bold;color:#1f3a5f;text-decoration:none;">${title}</a>`
        : `<span style="${font}font-size:16px;font-weight:bold;color:#1f3a5f;">${title}</span>`,
    );
    parts.push(`<div style="${font}font-size:12px;color:#777777;padding-top:4px;">${story.sourceCount} ${story.sourceCount === 1 ? 'source' : 'sources'} · relevance ${story.relevance.toFixed(2)}</div>`);
    parts.push(`<ul style="${font}font-size:13px;color:#333333;margin:8px 0;padding-left:18px;">`);
    for (const source of story.sources) {
      const href = safeHref(source.url);
      const name = escapeHtml(flat(source.name));
      parts.push(`<li>${href ? `<a href="${escapeHtml(href)}" style="color:#1f5fa8;">${name}</a>` : name}, ${escapeHtml(when(source.publishedAt))}</li>`);
    }
    parts.push('</ul>');
    for (const quote of story.quotes) {
      parts.push(
        `<div style="${font}font-size:14px;color:#222222;border-left:3px solid #1f3a5f;margin:6px 0;padding:2px 0 2px 10px;"><strong>${escapeHtml(flat(quote.speaker))}</strong>: ${escapeHtml(quoteText(quote))}</div>`,
      );
    }
    if (story.stances.length) {
      parts.push(`<div style="${font}font-size:12px;color:#555555;padding-top:6px;">`);
      parts.push(story.stances.map((stance) => escapeHtml(stanceLine(stance))).join('<br>'));
      parts.push('</div>');
    }
    parts.push('</td></tr>');
  }
  parts.push(`<tr><td style="${font}padding:12px 16px;font-size:11px;color:#999999;border-top:1px solid #eeeeee;">Sent by Peninsula Watch for the subscription “${escapeHtml(digest.subscription)}”.</td></tr>`);
  parts.push('</table></td></tr></table></body></html>');
  return parts.join('\n');
}

/** Slack escapes only &, < and > (its link and mention syntax). */
const escapeSlack = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function renderSlack(digest: Digest): { text: string } {
  const lines = [`*Peninsula Watch — ${escapeSlack(digest.subscription)}*: ${digest.stories.length} ${digest.stories.length === 1 ? 'story' : 'stories'}`];
  for (const story of digest.stories) {
    const tag = label(story);
    const href = story.sources[0] ? safeHref(story.sources[0].url) : null;
    const title = escapeSlack(flat(story.title)).replace(/\|/g, '¦');
    lines.push(`${tag ? `[${tag}] ` : ''}${href ? `<${href.replace(/[<>|]/g, encodeURIComponent)}|${title}>` : `*${title}*`} (${story.sourceCount} ${story.sourceCount === 1 ? 'source' : 'sources'})`);
    for (const quote of story.quotes.slice(0, 2)) lines.push(`> *${escapeSlack(flat(quote.speaker))}*: ${escapeSlack(quoteText(quote))}`);
  }
  return { text: lines.join('\n') };
}
