export type EntityType = 'person' | 'organization' | 'country' | 'place';

export interface ArticleInput {
  title: string | null;
  paragraphs: string[];
  /** ISO 8601; its calendar date anchors relative dates. */
  publishedAt: string | null;
  url?: string | null;
  language?: string | null;
}

export interface Mention {
  start: number;
  end: number;
  text: string;
}

export interface Entity {
  /** Stable slug: `person:kim-jong-un`, `org:un-security-council`, `country:PRK`, `place:panmunjom`; `group:afghans` for people named as a group (type person). */
  id: string;
  name: string;
  type: EntityType;
  /** ISO 3166-1 alpha-3 of the country the entity is, or belongs to. */
  country: string | null;
  mentions: Mention[];
}

export interface EntityRef {
  id: string;
  name: string;
}

export interface ActorRef extends EntityRef {
  country: string | null;
}

export interface Quote {
  text: string;
  start: number;
  end: number;
  /** 'direct' for words inside quotation marks; 'reported' for indirect speech and transcript answers. */
  kind: 'direct' | 'reported';
  verb: string | null;
  /** Named entity when resolvable; an `anon:` id for unnamed sources ("a US official"). */
  speaker: EntityRef | null;
  /** The phrase that names the speaker where the quote is attributed ("the minister", "Geng"). */
  speakerText: string | null;
  addressee: EntityRef | null;
}

export interface DateMention {
  text: string;
  start: number;
  end: number;
  /** YYYY-MM-DD; for month and year precision the first day of the period. */
  date: string;
  precision: 'day' | 'month' | 'year';
}

export interface Event {
  actor: ActorRef | null;
  /** consult, appeal-for-talks, criticize, reject, demand, threaten, impose-sanctions, weapons-test, agree, support, cooperate, aid, protest. */
  action: string;
  cameo: string;
  plover: string;
  target: ActorRef | null;
  topic: string | null;
  /** The sentence that carries the event. */
  evidence: string;
  start: number;
  end: number;
}

export interface Facts {
  entities: Entity[];
  quotes: Quote[];
  dates: DateMention[];
  events: Event[];
  /** 0..1: how much the article is about the Korean Peninsula. */
  relevance: number;
  topics: string[];
}
