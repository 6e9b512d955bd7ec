import eventsData from '../data/events.json' with { type: 'json' };
import { gazetteer } from './gazetteer.ts';
import type { DocumentEntities, MentionRecord } from './entities.ts';
import type { Span } from './text.ts';
import type { ActorRef, Event } from './types.ts';

interface Cue {
  action: string;
  cameo: string;
  plover: string;
}

const cueByForm = new Map<string, Cue>();
for (const entry of eventsData.events) {
  for (const form of entry.forms) {
    if (!cueByForm.has(form)) cueByForm.set(form, { action: entry.action, cameo: entry.cameo, plover: entry.plover });
  }
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
// Cues by their first word: looking words up is several times faster than one regex of 400 alternatives.
const cuesByFirstWord = new Map<string, string[]>();
for (const form of cueByForm.keys()) {
  const first = /^[a-z]+/.exec(form)![0];
  const list = cuesByFirstWord.get(first) ?? [];
  list.push(form);
  cuesByFirstWord.set(first, list);
}
for (const list of cuesByFirstWord.values()) list.sort((a, b) => b.length - a.length);

interface CueMatch {
  index: number;
  text: string;
  form: string;
}

function findCues(body: string): CueMatch[] {
  const found: CueMatch[] = [];
  const lower = body.toLowerCase();
  let resumeAt = 0;
  for (const word of lower.matchAll(/[a-z]+/g)) {
    if (word.index < resumeAt) continue;
    const forms = cuesByFirstWord.get(word[0]);
    if (!forms) continue;
    for (const form of forms) {
      const end = word.index + form.length;
      const candidate = lower.slice(word.index, end);
      if (candidate !== form && candidate.replace(/\s+/g, ' ') !== form) continue;
      if (/[a-z]/.test(lower[end] ?? '')) continue;
      found.push({ index: word.index, text: body.slice(word.index, end), form });
      resumeAt = end;
      break;
    }
  }
  return found;
}

/** Topic keywords, most specific topic first so "nuclear test talks" is about the test. */
const topicOrder = ['nuclear-test', 'missile-launch', 'sanctions', 'denuclearization', 'military-drills', 'summit', 'humanitarian-aid', 'dialogue'];
const topicPatterns = topicOrder.map((topic) => ({
  topic,
  pattern: new RegExp(`\\b(?:${(eventsData.topics as Record<string, string[]>)[topic]!.map(escape).join('|')})\\b`, 'i'),
}));

export function topicOf(text: string): string | null {
  for (const { topic, pattern } of topicPatterns) if (pattern.test(text)) return topic;
  return null;
}

const topicCounters = topicPatterns.map(({ topic, pattern }) => ({ topic, pattern: new RegExp(pattern.source, 'gi') }));

/** Topics of a whole article: named in the title, or at least twice in the text; most frequent first. */
export function articleTopics(title: string | null, text: string): string[] {
  const scored: { topic: string; count: number }[] = [];
  for (const { topic, pattern } of topicCounters) {
    const inTitle = title ? (title.match(pattern)?.length ?? 0) : 0;
    const count = (text.match(pattern)?.length ?? 0) + 2 * inTitle;
    if (count >= 2) scored.push({ topic, count });
  }
  return scored.sort((a, b) => b.count - a.count).map(({ topic }) => topic);
}

const weaponWords = /\b(?:missiles?|rockets?|nuclear|ballistic|ICBM|SLBM|projectiles?|artillery|shells?|bombs?|warheads?|drills?|exercises?|war\s+games|troops|forces|reservists|army|soldiers|warships?|weapons?|satellite|hydrogen|cruise|torpedo|submarine)\b/i;
const speechVerbs = /\b(?:said|says|told|added|stressed|reiterated|declared|stated|insisted|warned|announced|noted|claimed|argued)\b/g;
const boundaryPattern = /[;:]|,\s|\b(?:that|and|but|while|which|who|after|before|because|although|as|when|if|unless)\s/g;

interface Actorish {
  ref: ActorRef;
  start: number;
}

function actorsIn(doc: DocumentEntities, start: number, end: number): Actorish[] {
  const found: Actorish[] = [];
  for (const mention of doc.mentions) {
    if (mention.start < start || mention.end > end) continue;
    if (mention.entity.type === 'place' && !mention.entity.country) continue;
    found.push({ ref: refOf(mention), start: mention.start });
  }
  for (const adjective of doc.adjectives) {
    if (adjective.start < start || adjective.end > end) continue;
    const country = gazetteer.countries.get(adjective.country)!;
    // A demonym right before a name is part of that name's title ("Russian Foreign Minister X").
    if (found.some((f) => f.start > adjective.start && f.start - adjective.end < 40 && f.ref.country === adjective.country)) continue;
    found.push({ ref: { id: country.id, name: country.name, country: country.country }, start: adjective.start });
  }
  return found.sort((a, b) => a.start - b.start);
}

function refOf(mention: MentionRecord): ActorRef {
  const entity = mention.entity;
  if (entity.type === 'place' && entity.country) {
    const country = gazetteer.countries.get(entity.country);
    if (country) return { id: country.id, name: country.name, country: country.country };
  }
  return { id: entity.id, name: entity.name, country: entity.country };
}

export function extractEvents(text: string, sentences: Span[], doc: DocumentEntities): Event[] {
  const events: Event[] = [];
  for (const sentence of sentences) {
    const body = text.slice(sentence.start, sentence.end);
    const seen = new Set<string>();
    for (const match of findCues(body)) {
      const form = match.form;
      let cue = cueByForm.get(form);
      if (!cue) continue;
      const cueStart = sentence.start + match.index;
      const cueEnd = cueStart + match.text.length;
      // Verbs only: a capitalised cue inside a sentence is part of a name ("Security Council Sanctions").
      if (match.index > 0 && /^[A-Z]/.test(match.text)) continue;
      const before = body.slice(0, match.index);
      const negated = /\b(?:not|n't|never|no\s+longer)\s+(?:\w+\s+)?$/.test(before);
      if (negated && (cue.action === 'agree' || cue.action === 'support')) {
        cue = { action: 'reject', cameo: '120', plover: 'REJECT' };
      } else if (negated) continue;
      const clauseEnd = clauseEndAfter(text, cueEnd, sentence.end);
      const object = text.slice(cueEnd, clauseEnd);
      if (cue.action === 'weapons-test' && !weaponWords.test(object.slice(0, 80))) continue;
      if (/^\s+(?:by)\b/.test(object)) continue;

      let subjectStart = sentence.start;
      for (const boundary of before.matchAll(boundaryPattern)) subjectStart = sentence.start + boundary.index + boundary[0].length;
      let actors = actorsIn(doc, subjectStart, cueStart);
      let targets = actorsIn(doc, cueEnd, clauseEnd);
      // "X said (that) Y must …": X demands of Y.
      if (form === 'must') {
        const speech = [...before.matchAll(speechVerbs)].at(-1);
        if (!speech) continue;
        targets = actors;
        actors = actorsIn(doc, sentence.start, sentence.start + speech.index);
      }
      if (actors.length === 0 && subjectStart > sentence.start) {
        // The subject may sit before an apposition or a time phrase: look back to the sentence start.
        actors = actorsIn(doc, sentence.start, cueStart).filter((a) => !/\b(?:by|of|to|with|against|from)\s+(?:the\s+)?$/.test(text.slice(Math.max(sentence.start, a.start - 12), a.start)));
        actors = actors.slice(0, 1);
      }
      const actor = pickActor(actors);
      const target = targets.find((t) => t.ref.id !== actor?.id && (!actor?.country || t.ref.country !== actor.country))?.ref ?? null;
      const key = `${cue.action}|${actor?.id}|${target?.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      events.push({
        actor,
        action: cue.action,
        cameo: cue.cameo,
        plover: cue.plover,
        target,
        topic: topicOf(object) ?? topicOf(body),
        evidence: body,
        start: sentence.start,
        end: sentence.end,
      });
    }
  }
  return events;
}

/** The first actor in the subject, preferring a named person or body to a bare country only when closer. */
function pickActor(actors: Actorish[]): ActorRef | null {
  if (actors.length === 0) return null;
  return actors[0]!.ref;
}

function clauseEndAfter(text: string, from: number, sentenceEnd: number): number {
  const rest = text.slice(from, sentenceEnd);
  const stop = rest.search(/;|,\s+(?:\w+\s+){0,4}(?:said|says|reported|according)\b/);
  return stop < 0 ? sentenceEnd : from + stop;
}
