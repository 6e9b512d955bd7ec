import countriesData from '../data/countries.json' with { type: 'json' };
import peopleData from '../data/people.json' with { type: 'json' };
import organizationsData from '../data/organizations.json' with { type: 'json' };
import placesData from '../data/places.json' with { type: 'json' };
import lexiconData from '../data/lexicon.json' with { type: 'json' };
import worldPlacesData from '../data/world-places.json' with { type: 'json' };
import worldOrganizationsData from '../data/world-organizations.json' with { type: 'json' };
import givenNamesData from '../data/given-names.json' with { type: 'json' };
import { slugify, tokenize } from './text.ts';
import type { EntityType } from './types.ts';

export interface GazetteerEntry {
  id: string;
  name: string;
  type: EntityType;
  country: string | null;
  /** Organisation kind: government, igo, media, party, military, talks, company; for places city or region; 'group' for people named as a group. */
  kind: string | null;
  roles: string[];
  /** Forms matched only after the article has named the entity in full. */
  short: string[];
}

export interface Alias {
  /** Tokens as written in the data: case decides how strictly each must match. */
  tokens: string[];
  entry: GazetteerEntry;
  /** A demonym ("Chinese"): gives a country to what follows but is not a mention itself. */
  adjective: boolean;
  /** A plural demonym ("Afghans"): the people as a group, which also gives a country as a demonym does. */
  group: GazetteerEntry | null;
  endsWithDot: boolean;
}

export interface Gazetteer {
  /** Aliases by their first token, lower-cased; longest first. */
  byFirstToken: Map<string, Alias[]>;
  /** Aliases in scripts without spaces between words, found by substring search. */
  cjk: Alias[];
  countries: Map<string, GazetteerEntry>;
  /** Country code → its first demonym, for names like "Chinese Foreign Ministry". */
  demonym: Map<string, string>;
  lexicon: {
    titles: Set<string>;
    orgHeads: Set<string>;
    placeHeads: Set<string>;
    placePrepositions: Set<string>;
    notNames: Set<string>;
    /** Given names: a capitalised run starting with one is a person; alone, one still names a person. */
    firstNames: Set<string>;
    /** The most common given names, hand-picked: trusted inside the names of bodies ("Andy Warhol Foundation"). */
    commonFirstNames: Set<string>;
    /** Given names that are also English words (Grace, Jesse): a person only when a capitalised word follows. */
    givenNameWords: Set<string>;
    asianSurnames: Set<string>;
    cueVerbs: Set<string>;
  };
}

