import eventsData from '../data/events.json' with { type: 'json' };
import { gazetteer } from './gazetteer.ts';
import type { DocumentEntities, MentionRecord } from './entities.ts';
import type { Span } from './text.ts';
import { startingWithin } from './text-order.ts';
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
// Announced acts ("will visit", "may halt", "would not meet"): what a modal announces decides the
// category, so each modal and verb pair is a cue of its own.
const { intents } = eventsData;
const intentCues: [string[], string[], Cue][] = [
  [intents.refusalModals, [...intents.promise, ...intents.threat], { action: 'reject', cameo: '120', plover: 'REJECT' }],
  [intents.promiseModals, intents.promise, { action: 'agree', cameo: '030', plover: 'AGREE' }],
  [intents.threatModals, intents.threat, { action: 'threaten', cameo: '130', plover: 'THREATEN' }],
];
for (const [modals, verbs, cue] of intentCues) {
  for (const modal of modals) for (const verb of verbs) if (!cueByForm.has(`${modal} ${verb}`)) cueByForm.set(`${modal} ${verb}`, cue);
}
// Readiness cues whose weapons or troops may sit in the subject ("troops remained on alert").
const postureForms = new Set(['on alert', 'on high alert', 'remained on alert', 'raised the alert', 'mobilized', 'mobilised', 'mobilizes', 'deployed', 'deploys', 'strengthened its forces', 'reinforced', 'beefed up', 'massed', 'ordered patrols', 'trained', 'put its military', 'put military']);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
// Cues in a word trie: a sentence is read once, word by word, however many cue phrases there are.
// Each edge is keyed by the separator before the word (" ", "-", "'") and the word itself.
interface CueNode {
  form: string | null;
  next: Map<string, CueNode>;
}
const cueTrie: CueNode = { form: null, next: new Map() };
const wordPattern = /[a-z]+/g;
for (const form of cueByForm.keys()) {
  let node = cueTrie;
  let previousEnd = 0;
  for (const word of form.matchAll(wordPattern)) {
    const key = `${form.slice(previousEnd, word.index)}${word[0]}`;
    let child = node.next.get(key);
    if (!child) {
      child = { form: null, next: new Map() };
      node.next.set(key, child);
    }
    node = child;
    previousEnd = word.index + word[0].length;
  }
  node.form = form;
}

interface CueMatch {
  index: number;
  text: string;
  form: string;
}

function separator(gap: string): string | null {
  if (gap.length === 0) return null;
  if (/^\s+$/.test(gap)) return ' ';
  if (gap === '-') return '-';
  if (gap === "'" || gap === '’') return "'";
  return null;
}

function findCues(body: string): CueMatch[] {
  const found: CueMatch[] = [];
  const lower = body.toLowerCase();
  const words = [...lower.matchAll(wordPattern)];
  for (let i = 0; i < words.length; i += 1) {
    let node = cueTrie.next.get(words[i]![0]);
    if (!node) continue;
    let best: { form: string; last: number } | null = node.form ? { form: node.form, last: i } : null;
    for (let k = i + 1; k < words.length && node.next.size > 0; k += 1) {
      const previous = words[k - 1]!;
      const sep = separator(lower.slice(previous.index + previous[0].length, words[k]!.index));
      if (sep === null) break;
      node = node.next.get(`${sep}${words[k]![0]}`);
      if (!node) break;
      if (node.form) best = { form: node.form, last: k };
    }
    if (!best) continue;
    const start = words[i]!.index;
    const stop = words[best.last]!.index + words[best.last]![0].length;
    found.push({ index: start, text: body.slice(start, stop), form: best.form });
    i = best.last;
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
  const mentions = doc.mentions;
  const [firstMention, afterMentions] = startingWithin(mentions, start, end);
  for (let k = firstMention; k < afterMentions; k++) {
    const mention = mentions[k]!;
    if (mention.start < start || mention.end > end) continue;
    if (mention.entity.type === 'place' && !mention.entity.country) continue;
    // Groups ("North Koreans") act through the demonym's country, counted below.
    if (mention.entity.kind === 'group') continue;
    found.push({ ref: refOf(mention), start: mention.start });
  }
  const adjectives = doc.adjectives;
  const [firstAdjective, afterAdjectives] = startingWithin(adjectives, start, end);
  for (let k = firstAdjective; k < afterAdjectives; k++) {
    const adjective = adjectives[k]!;
    if (adjective.start < start || adjective.end > end) continue;
    const country = gazetteer.countries.get(adjective.country)!;
    // A demonym right before a name is part of that name's title ("Russian Foreign Minister X").
    if (found.some((f) => f.start >= adjective.start && f.start - adjective.end < 40 && f.ref.country === adjective.country)) continue;
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
      if (cue.action === 'weapons-test' && !weaponWords.test(object.slice(0, 80)) && !(postureForms.has(form) && weaponWords.test(body))) continue;
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
      const named = pickActor(actors);
      const actor = withCountry(doc, sentence, named, actors[0]?.start ?? -1);
      const targetFound = targets.find((t) => t.ref.id !== named?.id && (!named?.country || t.ref.country !== named.country));
      const target = withCountry(doc, sentence, targetFound?.ref ?? null, targetFound?.start ?? -1);
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

/**
 * A person or a body the gazetteer does not place acts for the country named nearest to it in the
 * same sentence ("Rebels in Zimbabwe demand that President Mugabe …", "Salaheddine Sidhoum,
 * Algeria's leading activist"): news names a leader or group beside the state it belongs to.
 * International bodies from the gazetteer keep no country.
 */
function withCountry(doc: DocumentEntities, sentence: Span, ref: ActorRef | null, at: number): ActorRef | null {
  if (!ref || ref.country || at < 0) return ref;
  if (!ref.id.startsWith('person:') && !(ref.id.startsWith('org:') && !doc.entities.get(ref.id)?.kind)) return ref;
  let best: string | null = null;
  let distance = Infinity;
  const consider = (start: number, country: string | null) => {
    if (!country || start < sentence.start || start >= sentence.end) return;
    const d = Math.abs(start - at);
    if (d < distance) {
      distance = d;
      best = country;
    }
  };
  // Only the sentence's own mentions and adjectives can count: found by bisection, not by a scan of the article's.
  const { mentions, adjectives } = doc;
  const [firstMention, afterMentions] = startingWithin(mentions, sentence.start, sentence.end);
  for (let k = firstMention; k < afterMentions; k++) {
    const mention = mentions[k]!;
    if (mention.entity.type === 'country' || mention.entity.type === 'place') consider(mention.start, mention.entity.country);
  }
  const [firstAdjective, afterAdjectives] = startingWithin(adjectives, sentence.start, sentence.end);
  for (let k = firstAdjective; k < afterAdjectives; k++) consider(adjectives[k]!.start, adjectives[k]!.country);
  return best ? { ...ref, country: best } : ref;
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