const cjkPattern = /[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

function buildGazetteer(): Gazetteer {
  const byFirstToken = new Map<string, Alias[]>();
  const cjk: Alias[] = [];
  const countries = new Map<string, GazetteerEntry>();
  const demonym = new Map<string, string>();
  const add = (form: string, entry: GazetteerEntry, adjective: boolean, group: GazetteerEntry | null = null) => {
    const alias: Alias = {
      tokens: tokenize(form).map((token) => token.text),
      entry,
      adjective,
      group,
      endsWithDot: form.endsWith('.'),
    };
    if (cjkPattern.test(form)) {
      cjk.push({ ...alias, tokens: [form] });
      return;
    }
    if (alias.tokens.length === 0) return;
    const key = alias.tokens[0]!.toLowerCase();
    const list = byFirstToken.get(key) ?? [];
    list.push(alias);
    byFirstToken.set(key, list);
  };

  for (const country of countriesData.countries) {
    const entry: GazetteerEntry = {
      id: `country:${country.code}`,
      name: country.name,
      type: 'country',
      country: country.code,
      kind: 'government',
      roles: [],
      short: [],
    };
    countries.set(country.code, entry);
    if (country.adjectives[0]) demonym.set(country.code, country.adjectives[0]);
    const names = new Set(country.aliases);
    for (const alias of country.aliases) add(alias, entry, false);
    for (const adjective of country.adjectives) {
      if (!names.has(adjective)) add(adjective, entry, true);
      // "North Koreans", "Israelis": the people, which stand for their country as actors.
      const plural = `${adjective}s`;
      if (/[nie]$/.test(adjective) && !names.has(plural)) add(plural, entry, true, groupEntry(plural, country.code));
    }
  }
  // Adherents of a faith and similar groups of people named by a plural noun ("Muslims").
  for (const name of lexiconData.groups) add(name, groupEntry(name, null), false);
  for (const person of peopleData.people) {
    const entry: GazetteerEntry = {
      id: `person:${person.id}`,
      name: person.name,
      type: 'person',
      country: person.country,
      kind: null,
      roles: person.roles,
      short: person.short,
    };
    for (const alias of person.aliases) add(alias, entry, false);
  }
  for (const org of organizationsData.organizations) {
    const entry: GazetteerEntry = {
      id: `org:${org.id}`,
      name: org.name,
      type: 'organization',
      country: org.country,
      kind: org.kind,
      roles: [],
      short: [],
    };
    for (const alias of org.aliases) add(alias, entry, false);
  }
  for (const place of placesData.places) {
    const entry: GazetteerEntry = {
      id: `place:${place.id}`,
      name: place.name,
      type: 'place',
      country: place.country,
      kind: null,
      roles: [],
      short: [],
    };
    for (const alias of place.aliases) add(alias, entry, false);
  }
  // The world lists come last and never shadow a domain entry with the same tokens.
  const known = (form: string) => {
    const tokens = tokenize(form).map((token) => token.text);
    return (byFirstToken.get(tokens[0]?.toLowerCase() ?? '') ?? []).some((alias) => alias.tokens.join(' ') === tokens.join(' '));
  };
  const addWorld = (form: string, entry: GazetteerEntry) => {
    if (!known(form)) add(form, entry, false);
    // "The Globe and Mail" is also written without its article.
    const bare = /^The\s+(\S+\s+\S.*)$/.exec(form)?.[1];
    if (bare && !known(bare)) add(bare, entry, false);
  };
  const placeEntry = (name: string, country: string | null, kind: string): GazetteerEntry => ({
    id: `place:${slugify(name.replace(/^the\s+/i, ''))}`,
    name: name.replace(/^the\s+/, ''),
    type: 'place',
    country,
    kind,
    roles: [],
    short: [],
  });
  for (const group of ['cities', 'regions'] as const) {
    for (const [country, names] of Object.entries(worldPlacesData[group])) for (const name of names) addWorld(name, placeEntry(name, country, group === 'cities' ? 'city' : 'region'));
  }
  for (const name of worldPlacesData.world) addWorld(name, placeEntry(name, null, 'region'));
  for (const group of worldOrganizationsData.organizations) {
    for (const name of group.names) {
      addWorld(name, { id: `org:${slugify(name.replace(/^The\s+/, ''))}`, name, type: 'organization', country: group.country, kind: group.kind, roles: [], short: [] });
    }
  }
  for (const list of byFirstToken.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  cjk.sort((a, b) => b.tokens[0]!.length - a.tokens[0]!.length);

  return {
    byFirstToken,
    cjk,
    countries,
    demonym,
    lexicon: {
      titles: new Set(lexiconData.titles),
      orgHeads: new Set(lexiconData.orgHeads),
      placeHeads: new Set(lexiconData.placeHeads),
      placePrepositions: new Set(lexiconData.placePrepositions),
      notNames: new Set(lexiconData.notNames),
      firstNames: new Set([...lexiconData.firstNames, ...givenNamesData.names]),
      givenNameWords: new Set(givenNamesData.alsoWords),
      commonFirstNames: new Set(lexiconData.firstNames),
      asianSurnames: new Set(lexiconData.asianSurnames),
      cueVerbs: new Set(lexiconData.cueVerbs),
    },
  };
}

function groupEntry(name: string, country: string | null): GazetteerEntry {
  return { id: `group:${slugify(name)}`, name, type: 'person', country, kind: 'group', roles: [], short: [] };
}

/** Built once per process: the data is static and the index costs a few milliseconds. */
export const gazetteer: Gazetteer = buildGazetteer();

export function hasCjk(text: string): boolean {
  return cjkPattern.test(text);
}
