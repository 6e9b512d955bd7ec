import { gazetteer, hasCjk, type Alias, type GazetteerEntry } from './gazetteer.ts';
import { slugify, type Token } from './text.ts';
import type { EntityType } from './types.ts';

export interface EntityRecord {
  id: string;
  name: string;
  type: EntityType;
  country: string | null;
  kind: string | null;
  /** Lower-case role words from the gazetteer and from titles written next to the name. */
  roles: Set<string>;
  mentions: MentionRecord[];
  /** Forms that refer back to this entity once named ("Wang" after "Wang Yi"). */
  short: string[];
}

export interface MentionRecord {
  start: number;
  end: number;
  text: string;
  entity: EntityRecord;
  /** Index of the first token and one past the last. */
  first: number;
  last: number;
}

export interface AdjectiveRecord {
  start: number;
  end: number;
  country: string;
  first: number;
  last: number;
}

export interface DocumentEntities {
  mentions: MentionRecord[];
  adjectives: AdjectiveRecord[];
  entities: Map<string, EntityRecord>;
}

const { lexicon } = gazetteer;
const ofConnector = new Set(['of', 'for']);
const bodyConnectors = new Set(['of', 'for', 'on']);
const connectors = new Set(['of', 'for', 'de', 'da', 'van', 'von', 'der', 'den', 'al', 'bin', 'la', 'le', 'du', 'dos', 'das', 'y']);
// Heads of capitalised names that are events, periods or documents, never people.
const nonPersonHeads = new Set(['War', 'Wars', 'Cup', 'Games', 'Olympics', 'Day', 'Week', 'Year', 'Age', 'Era', 'Revolution', 'Treaty', 'Agreement', 'Accord', 'Accords', 'Act', 'Law', 'Bill', 'Prize', 'Award', 'Awards', 'Championship', 'Championships', 'Series', 'Festival', 'Summit', 'Declaration', 'Statement', 'Resolution', 'Protocol', 'Plan', 'Initiative', 'Strategy', 'Doctrine', 'Crisis', 'Talks', 'Conference', 'Show', 'Expo', 'Fair', 'Tour', 'Open', 'Briefing', 'Forum', 'Peninsula', 'Channel', 'Street', 'Online', 'Twitter', 'Facebook', 'Internet', 'Bible', 'Koran', 'Quran', 'English', 'Korean', 'Chinese', 'Japanese', 'Russian', 'Study', 'Studies', 'Survey', 'Report', 'Review', 'Index', 'Census', 'System', 'Systems', 'Gallery', 'Galleries', 'Collection', 'Collections', 'Exhibition', 'Exhibit', 'Standard', 'Standards', 'Code', 'Test', 'Trial', 'Model', 'Engine', 'Edition', 'Version', 'Album', 'Film', 'Movie', 'Book', 'Novel', 'Soup', 'Project', 'Program', 'Programme', 'Mission', 'Station', 'Network', 'Platform', 'Service', 'Scheme']);
// Role nouns kept from titles and appositions to resolve "the minister", "the spokesman".
const roleNouns = new Set(['leader', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'envoy', 'official', 'president', 'diplomat', 'ambassador', 'chairman', 'chairwoman', 'secretary', 'premier', 'negotiator', 'adviser', 'advisor', 'chief', 'director', 'general', 'commander', 'representative', 'lawmaker', 'senator', 'head', 'sister', 'counterpart', 'councilor', 'councillor', 'king', 'queen', 'mayor', 'governor', 'chancellor', 'professor', 'analyst', 'expert', 'researcher', 'scientist', 'lawyer', 'judge', 'officer', 'spokesmen', 'dictator', 'ruler']);
// Buildings and grounds named by their last word are places ("Kennedy Space Center", "Fisht
// Stadium"); with "for"/"of" after them they head a body's name ("Center for Strategic Studies").
const facilityHeads = new Set(['Complex', 'Center', 'Centre', 'Stadium', 'Arena', 'Hall', 'Hotel', 'Mosque', 'Temple', 'Cathedral', 'Shrine', 'Palace', 'Castle', 'Tower', 'Towers', 'Planetarium', 'Memorial', 'Terminal', 'Plaza', 'Mall', 'Prison', 'Cave', 'Factory']);
const ministryFunctions: Record<string, string> = {
  foreign: 'Foreign',
  'foreign affairs': 'Foreign',
  defense: 'Defense',
  defence: 'Defense',
  'national defense': 'Defense',
  'national defence': 'Defense',
  unification: 'Unification',
  finance: 'Finance',
  commerce: 'Commerce',
  trade: 'Trade',
  interior: 'Interior',
  justice: 'Justice',
  health: 'Health',
  'public security': 'Public Security',
  'state security': 'State Security',
};
// Lower-case words that follow a hyphen to make an adjective of a name ("Seoul-based", "US-led").
const compoundSuffixes = new Set(['based', 'led', 'backed', 'born', 'run', 'owned', 'made', 'style', 'era', 'type', 'like', 'free', 'wide', 'long', 'old', 'year', 'term', 'class', 'level', 'scale', 'up', 'out', 'off', 'over', 'on', 'down', 'funded', 'bound', 'linked', 'only', 'size', 'sized', 'and', 'or', 'the', 'a', 'of', 'to', 'for', 'war', 'time', 'day', 'week', 'month', 'area', 'zone', 'side', 'wing', 'state', 'held', 'armed', 'ruled', 'speaking', 'language', 'related', 'centric', 'first', 'last', 'plus', 'ish', 'esque', 'ist', 'ists', 'ism', 'ian', 'ians', 'ese', 'proof', 'ready', 'aligned', 'friendly', 'leaning', 'allied', 'brokered', 'inspired', 'themed', 'branded']);
const roleStop = new Set(['the', 'a', 'an', 'and', 'of', 'to', 'by', 'with', 'in', 'on', 'for', 'his', 'her', 'its', 'their', 's', 'who', 'which', 'said', 'told']);

// Heads of units numbered by an ordinal ("501st Legion", "7th Fleet", "2nd Infantry Division").
const unitHeads = new Set(['Legion', 'Army', 'Fleet', 'Brigade', 'Division', 'Regiment', 'Corps', 'Battalion', 'Squadron', 'Wing', 'Command', 'Group', 'Force', 'Forces', 'Guard', 'Battery', 'Flotilla']);

// Lines of business that end the name of a company's affiliate ("Samsung Heavy Industries").
const affiliateHeads = new Set(['Industries', 'Holdings', 'Securities', 'Aerospace', 'Energy', 'Steel', 'Chemical', 'Chemicals', 'Telecom', 'Shipbuilding', 'Insurance', 'Pharmaceuticals', 'Entertainment', 'Logistics', 'Motors', 'Electronics', 'Construction', 'Engineering', 'Display', 'Biologics', 'Life']);

// Heads of local governments named after their settlement ("Municipality of X").
const adminHeads = new Set(['Municipality', 'County', 'Prefecture', 'Province', 'Township', 'Borough', 'Commune', 'Comune', 'Diocese']);

// Lower-case nouns for kinds of bodies: written right before a name, they make it a body's.
const bodyKindNouns = new Set(['group', 'groups', 'party', 'parties', 'organization', 'organisation', 'organizations', 'organisations', 'company', 'companies', 'firm', 'firms', 'agency', 'newspaper', 'newspapers', 'magazine', 'magazines', 'broadcaster', 'broadcasters', 'outlet', 'band', 'bands', 'club', 'clubs', 'school', 'schools', 'charity', 'charities', 'union', 'unions', 'movement', 'militia', 'coalition', 'conglomerate', 'automaker', 'carmaker', 'carrier', 'retailer', 'publisher', 'insurer', 'bank', 'banks', 'daily', 'weekly', 'network', 'label', 'studio', 'startup', 'tank']);

// Lower-case nouns after an abbreviation that make it the name of a thing, not of a body.
const technicalNouns = new Set(['system', 'systems', 'tax', 'taxes', 'format', 'formats', 'file', 'files', 'protocol', 'standard', 'chip', 'chips', 'device', 'devices', 'code', 'version', 'versions', 'technology', 'engine', 'mode', 'interface', 'browser', 'software', 'scan', 'scans', 'test', 'tests', 'signal', 'signals', 'cable', 'port', 'drive', 'card', 'cards', 'model', 'models', 'virus', 'vaccine', 'vaccines', 'rating', 'ratings', 'score', 'scores', 'index', 'rate', 'rates']);

// Words that name a country's public service or team before the country's name ("Environment
// Canada", "Statistics Korea", "Team Estonia").
const agencyWords = new Set(['Environment', 'Statistics', 'Health', 'Parks', 'Transport', 'Fisheries', 'Infrastructure', 'Elections', 'Sport', 'Historic', 'Team']);

const directionWords = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Upper', 'Lower', 'Northeast', 'Northwest', 'Southeast', 'Southwest']);

// Title words that also head the names of bodies, programmes and documents: alone before a name
// they do not make it a person.
const weakTitles = new Set(['National', 'Security', 'Nuclear', 'Home', 'State', 'Top', 'Senior', 'First', 'Former', 'Acting', 'Special', 'Supreme', 'Executive', 'Opposition', 'Foreign', 'Defense', 'Defence', 'Interior', 'Finance', 'Trade', 'Unification', 'Vice', 'Deputy', 'Under', 'Assistant', 'Minority', 'Majority', 'Shadow', 'Crown', 'Chief', 'Head', 'Leader', 'Officer', 'Representative', 'Special', 'Emeritus', 'Whip', 'Executive', 'Chair']);

/** A word that can be part of a person's name: not an abbreviation, a lone letter or a CamelCase brand. */
function personWord(word: string): boolean {
  if (/\d/.test(word)) return false;
  if (isAcronym(word)) return false;
  return !/\p{Ll}\p{Lu}/u.test(word.replace(/^(?:Mc|Mac|O|D|De|Di|La|Le)(?=\p{Lu})/u, ''));
}

/** Capital initials of a name's words, function words aside: "Union of Rationalist Atheists" → URA. */
function initials(name: string): string {
  let out = '';
  for (const word of name.split(/[\s-]+/)) {
    if (/^(?:of|the|and|for|on|in|at|de|&)$/i.test(word)) continue;
    out += isAcronym(word) ? word : (word[0] ?? '');
  }
  return out.toUpperCase();
}

/** A named person, not a group of people ("Afghans", "Muslims"): only these speak or are "he". */
export function isIndividual(entity: { type: EntityType; kind: string | null }): boolean {
  return entity.type === 'person' && entity.kind !== 'group';
}

function isUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return /^\p{Lu}/u.test(text);
}

// Capitalised abbreviations that name no body: units, formats, post-nominals, roman numerals.
const nonOrgAcronyms = new Set(['TV', 'PC', 'AM', 'PM', 'OK', 'CEO', 'CFO', 'GMT', 'UTC', 'HTML', 'VIP', 'DNA', 'HIV', 'AIDS', 'GDP', 'ID', 'IT', 'USB', 'PDF', 'FAQ', 'DIY', 'ASAP', 'FYI', 'AI', 'VR', 'CD', 'DVD', 'GPS', 'SUV', 'POW', 'RIP', 'BC', 'AD', 'UFO', 'CPU', 'LED', 'SMS', 'URL', 'WWW', 'QC', 'SC', 'KC', 'MP', 'MPS', 'PR', 'IQ', 'HQ', 'BA', 'MA', 'MBA', 'PHD', 'KO', 'ETA', 'OMG', 'LOL', 'POTUS', 'FLOTUS', 'SCOTUS', 'COVID', 'SARS', 'MERS', 'ICBM', 'SLBM', 'IRBM', 'SRBM', 'MLRS', 'THAAD', 'CVID', 'GPA', 'CO', 'NO', 'OR', 'IF', 'AT', 'IN', 'ON', 'TO', 'BY', 'OF', 'AN', 'US']);

function organizationAcronym(word: string): boolean {
  return /^[A-Z]{2,5}$/.test(word) && !/^[IVXLCDM]+$/.test(word) && !nonOrgAcronyms.has(word);
}

function isAcronym(text: string): boolean {
  return text.length >= 2 && /^[\p{Lu}\d]+$/u.test(text) && /\p{Lu}/u.test(text);
}

function tokenMatches(aliasToken: string, token: string, afterHyphen: boolean): boolean {
  if (aliasToken.length >= 2 && isAcronym(aliasToken)) return token === aliasToken;
  if (aliasToken.toLowerCase() !== token.toLowerCase()) return false;
  if (afterHyphen) return true;
  if (isUpper(aliasToken)) return isUpper(token);
  return true;
}

/** Gap between two tokens that may sit inside one name: a space, hyphen, apostrophe or initial's dot. */
function nameGap(gap: string): boolean {
  if (gap.length === 0 || gap.length > 3) return false;
  return /^(?:[ \u00a0]|-|\.[ \u00a0]?|['’‘][ \u00a0]?|['’‘])$/.test(gap);
}

export function recognizeEntities(text: string, tokens: Token[]): DocumentEntities {
  const mentions: MentionRecord[] = [];
  const adjectives: AdjectiveRecord[] = [];
  const entities = new Map<string, EntityRecord>();
  // Entities the article names that no gazetteer entry stands for: one record per id.
  function namedRecord(id: string, name: string, type: EntityType, country: string | null, kind: string | null, short: string[] = []): EntityRecord {
    let record = entities.get(id);
    if (!record) {
      record = { id, name, type, country, kind, roles: new Set(), mentions: [], short };
      entities.set(id, record);
    }
    return record;
  }
  const shortForms = new Map<string, EntityRecord>();
  const lowerWords = new Set<string>();
  // Parts of web and newsgroup addresses ("alt.religion.scientology") are not words of the prose.
  for (const token of tokens) if (!isUpper(token.text) && !(text[token.start - 1] === '.' && /[\p{L}\d]/u.test(text[token.start - 2] ?? ''))) lowerWords.add(token.text);
  // First tokens of bodies typed by a plural noun before them ("the schools X and Y").
  const kindTyped = new Set<number>();
  // "STS-135", "IE6": an abbreviation the article numbers is a product, model or mission, no body.
  const numberedAcronyms = new Set<string>();
  for (let k = 0; k < tokens.length; k += 1) {
    const word = tokens[k]!.text;
    const stem = /^([A-Z]{2,5})\d+$/.exec(word)?.[1];
    if (stem) numberedAcronyms.add(stem);
    else if (/^[A-Z]{2,5}$/.test(word) && text[tokens[k]!.end] === '-' && /^\d/.test(tokens[k + 1]?.text ?? '') && tokens[k + 1]!.start === tokens[k]!.end + 1) numberedAcronyms.add(word);
  }
  const mentionsKorea = /Korea/.test(text);
  const bareNames = bareNameTypes(text, tokens, lowerWords);
  // People the article names in full anywhere, by surname: a caption or headline may use the
  // surname before the full name ("Braverman (left)"), and a surname that is also a place
  // ("Valeska Paris") is the person's once a given name has stood before it.
  const fullNames = new Map<string, string | null>();
  const surnameAt = new Set<number>();
  // An unknown word before a surname counts as a given name where the pair is then described as a
  // person: "Valeska Paris, an Australian woman", "X Y, 32,", "X Y said".
  const describedAsPerson = (k: number): boolean => {
    const word = tokens[k]!.text;
    if (word.length < 3 || !isUpper(word) || isAcronym(word) || !personWord(word) || lowerWords.has(word.toLowerCase()) || gazetteer.byFirstToken.has(word.toLowerCase())) return false;
    if (lexicon.notNames.has(word) || lexicon.titles.has(word) || lexicon.orgHeads.has(word) || lexicon.placeHeads.has(word) || nonPersonHeads.has(word) || directionWords.has(word)) return false;
    if (k > 0 && isUpper(tokens[k - 1]!.text) && nameGap(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return false;
    const after = tokens[k + 2];
    if (!after) return false;
    const gap = text.slice(tokens[k + 1]!.end, after.start);
    if (gap === ' ') return personAfter.has(after.text);
    if (gap !== ', ') return false;
    if (/^\d{1,2}$/.test(after.text)) return text[after.end] === ',';
    if (after.text !== 'a' && after.text !== 'an') return false;
    for (let j = k + 3; j < Math.min(tokens.length, k + 7); j += 1) {
      if (personNouns.has(tokens[j]!.text)) return true;
      if (/[,.;]/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) return false;
    }
    return false;
  };
  const describedGiven = new Set<string>();
  for (let k = 0; k + 2 < tokens.length; k += 1) if (describedAsPerson(k)) describedGiven.add(`${tokens[k]!.text} ${tokens[k + 1]!.text}`);
  for (let k = 0; k + 1 < tokens.length; k += 1) {
    const given = tokens[k]!;
    if (!lexicon.firstNames.has(given.text) && (describedGiven.size === 0 || !describedGiven.has(`${given.text} ${tokens[k + 1]!.text}`))) continue;
    const surname = tokens[k + 1]!;
    if (text.slice(given.end, surname.start) !== ' ' || !isUpper(surname.text) || !personWord(surname.text) || surname.text.length < 3) continue;
    if (lowerWords.has(surname.text.toLowerCase()) || nonPersonHeads.has(surname.text) || lexicon.orgHeads.has(surname.text) || lexicon.placeHeads.has(surname.text) || lexicon.titles.has(surname.text) || lexicon.firstNames.has(surname.text)) continue;
    const after = tokens[k + 2];
    if (after && isUpper(after.text) && nameGap(text.slice(surname.end, after.start))) continue;
    const name = `${given.text} ${surname.text}`;
    const known = fullNames.get(surname.text);
    fullNames.set(surname.text, known === undefined || known === name ? name : null);
    surnameAt.add(k + 1);
  }
  const laterPerson = (surname: string): EntityRecord | undefined => {
    const name = fullNames.get(surname);
    if (!name) return undefined;
    const id = `person:${slugify(name)}`;
    const record = namedRecord(id, name, 'person', null, null, [surname]);
    return record;
  };
  const personBySurname = (word: string): EntityRecord | undefined => {
    const known = shortForms.get(word);
    return known ?? laterPerson(word);
  };

  const recordFor = (entry: GazetteerEntry): EntityRecord => {
    let record = entities.get(entry.id);
    if (!record) {
      record = {
        id: entry.id,
        name: entry.name,
        type: entry.type,
        country: entry.country,
        kind: entry.kind,
        roles: new Set(entry.roles.flatMap((role) => [role, ...role.split(' ')])),
        mentions: [],
        short: entry.short,
      };
      entities.set(entry.id, record);
    }
    return record;
  };

  const addMention = (record: EntityRecord, first: number, last: number, end?: number, from?: number) => {
    const start = from ?? tokens[first]!.start;
    const stop = end ?? tokens[last - 1]!.end;
    const mention: MentionRecord = { start, end: stop, text: text.slice(start, stop), entity: record, first, last };
    mentions.push(mention);
    record.mentions.push(mention);
    for (const form of record.short) shortForms.set(form, record);
    if (record.type === 'person') collectRoles(record, first, last);
    return mention;
  };

  // Title words before a name and an appositive after it ("Sung Kim, US special envoy for North
  // Korea,") tell what a person is, for resolving "the envoy" later.
  const collectRoles = (record: EntityRecord, first: number, last: number) => {
    for (let k = first - 1, taken = 0; k >= 0 && taken < 5; k -= 1, taken += 1) {
      const gap = text.slice(tokens[k]!.end, tokens[k + 1]!.start);
      if (!/^[ \u00a0-]+$/.test(gap)) break;
      const word = tokens[k]!.text.toLowerCase();
      if (roleStop.has(word)) break;
      if (roleNouns.has(word)) record.roles.add(word);
    }
    if (last < tokens.length && /^,\s*$/.test(text.slice(tokens[last - 1]!.end, tokens[last]!.start))) {
      for (let k = last, taken = 0; k < tokens.length && taken < 6; k += 1, taken += 1) {
        const word = tokens[k]!.text.toLowerCase();
        if (roleNouns.has(word)) record.roles.add(word);
        if (k + 1 < tokens.length && /[,.;:()]/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) break;
      }
    }
  };

  const matchAlias = (i: number, shorterThan = Infinity): Alias | null => {
    const candidates = gazetteer.byFirstToken.get(tokens[i]!.text.toLowerCase());
    if (!candidates) return null;
    for (const alias of candidates) {
      const n = alias.tokens.length;
      if (i + n > tokens.length || n >= shorterThan) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k += 1) {
        const token = tokens[i + k]!;
        let afterHyphen = false;
        if (k > 0) {
          const gap = text.slice(tokens[i + k - 1]!.end, token.start);
          if (!nameGap(gap)) ok = false;
          afterHyphen = gap === '-';
        }
        if (ok && !tokenMatches(alias.tokens[k]!, token.text, afterHyphen)) ok = false;
      }
      if (ok) return alias;
    }
    return null;
  };

  // Country that a preceding demonym or possessive country gives to the name starting at token i
  // ("Russian Deputy Foreign Minister X", "China's Foreign Ministry").
  const countryBefore = (i: number): string | null => {
    let k = i - 1;
    while (k >= 0 && lexicon.titles.has(tokens[k]!.text) && text.slice(tokens[k]!.end, tokens[k + 1]!.start) === ' ') k -= 1;
    if (k < 0) return null;
    const adjective = adjectives.at(-1);
    if (adjective && adjective.last === k + 1 && /^\s$/.test(text.slice(adjective.end, tokens[k + 1]!.start))) {
      return adjective.country;
    }
    const previous = mentions.at(-1);
    if (previous && previous.entity.type === 'country' && /^['’]s\s$/.test(text.slice(previous.end, tokens[k + 1]!.start))) {
      return previous.entity.country;
    }
    return null;
  };

  // A sentence's first word that the article also writes in lower case.
  const sentenceInitialWord = (i: number): boolean => sentenceInitial(i) && lowerWords.has(tokens[i]!.text.toLowerCase());

  const sentenceInitial = (i: number): boolean => {
    if (i === 0) return true;
    const before = text.slice(Math.max(0, tokens[i]!.start - 4), tokens[i]!.start).replace(/[\s"“‘'([]+$/, '');
    return before === '' || /[.!?:\n]$/.test(before);
  };

  const pendingMinistries: { mention: MentionRecord; fn: string; country: string | null }[] = [];
  const nested: { entry: GazetteerEntry; first: number; last: number }[] = [];

  // Where a body's name starts when a demonym or a country's name heads it ("Indonesian Navy",
  // "New Zealand Herald"): the country stays a mention of its own.
  const startWithCountry = (first: number): number => {
    const before = tokens[first - 1];
    if (!before || !/^\.? $/.test(text.slice(before.end, tokens[first]!.start))) return tokens[first]!.start;
    const adjective = adjectives.at(-1);
    if (adjective && adjective.last === first) return adjective.start;
    const previous = mentions.at(-1);
    // Not a prefixed metonym: "pro-Beijing New People Party" is no Beijing body.
    if (previous && previous.last === first && (previous.entity.type === 'country' || previous.entity.type === 'place') && text.slice(previous.end, tokens[first]!.start) === ' ' && text[previous.start - 1] !== '-') return previous.start;
    return tokens[first]!.start;
  };

  // "U.S. Department of Agriculture", "South Korean Unification Ministry": a known body's name
  // takes in its own country or demonym written right before it, as an unknown body's name does.
  // Another country's stays apart: it says whose branch or faction it is ("Palestinian Islamic Jihad").
  const ownCountryStart = (first: number, country: string | null): number | undefined => {
    const start = startWithCountry(first);
    if (start === tokens[first]!.start || !country) return undefined;
    const adjective = adjectives.at(-1);
    const previous = mentions.at(-1);
    const before = adjective?.start === start ? adjective.country : previous?.start === start ? previous.entity.country : null;
    return before === country ? start : undefined;
  };

  const n = tokens.length;
  let i = 0;
  while (i < n) {
    const token = tokens[i]!;
    // "Environment Canada", "Statistics Korea", "Team Estonia": a public-service word or "Team"
    // before a country's name names the country's agency or team, a body of its own.
    if (agencyWords.has(token.text) && i + 1 < n && text.slice(token.end, tokens[i + 1]!.start) === ' ') {
      const country = matchAlias(i + 1);
      const last = i + 1 + (country?.tokens.length ?? 0);
      const after = tokens[last];
      if (country && !country.adjective && country.entry.type === 'country' && !(after && isUpper(after.text) && nameGap(text.slice(tokens[last - 1]!.end, after.start)))) {
        const name = text.slice(token.start, tokens[last - 1]!.end);
        const id = `org:${slugify(name)}`;
        const record = namedRecord(id, name, 'organization', country.entry.country, token.text === 'Team' ? 'team' : 'government');
        addMention(record, i, last);
        i = last;
        continue;
      }
    }
    // "the State of Texas", "the State of Israel": the state is the place itself.
    if (token.text === 'State' && tokens[i - 1]?.text === 'the' && tokens[i + 1]?.text === 'of' && /^ of $/.test(text.slice(token.end, tokens[i + 2]?.start ?? token.end))) {
      const place = matchAlias(i + 2);
      const last = i + 2 + (place?.tokens.length ?? 0);
      const after = tokens[last];
      if (place && !place.adjective && (place.entry.type === 'place' || place.entry.type === 'country') && !(after && isUpper(after.text) && nameGap(text.slice(tokens[last - 1]!.end, after.start)))) {
        addMention(recordFor(place.entry), i, last);
        i = last;
        continue;
      }
    }
    let alias = matchAlias(i);
    if (alias && alias.tokens.length === 1 && !alias.adjective && (alias.entry.type === 'country' || alias.entry.type === 'place') && !isAcronym(token.text)) {
      const person = surnameAt.has(i) && lexicon.firstNames.has(tokens[i - 1]?.text ?? '') ? undefined : personBySurname(token.text);
      if (surnameAt.has(i) || person?.type === 'person') alias = null;
    }
    if (alias) {
      const last = i + alias.tokens.length;
      let end = tokens[last - 1]!.end;
      if (alias.endsWithDot && text[end] === '.') end += 1;
      // "pro-Beijing camp", "anti-American": a stance word built on the name, not a mention of it.
      if (i > 0 && text[token.start - 1] === '-' && /^(?:pro|anti|Pro|Anti)$/.test(tokens[i - 1]!.text) && tokens[i - 1]!.end === token.start - 1) {
        i = last;
        continue;
      }
      // "Volgograd Arena", "Pyongyang Airport": a building named after its place is a place of its
      // own; the city or country stays a mention inside it.
      const head = tokens[last];
      if (!alias.adjective && (alias.entry.type === 'place' || alias.entry.type === 'country') && head && (facilityHeads.has(head.text) || head.text === 'Airport' || head.text === 'Station') && text.slice(tokens[last - 1]!.end, head.start) === ' ' && text[token.start - 1] !== '-') {
        const after = tokens[last + 1];
        if (!after || !isUpper(after.text) || !/^[ -]$/.test(text.slice(head.end, after.start))) {
          const name = text.slice(token.start, head.end);
          const id = `place:${slugify(name)}`;
          const record = namedRecord(id, name, 'place', alias.entry.country, 'facility');
          addMention(record, i, last + 1);
          const inner = recordFor(alias.entry);
          inner.mentions.push({ start: token.start, end, text: text.slice(token.start, end), entity: inner, first: i, last });
          i = last + 1;
          continue;
        }
      }
      // "Samsung Heavy Industries", "Hanwha Aerospace": a company's name before a line of business
      // names its affiliate, a body of its own.
      if (!alias.adjective && alias.entry.type === 'organization' && end === tokens[last - 1]!.end) {
        let k = last;
        while (k < n && k < last + 3 && isUpper(tokens[k]!.text) && text.slice(tokens[k - 1]!.end, tokens[k]!.start) === ' ' && !lexicon.titles.has(tokens[k]!.text)) k += 1;
        if (k > last && affiliateHeads.has(tokens[k - 1]!.text)) {
          const name = text.slice(token.start, tokens[k - 1]!.end);
          const id = `org:${slugify(name)}`;
          const record = namedRecord(id, name, 'organization', alias.entry.country, 'company');
          addMention(record, i, k);
          i = k;
          continue;
        }
      }
      if (alias.adjective) {
        adjectives.push({ start: token.start, end, country: alias.entry.country!, first: i, last });
        if (alias.group) addMention(recordFor(alias.group), i, last, end);
      } else {
        addMention(recordFor(alias.entry), i, last, end, alias.entry.type === 'person' ? titledStart(i) : alias.entry.type === 'organization' ? ownCountryStart(i, alias.entry.country) : undefined);
      }
      i = last;
      continue;
    }
    if (!isUpper(token.text)) {
      i += 1;
      continue;
    }
    // "the North" / "the South" in Korea stories.
    // "The South retaliated": the article opening the sentence is no part of a name.
    if (mentionsKorea && token.text === 'The' && /^(?:North|South)$/.test(tokens[i + 1]?.text ?? '') && text.slice(token.end, tokens[i + 1]!.start) === ' ') {
      i += 1;
      continue;
    }
    // "North and South Korea": the first compass word stands for its own Korea.
    if (mentionsKorea && (token.text === 'North' || token.text === 'South') && new RegExp(`^ and ${token.text === 'North' ? 'South' : 'North'} Korea\\b`).test(text.slice(token.end, token.end + 16))) {
      addMention(recordFor(gazetteer.countries.get(token.text === 'North' ? 'PRK' : 'KOR')!), i, i + 1);
      i += 1;
      continue;
    }
    if (mentionsKorea && (token.text === 'North' || token.text === 'South') && /\b[Tt]he\s$/.test(text.slice(Math.max(0, token.start - 4), token.start))) {
      const next = tokens[i + 1];
      if (!next || !isUpper(next.text) || /[,.;:]/.test(text.slice(token.end, next.start))) {
        addMention(recordFor(gazetteer.countries.get(token.text === 'North' ? 'PRK' : 'KOR')!), i, i + 1);
        i += 1;
        continue;
      }
    }
    // "Southern Indiana", "East Los Angeles": a compass word before a city or region names a part of it.
    if (directionWords.has(token.text) && text.slice(token.end, tokens[i + 1]?.start ?? token.end) === ' ') {
      const inner = matchAlias(i + 1);
      if (inner && !inner.adjective && inner.entry.type === 'place') {
        const last = i + 1 + inner.tokens.length;
        const after = tokens[last];
        if (!after || !isUpper(after.text) || !/^[ -]$/.test(text.slice(tokens[last - 1]!.end, after.start))) {
          const name = text.slice(token.start, tokens[last - 1]!.end);
          const id = `place:${slugify(name)}`;
          const record = namedRecord(id, name, 'place', inner.entry.country, 'region');
          addMention(record, i, last);
          i = last;
          continue;
        }
      }
    }
    // "Kennedy Space Center (KSC)": an acronym in brackets after a name is that entity's short form.
    if (text[token.start - 1] === '(' && text[token.end] === ')' && isAcronym(token.text) && !shortForms.has(token.text)) {
      const named = mentions.at(-1);
      if (named && named.end === token.start - 2 && named.entity.type !== 'country' && initials(named.text) === token.text.replace(/\d/g, '')) {
        shortForms.set(token.text, named.entity);
        addMention(named.entity, i, i + 1);
        i += 1;
        continue;
      }
    }
    const next = tokens[i + 1];
    const continuesName = next && isUpper(next.text) && nameGap(text.slice(token.end, next.start));
    const referent = continuesName ? undefined : (shortForms.get(token.text) ?? (isUpper(token.text) && !sentenceInitialWord(i) ? laterPerson(token.text) : undefined));
    if (referent) {
      addMention(referent, i, i + 1);
      i += 1;
      continue;
    }
    // A run of capitalised words (with "of", "de" … inside) that no gazetteer alias starts.
    let j = i + 1;
    while (j < n) {
      const gap = text.slice(tokens[j - 1]!.end, tokens[j]!.start);
      if (!nameGap(gap) || /['’‘]/.test(gap)) break;
      if (gap.startsWith('.') && tokens[j - 1]!.text.length > 1 && !lexicon.titles.has(tokens[j - 1]!.text)) break;
      const word = tokens[j]!.text;
      if (isUpper(word)) {
        const inside = matchAlias(j);
        // "Union of Rationalist Atheists": a group noun inside a body's name is a word of the name.
        if (inside && inside.entry.kind === 'group' && !inside.adjective) {
          j += inside.tokens.length;
          continue;
        }
        // "University of Southern Indiana": the part of a place after "of" stays in the body's name.
        if (!inside && directionWords.has(word) && ofConnector.has(tokens[j - 1]!.text) && j + 1 < n && text.slice(tokens[j]!.end, tokens[j + 1]!.start) === ' ') {
          const part = matchAlias(j + 1);
          if (part && !part.adjective && part.entry.type === 'place' && tokens.slice(i, j).some((t) => lexicon.orgHeads.has(t.text))) {
            j += 1 + part.tokens.length;
            continue;
          }
        }
        // "Party Congress", "Party Central Committee": a known body's name right after a body's
        // head word is a word of this body's name, not that body.
        if (inside && !inside.adjective && inside.entry.type === 'organization' && lexicon.orgHeads.has(tokens[j - 1]!.text) && gap === ' ' && lexicon.orgHeads.has(tokens[j + inside.tokens.length - 1]!.text)) {
          j += inside.tokens.length;
          continue;
        }
        if (inside && surnameAt.has(j) && j === i + 1) {
          j += 1;
          continue;
        }
        if (inside) {
          // "University of Texas", "Bank of Korea": a place after "of" in a body's name stays in the name.
          const linked = bodyConnectors.has(tokens[j - 1]!.text) || (tokens[j - 1]!.text === 'the' && bodyConnectors.has(tokens[j - 2]?.text ?? ''));
          if (!inside.adjective && (linked || nested.at(-1)?.last === j) && tokens.slice(i, j).some((t) => lexicon.orgHeads.has(t.text) || lexicon.placeHeads.has(t.text))) {
            nested.push({ entry: inside.entry, first: j, last: j + inside.tokens.length });
            j += inside.tokens.length;
            continue;
          }
          // "Council on American-Islamic Relations": a demonym after a body's connector is a word of its name.
          if (inside.adjective && linked && tokens.slice(i, j).some((t) => lexicon.orgHeads.has(t.text))) {
            j += inside.tokens.length;
            continue;
          }
          break;
        }
      } else if (bodyConnectors.has(word) && lexicon.orgHeads.has(tokens[j - 1]!.text) && !facilityHeads.has(tokens[j - 1]!.text) && j + 1 < n && gap === ' ') {
        // "Foundation for the Visual Arts", "Council on Foreign Relations", "Ministry of the
        // Interior": after a body's head, "for", "of" or "on" (and "the") go on with its name.
        const article = tokens[j + 1]!.text === 'the' && text.slice(tokens[j]!.end, tokens[j + 1]!.start) === ' ' ? 1 : 0;
        const after = tokens[j + 1 + article];
        if (!after || !isUpper(after.text) || text.slice(tokens[j + article]!.end, after.start) !== ' ' || lexicon.notNames.has(after.text)) break;
        if (article === 0 && connectors.has(word)) {
          j += 1;
          continue;
        }
        j += 1 + article;
        continue;
      } else if (connectors.has(word) && j + 1 < n && isUpper(tokens[j + 1]!.text) && nameGap(text.slice(tokens[j]!.end, tokens[j + 1]!.start))) {
        if (matchAlias(j + 1)?.entry.type === 'country' && word !== 'of') break;
      } else if (!hyphenatedGivenName(j, gap)) break;
      j += 1;
    }
    classifyRun(i, j);
    for (const inner of nested.splice(0)) addMention(recordFor(inner.entry), inner.first, inner.last);
    i = j;
  }

  // A person's mention takes in the capitalised title written right before the name ("President
  // Barack Obama", "Mr Key"); the entity's name stays bare.
  function titledStart(first: number): number | undefined {
    let k = first;
    while (k > 0 && lexicon.titles.has(tokens[k - 1]!.text) && isUpper(tokens[k - 1]!.text) && /^\.?[ \u00a0]$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) k -= 1;
    return k < first ? personStart(k) : undefined;
  }

  // "Lee Cheuk-yan", "Moon Jae-in": a short lower-case syllable hyphenated to a capitalised word
  // in a run of two or more is the second half of an East Asian given name, not a compound such as
  // "Seoul-based" or "Trump-era".
  function hyphenatedGivenName(j: number, gap: string): boolean {
    if (gap !== '-' || j - i < 2) return false;
    const word = tokens[j]!.text;
    if (word.length > 6 || compoundSuffixes.has(word)) return false;
    const next = tokens[j + 1];
    if (next && text.slice(tokens[j]!.end, next.start) === '-') return false;
    return isUpper(tokens[j - 1]!.text) && !lexicon.titles.has(tokens[j - 1]!.text);
  }

  function classifyRun(from: number, to: number): void {
    let first = from;
    let last = to;
    while (first < last && (lexicon.notNames.has(tokens[first]!.text) || (first === from && sentenceInitial(first) && lowerWords.has(tokens[first]!.text.toLowerCase())))) first += 1;
    // A function word or caption label inside a run ends one name ("… of DAB In the", "Belle Image").
    for (let k = first + 1; k < last; k += 1) {
      if (!lexicon.notNames.has(tokens[k]!.text)) continue;
      // "Make-A-Wish": a word hyphenated on both sides is inside one name.
      if (text[tokens[k]!.start - 1] === '-' && text[tokens[k]!.end] === '-') continue;
      classifyRun(first, k);
      classifyRun(k + 1, last);
      return;
    }
    while (last > first && connectors.has(tokens[last - 1]!.text)) last -= 1;
    if (first >= last) return;
    // "Leung Kwok-hung of LSD", "Ann Lee of Civic Party": a person and the body after "of" are two
    // names; the person's mention takes the body in afterwards (joinPersonAndBody).
    if (lexicon.firstNames.has(tokens[first]!.text) || lexicon.asianSurnames.has(tokens[first]!.text) || (first + 2 < last && text[tokens[first + 1]!.end] === '-' && !isUpper(tokens[first + 2]!.text))) {
      for (let k = first + 2; k < Math.min(last - 1, first + 4); k += 1) {
        if (tokens[k]!.text !== 'of') continue;
        const body = tokens.slice(k + 1, last);
        if (!(body.every((t) => isAcronym(t.text)) || lexicon.orgHeads.has(body.at(-1)!.text))) break;
        classifyRun(first, k);
        classifyRun(k + 1, last);
        return;
      }
    }
    // "Lydia Smith for Food Standards Australia": a given name and surname end at "for".
    if (lexicon.firstNames.has(tokens[first]!.text)) {
      for (let k = first + 2; k < Math.min(last, first + 4); k += 1) {
        if (tokens[k]!.text !== 'for' || lexicon.orgHeads.has(tokens[k - 1]!.text)) continue;
        classifyRun(first, k);
        classifyRun(k + 1, last);
        return;
      }
    }
    // "Refugee Council Enver Solomon", "University of Texas Arlington Amneh Jafari": a given name
    // and surname ending a body's name are the person the body's name stands before.
    for (let k = last - 2; k >= Math.max(first + 2, last - 3); k -= 1) {
      if (!lexicon.firstNames.has(tokens[k]!.text) || !tokens.slice(first, k).some((t) => lexicon.orgHeads.has(t.text))) continue;
      if (!tokens.slice(k + 1, last).every((t) => personWord(t.text) && !lexicon.orgHeads.has(t.text) && !lexicon.placeHeads.has(t.text) && !facilityHeads.has(t.text))) break;
      if (!connectors.has(tokens[k - 1]!.text)) {
        classifyRun(first, k);
        classifyRun(k, last);
        return;
      }
    }
    // "Foreign Ministry Spokesperson": the body ends at its head; the titles after it describe a person.
    for (let h = last - 2; h >= first; h -= 1) {
      if (!lexicon.orgHeads.has(tokens[h]!.text)) continue;
      if (tokens.slice(h + 1, last).every((t) => lexicon.titles.has(t.text))) last = h + 1;
      break;
    }
    // "Foreign Ministry", "Ministry of Foreign Affairs": whose ministry is settled after the pass.
    const fullName = text.slice(tokens[first]!.start, tokens[last - 1]!.end);
    const ministry = /^(?:(.+) Ministry|Ministry of (?:the )?(.+))$/.exec(fullName);
    const fn = ministry && ministryFunctions[(ministry[1] ?? ministry[2] ?? '').toLowerCase()];
    if (fn) {
      const country = countryBefore(first);
      const name = fullName;
      const record: EntityRecord = { id: '', name, type: 'organization', country, kind: 'government', roles: new Set(), mentions: [], short: [] };
      const start = startWithCountry(first);
      const mention: MentionRecord = { start, end: tokens[last - 1]!.end, text: text.slice(start, tokens[last - 1]!.end), entity: record, first, last };
      mentions.push(mention);
      pendingMinistries.push({ mention, fn, country });
      return;
    }
    // Honorifics the function-word filter dropped ("Mr", "Dr") still head the mention.
    let extent = first;
    while (extent > from && lexicon.titles.has(tokens[extent - 1]!.text) && /^\.?[ \u00a0]$/.test(text.slice(tokens[extent - 1]!.end, tokens[extent]!.start))) extent -= 1;
    // Bodies and places keep title-like words: "Supreme Court", "National Science Foundation".
    const bodyType = bodyOrPlace(nameWords(first, last));
    if (bodyType) {
      addNamed(bodyType, first, last, nameWords(first, last), false);
      return;
    }
    const titleStart = first;
    while (first < last && lexicon.titles.has(tokens[first]!.text)) first += 1;
    // "Minister of Education Stefania Giannini": the portfolio after a title belongs to the title.
    if (first > titleStart && last - first > 2 && ofConnector.has(tokens[first]!.text) && isUpper(tokens[first + 1]!.text)) {
      first += 2;
      while (first < last && (lexicon.titles.has(tokens[first]!.text) || tokens[first]!.text === 'Affairs')) first += 1;
    }
    // Words such as "National" or "Home" head titles but also the names of things ("National
    // Nutrition Study"): only a run with a title that names a person's office is a titled person.
    let titled = extent < titleStart;
    for (let k = titleStart; k < first && !titled; k += 1) if (!weakTitles.has(tokens[k]!.text)) titled = true;
    if (!titled && first > titleStart && first < last) first = titleStart;
    if (first >= last) return;
    // "the Secretary of State": an office with its portfolio and no name is no place or body;
    // with a name after it ("Minister of Education Stefania Giannini" opening a sentence) the name
    // is the person's.
    if (titled && connectors.has(tokens[first]!.text)) {
      if (last - first <= 2) return;
      first += 2;
    }
    addNamed(null, first, last, nameWords(first, last), titled, titled ? personStart(extent) : undefined);
  }

  /** Words of a name, with a hyphenated lower-case syllable kept on its word ("Cheuk-yan"). */
  function nameWords(first: number, last: number): string[] {
    const words: string[] = [];
    for (let k = first; k < last; k += 1) {
      const word = tokens[k]!.text;
      if (k > first && !isUpper(word) && text.slice(tokens[k - 1]!.end, tokens[k]!.start) === '-') words[words.length - 1] += `-${word}`;
      else words.push(word);
    }
    return words;
  }

  // The head of a name is its last word, or the word before "of"/"for" ("Museum of Flight").
  function bodyOrPlace(words: string[]): EntityType | null {
    if (words.length < 2) return null;
    const connector = words.findIndex((word, k) => k > 0 && ofConnector.has(word));
    const head = words[connector > 0 ? connector - 1 : words.length - 1]!;
    if (lexicon.placeHeads.has(head) && !lexicon.titles.has(words[0]!)) return 'place';
    if (connector < 0 && facilityHeads.has(head)) return 'place';
    if (words.some((word) => lexicon.orgHeads.has(word))) return 'organization';
    return null;
  }

  // Where a titled person's mention starts: at the title, or at the country or body that heads it
  // ("US President Barack Obama", "NASA Administrator Charles Bolden").
  function personStart(extent: number): number {
    const previous = mentions.at(-1);
    if (previous && previous.last === extent && previous.entity.type !== 'person' && previous.entity.type !== 'place' && text.slice(previous.end, tokens[extent]!.start) === ' ' && text[previous.start - 1] !== '-') return previous.start;
    const adjective = adjectives.at(-1);
    if (adjective && adjective.last === extent && text.slice(adjective.end, tokens[extent]!.start) === ' ') return adjective.start;
    return tokens[extent]!.start;
  }

  function addNamed(fixed: EntityType | null, first: number, last: number, words: string[], titled: boolean, from?: number): void {
    const country = countryBefore(first);
    // "President Trump" after "Donald Trump": the surname refers back.
    const referent = words.length === 1 ? shortForms.get(words[0]!) : undefined;
    if (referent && !fixed) {
      addMention(referent, first, last, undefined, from);
      return;
    }
    // "told the group Kim had left": a family or common given name after the noun stays a person.
    const personName = lexicon.asianSurnames.has(words[0]!) || lexicon.commonFirstNames.has(words[0]!) || personBySurname(words[0]!)?.type === 'person';
    const kind = titled || personName ? null : kindBefore(first);
    const type = kind ?? fixed ?? classify(words, first, last, titled);
    if (!type) return;
    // "the 501st Legion", "the 7th Fleet": an ordinal before a body's name is part of it.
    if (type === 'organization' && unitHeads.has(tokens[last - 1]!.text) && first > 0 && /^\d+(?:st|nd|rd|th)$/.test(tokens[first - 1]!.text) && text.slice(tokens[first - 1]!.end, tokens[first]!.start) === ' ') first -= 1;
    const name = text.slice(tokens[first]!.start, tokens[last - 1]!.end);
    // "Warhol Polaroids", "Trump Tower" aside, a known person's surname heading other capitalised
    // words names a thing of theirs, not a new person: the surname alone is the mention.
    const owner = type === 'person' && !titled && words.length === 2 && !lexicon.asianSurnames.has(words[0]!) && !words[1]!.includes('-') ? personBySurname(words[0]!) : undefined;
    if (owner && owner.type === 'person' && owner.name !== name && owner.name.endsWith(` ${words[0]}`)) {
      addMention(owner, first, first + 1);
      return;
    }
    let record: EntityRecord;
    const id = `${type === 'organization' ? 'org' : type}:${slugify(name)}`;
    const existing = entities.get(id);
    if (existing) record = existing;
    else {
      const short: string[] = [];
      if (type === 'person' && words.length >= 2) {
        // "Lee Cheuk-yan", "Moon Jae-in": the family name comes first.
        if (!/-\p{Ll}/u.test(words.at(-1)!)) short.push(words.at(-1)!);
        if (lexicon.asianSurnames.has(words[0]!) || /-\p{Ll}/u.test(words.at(-1)!)) short.push(words[0]!);
        // A known given name alone later ("Ahmed" after "Ahmed Mohamed") is the same person.
        else if (lexicon.firstNames.has(words[0]!)) short.push(words[0]!);
      }
      record = { id, name, type, country, kind: null, roles: new Set(), mentions: [], short };
      entities.set(id, record);
    }
    addMention(record, first, last, undefined, type === 'organization' ? startWithCountry(first) : from);
  }

  // Product and format names ("PlayStation VR", "Windows XP", "Protected B") are not people; the
  // words after "of" ("Gary Chan of DAB") are not the person's own.
  function personTokens(first: number, last: number): boolean {
    for (let k = first; k < last; k += 1) {
      const word = tokens[k]!.text;
      if (connectors.has(word)) return true;
      if (word.length === 1 ? text[tokens[k]!.end] !== '.' : !personWord(word)) return false;
    }
    return true;
  }

  // "the magazine MicroMega", "localist group Youngspiration", "the religious schools Santo
  // Spirito and Immacolata": a lower-case noun for a kind of body right before a name types it.
  function kindBefore(first: number): EntityType | null {
    const before = tokens[first - 1];
    if (!before || text.slice(before.end, tokens[first]!.start) !== ' ') return null;
    if (bodyKindNouns.has(before.text)) {
      if (before.text.endsWith('s')) kindTyped.add(first);
      return 'organization';
    }
    // The second of two names after a plural noun: "schools X and Y".
    if (before.text !== 'and') return null;
    const previous = mentions.at(-1);
    if (!previous || previous.last !== first - 1 || previous.entity.type !== 'organization' || !kindTyped.has(previous.first)) return null;
    return 'organization';
  }

  // An abbreviation the article numbers ("STS-135", "IE6"), one before a currency sign ("NZ $")
  // or one naming a technical thing ("the IMU system") is no body.
  function technicalAcronym(k: number): boolean {
    const token = tokens[k]!;
    if (numberedAcronyms.has(token.text)) return true;
    const gap = text.slice(token.end, token.end + 2);
    if (/^ ?\$/.test(gap)) return true;
    const next = tokens[k + 1];
    return !!next && text.slice(token.end, next.start) === ' ' && technicalNouns.has(next.text);
  }

  function classify(words: string[], first: number, last: number, titled: boolean): EntityType | null {
    const head = words.at(-1)!;
    if (words.some((word) => lexicon.orgHeads.has(word))) return 'organization';
    if (words.length > 1 && words.every((word) => isAcronym(word))) return null;
    if (words.length > 1 && lexicon.placeHeads.has(head)) return 'place';
    // "the Pacific Northwest", "the Deep South": a region named by its compass word.
    if (words.length > 1 && directionWords.has(head) && !directionWords.has(words[0]!) && tokens[first - 1]?.text === 'the' && !lexicon.firstNames.has(words[0]!)) return 'place';
    if (words.length === 1 && isAcronym(head)) return organizationAcronym(head) && !technicalAcronym(first) ? 'organization' : null;
    if (titled) return 'person';
    if (words.length >= 2 && lexicon.firstNames.has(words[0]!)) return 'person';
    // "Grace Park" but not "Art Gallery": a given name that is also a word needs name-like words after it.
    if (words.length >= 2 && words.length <= 3 && lexicon.givenNameWords.has(words[0]!) && personTokens(first, last) && !nonPersonHeads.has(head) && !words.some((word) => lowerWords.has(word.toLowerCase()))) return 'person';
    if (words.length >= 2 && words.length <= 3 && lexicon.asianSurnames.has(words[0]!) && /-/.test(text.slice(tokens[first]!.start, tokens[last - 1]!.end))) return 'person';
    // A known given name alone is a person even after "to" or "from".
    if (words.length === 1 && lexicon.firstNames.has(head)) return 'person';
    // An unknown word the article uses as a name throughout, typed by its contexts (bareNameTypes).
    const bare = words.length === 1 ? bareNames.get(head) : undefined;
    if (bare) return bare;
    const before = tokens[first - 1];
    // "the town of Yeoncheon", "Gangwon province of X": a settlement's or region's noun before "of".
    if (words.length === 1 && before?.text === 'of' && placeNouns.has(tokens[first - 2]?.text ?? '') && text.slice(before.end, tokens[first]!.start) === ' ') return 'place';
    const prepositionBefore = before && lexicon.placePrepositions.has(before.text) && /^\s+(?:the\s+)?$/.test(text.slice(before.end, tokens[first]!.start));
    if (prepositionBefore) return 'place';
    const after = tokens[last];
    const saidAfter = after && /^(?:said|says|told|added|stated|wrote|explained)$/.test(after.text);
    if (words.length >= 2 && words.length <= 4) {
      if (lowerWords.has(head.toLowerCase()) || nonPersonHeads.has(head)) return null;
      if (!personTokens(first, last) || words.some((word) => ofConnector.has(word))) return null;
      // A word the article also writes in lower case is an ordinary word, not part of a name.
      if (words.some((word) => !connectors.has(word) && lowerWords.has(word.toLowerCase()))) return null;
      return 'person';
    }
    if (words.length === 1 && saidAfter) return 'person';
    return null;
  }

  resolveMinistries(text, pendingMinistries, mentions, namedRecord);
  addNestedNames();

  // A body or building named after a place or a person ("Toronto Star", "Andy Warhol Foundation",
  // "Volgograd Arena") mentions that place or person too. The inner mention goes to the entity's
  // own list only, so quotes, events and relevance still see one mention per span.
  function addNestedNames(): void {
    const taken = new Set(mentions.map((m) => m.start));
    for (const outer of [...mentions]) {
      const type = outer.entity.type;
      if ((type !== 'organization' && type !== 'place') || outer.first < 0 || outer.last - outer.first < 2) continue;
      const first = outer.first;
      if (type === 'organization') placesAfterOf(outer);
      const alias = matchAlias(first, outer.last - first);
      if (alias) {
        const kind = alias.entry.type;
        if (alias.adjective || (kind !== 'country' && kind !== 'place') || alias.tokens.length >= outer.last - first || alias.entry.id === outer.entity.id) continue;
        if (taken.has(tokens[first]!.start) && outer.start !== tokens[first]!.start) continue;
        // "Washington D.C.": initials after a city's name complete it, they name nothing inside it.
        if (tokens.slice(first + alias.tokens.length, outer.last).every((t) => t.text.length === 1)) continue;
        nestedMention(recordFor(alias.entry), first, first + alias.tokens.length);
        continue;
      }
      const word = tokens[first]!.text;
      const second = tokens[first + 1]!;
      if (lexicon.firstNames.has(word) && outer.last - first > 2 && isUpper(second.text) && text.slice(tokens[first]!.end, second.start) === ' ' && personWord(second.text) && !lexicon.orgHeads.has(second.text) && !facilityHeads.has(second.text) && !lexicon.placeHeads.has(second.text) && !lowerWords.has(second.text.toLowerCase())) {
        const name = `${word} ${second.text}`;
        const id = `person:${slugify(name)}`;
        // "Kennedy Space Center": a rarer given name heads a body's name as a person only when
        // the article names that person elsewhere.
        if (!lexicon.commonFirstNames.has(word) && !entities.get(id)?.mentions.length) continue;
        const record = namedRecord(id, name, 'person', null, null, [second.text]);
        nestedMention(record, first, first + 2);
        continue;
      }
      const person = personBySurname(word);
      if (person?.type === 'person' && person.kind !== 'group' && person !== outer.entity) nestedMention(person, first, first + 1);
    }
  }

  // "University of Southern Indiana", "Municipality of Carrana": the part of a place or the
  // settlement after "of" in a body's name is a place mentioned inside it.
  function placesAfterOf(outer: MentionRecord): void {
    for (let k = outer.first + 1; k + 1 < outer.last; k += 1) {
      if (tokens[k]!.text !== 'of') continue;
      const word = tokens[k + 1]!;
      if (directionWords.has(word.text)) {
        const part = matchAlias(k + 2);
        if (!part || part.adjective || part.entry.type !== 'place' || k + 2 + part.tokens.length !== outer.last) continue;
        const name = text.slice(word.start, tokens[outer.last - 1]!.end);
        nestedMention(placeRecord(name, part.entry.country, 'region'), k + 1, outer.last);
      } else if (adminHeads.has(tokens[k - 1]!.text) && k + 2 === outer.last && !matchAlias(k + 1) && personWord(word.text) && !lexicon.orgHeads.has(word.text)) {
        nestedMention(placeRecord(word.text, outer.entity.country, 'city'), k + 1, k + 2);
      }
    }
  }

  function placeRecord(name: string, country: string | null, kind: string): EntityRecord {
    return namedRecord(`place:${slugify(name)}`, name, 'place', country, kind);
  }

  function nestedMention(record: EntityRecord, first: number, last: number): void {
    const start = tokens[first]!.start;
    const end = tokens[last - 1]!.end;
    if (record.mentions.some((m) => m.start === start && m.end === end)) return;
    record.mentions.push({ start, end, text: text.slice(start, end), entity: record, first, last });
  }

  if (hasCjk(text)) addCjkMentions(text, mentions, recordFor);
  mentions.sort((a, b) => a.start - b.start);
  joinCityAndRegion(text, mentions);
  joinPersonAndBody(text, mentions);
  joinOwnerAndPerson(text, mentions);
  takePostNominals(text, mentions);
  for (const record of entities.values()) record.mentions.sort((a, b) => a.start - b.start);
  return { mentions, adjectives, entities };
}

// Words next to a bare name that tell what it names: "Scientology officials", "members of
// Scientology", "Gloria said", "the town of Yeoncheon".
const bodyAfter = new Set(['official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'attorney', 'attorneys', 'lawyer', 'lawyers', 'member', 'members', 'leader', 'leaders', 'leadership', 'headquarters', 'executive', 'executives', 'staff', 'employees', 'founder', 'website', 'homepage', 'chairman', 'president', 'board', 'management', 'shareholders', 'statement', 'officers', 'representatives', 'delegation']);
const bodyBefore = new Set(['members of', 'member of', 'critics of', 'critic of', 'leader of', 'leaders of', 'head of', 'founder of', 'spokesman for', 'spokeswoman for', 'spokesperson for', 'attorney for', 'lawyer for', 'within', 'joined', 'quit']);
const placeBefore = new Set(['town of', 'city of', 'village of', 'county of', 'province of', 'region of', 'state of', 'island of', 'capital of', 'district of', 'in', 'near', 'outside', 'across', 'across the', 'flew to', 'travelled to', 'traveled to', 'arrived in', 'visited']);
const personAfter = new Set(['said', 'says', 'told', 'added', 'explained', 'wrote', 'recalled', 'died', 'was born', 'who']);
const placeNouns = new Set(['town', 'city', 'village', 'county', 'province', 'prefecture', 'region', 'state', 'island', 'port', 'district', 'township', 'suburb', 'municipality']);
const personNouns = new Set(['woman', 'man', 'girl', 'boy', 'teenager', 'student', 'resident', 'mother', 'father', 'wife', 'husband', 'widow', 'citizen', 'national', 'activist', 'defector', 'refugee', 'worker', 'veteran', 'member', 'writer', 'journalist', 'lawyer', 'doctor', 'farmer', 'soldier', 'businessman', 'businesswoman', 'singer', 'actor', 'actress', 'artist', 'player']);
const kinNouns = new Set(['mother', 'father', 'parents', 'husband', 'wife', 'son', 'daughter', 'sister', 'brother', 'family', 'death', 'birth', 'lawyer', 'friends', 'children']);

/**
 * A capitalised word no list knows that the article writes at least twice, never in lower case and
 * not only at sentence starts, is a name by its distribution ("Scientology", "Gloria"). Its type is
 * the one its contexts vote for over the whole article: a given name that is also a word is a
 * person; otherwise words around it ("Scientology officials", "members of X", "X said", "the town
 * of X") decide; without a clear vote the
 * word stays unnamed. One pass over the tokens with set lookups.
 */
function bareNameTypes(text: string, tokens: Token[], lowerWords: Set<string>): Map<string, EntityType> {
  const stats = new Map<string, { count: number; inside: number; person: number; organization: number; place: number }>();
  const lower = (k: number) => tokens[k]?.text.toLowerCase() ?? '';
  for (let k = 0; k < tokens.length; k += 1) {
    const word = tokens[k]!.text;
    if (word.length < 3 || !isUpper(word) || isAcronym(word) || lowerWords.has(word.toLowerCase())) continue;
    if (lexicon.notNames.has(word) || lexicon.titles.has(word) || lexicon.orgHeads.has(word) || lexicon.placeHeads.has(word) || lexicon.firstNames.has(word) || nonPersonHeads.has(word) || directionWords.has(word) || connectors.has(word)) continue;
    if (gazetteer.byFirstToken.has(word.toLowerCase()) || !personWord(word) || roleNouns.has(word.toLowerCase()) || word === 'Doctor') continue;
    let entry = stats.get(word);
    if (!entry) {
      entry = { count: 0, inside: 0, person: 0, organization: 0, place: 0 };
      stats.set(word, entry);
    }
    entry.count += 1;
    const start = tokens[k]!.start;
    const before = text.slice(Math.max(0, start - 4), start).replace(/[\s"“‘'([]+$/, '');
    if (!(k === 0 || before === '' || /[.!?:\n]$/.test(before))) entry.inside += 1;
    const gapBefore = k > 0 ? text.slice(tokens[k - 1]!.end, start) : '';
    const gapAfter = k + 1 < tokens.length ? text.slice(tokens[k]!.end, tokens[k + 1]!.start) : '';
    const next = lower(k + 1);
    const plain = /^ (?:the )?$/;
    if (gapAfter === ' ' && bodyAfter.has(next)) entry.organization += 1;
    if (gapAfter === ' ' && personAfter.has(next)) entry.person += 1;
    if (/^['’]$/.test(gapAfter) && next === 's' && kinNouns.has(lower(k + 2))) entry.person += 1;
    if (/^, $/.test(gapAfter) && /^\d{1,2}$/.test(tokens[k + 1]?.text ?? '') && text[tokens[k + 1]!.end] === ',') entry.person += 1;
    if (k > 0 && plain.test(gapBefore)) {
      const one = lower(k - 1);
      const two = k > 1 && text.slice(tokens[k - 2]!.end, tokens[k - 1]!.start) === ' ' ? `${lower(k - 2)} ${one}` : '';
      if (bodyBefore.has(one) || bodyBefore.has(two)) entry.organization += 1;
      if (placeBefore.has(one) || placeBefore.has(two)) entry.place += 1;
    }
  }
  const types = new Map<string, EntityType>();
  for (const [word, { count, inside, person, organization, place }] of stats) {
    if (count < 2 || inside < 1) continue;
    if (lexicon.givenNameWords.has(word)) {
      types.set(word, 'person');
      continue;
    }
    const best = Math.max(person, organization, place);
    if (best < 2) continue;
    const winners = [person, organization, place].filter((v) => v === best).length;
    if (winners > 1) continue;
    types.set(word, best === person ? 'person' : best === organization ? 'organization' : 'place');
  }
  return types;
}

/**
 * "Irving, Texas", "Aceh, Indonesia": a city followed by its region or country is one place
 * mention of the city; the region or country keeps its own mention.
 */
function joinCityAndRegion(text: string, mentions: MentionRecord[]): void {
  for (let k = 0; k + 1 < mentions.length; k += 1) {
    const city = mentions[k]!;
    const region = mentions[k + 1]!;
    if (city.entity.type !== 'place' || city.entity.kind === 'region') continue;
    if (!(region.entity.type === 'country' || (region.entity.type === 'place' && region.entity.kind === 'region'))) continue;
    if (text.slice(city.end, region.start) !== ', ') continue;
    city.end = region.end;
    city.text = text.slice(city.start, city.end);
  }
}

/**
 * "Claudia Mo of the Civic Party", "Matthew Ingram of The Globe and Mail": a person's mention takes
 * in the body named right after "of" or "from", as it takes in a title before the name; the body
 * keeps its own mention.
 */
function joinPersonAndBody(text: string, mentions: MentionRecord[]): void {
  for (let k = 0; k + 1 < mentions.length; k += 1) {
    const person = mentions[k]!;
    if (!isIndividual(person.entity)) continue;
    let body = mentions[k + 1]!;
    // A place nested at the body's end ("University of Texas") sorts after it.
    if (body.start < person.end) continue;
    if (body.entity.type !== 'organization') continue;
    if (!/^,? (?:of|from) (?:the |The )?$/.test(text.slice(person.end, body.start)) || text[person.end] === ',') continue;
    for (let j = k + 2; j < mentions.length && mentions[j]!.start < body.end; j += 1) if (mentions[j]!.end > body.end) body = mentions[j]!;
    person.end = body.end;
    person.text = text.slice(person.start, person.end);
  }
}

/**
 * "Civic Party's Jeremy Tam", "New Zealand's Prime Minister John Key": a person's mention takes in
 * the body or country written before it with a possessive, as it takes in a title; the body or
 * country keeps its own mention.
 */
function joinOwnerAndPerson(text: string, mentions: MentionRecord[]): void {
  for (let k = 1; k < mentions.length; k += 1) {
    const person = mentions[k]!;
    if (!isIndividual(person.entity) && person.entity.type !== 'organization') continue;
    const owner = mentions[k - 1]!;
    if (owner.entity.type !== 'organization' && owner.entity.type !== 'country') continue;
    if (person.entity.type === 'organization' && owner.entity.type !== 'country') continue;
    if (!/^['’]s $/.test(text.slice(owner.end, person.start))) continue;
    person.start = owner.start;
    person.text = text.slice(person.start, person.end);
  }
}

/**
 * "Mark Holt, QC, said", "John Ames Jr.": a post-nominal after a person's name is part of the
 * person's mention.
 */
function takePostNominals(text: string, mentions: MentionRecord[]): void {
  for (const mention of mentions) {
    if (!isIndividual(mention.entity)) continue;
    if (/ (?:Jr|Sr)$/.test(mention.text) && text[mention.end] === '.') {
      mention.end += 1;
      mention.text = text.slice(mention.start, mention.end);
      continue;
    }
    const after = /^(?:,? (?:Jr|Sr)\.?|, (?:QC|KC|SC|OBE|CBE|MBE|KBE|MP|MEP|MSP))(?=[,.;:)]|$)/.exec(text.slice(mention.end, mention.end + 6));
    if (!after) continue;
    mention.end += after[0].length;
    mention.text = text.slice(mention.start, mention.end);
  }
}

function resolveMinistries(
  text: string,
  pending: { mention: MentionRecord; fn: string; country: string | null }[],
  mentions: MentionRecord[],
  namedRecord: (id: string, name: string, type: EntityType, country: string | null, kind: string | null) => EntityRecord,
): void {
  // A ministry's country comes from a demonym before it, else from the spokesman or minister named
  // right after it, else from the nearest ministry of the same function in the article.
  for (const item of pending) {
    if (item.country) continue;
    // The person's mention may begin at the ministry itself ("Foreign Ministry Spokesperson Lu Kang").
    const after = mentions.find(
      (m) => m.start >= item.mention.start && m.end > item.mention.end && m.end - item.mention.end < 60 && isIndividual(m.entity) && m.entity.country,
    );
    if (after && !/[.;]/.test(text.slice(item.mention.end, after.end))) item.country = after.entity.country;
  }
  for (const [index, item] of pending.entries()) {
    if (item.country) continue;
    for (let d = 1; d < pending.length && !item.country; d += 1) {
      const before = pending[index - d];
      const later = pending[index + d];
      if (before?.fn === item.fn && before.country) item.country = before.country;
      else if (later?.fn === item.fn && later.country) item.country = later.country;
    }
  }
  for (const item of pending) {
    const { mention, fn, country } = item;
    let id: string;
    let name: string;
    if (fn === 'Foreign' && country === 'USA') {
      id = 'org:state-department';
      name = 'US State Department';
    } else if (fn === 'Unification' && (country === 'KOR' || !country)) {
      id = 'org:unification-ministry';
      name = 'Ministry of Unification';
    } else if (country) {
      id = `org:${slugify(fn)}-ministry-${country.toLowerCase()}`;
      name = `${gazetteer.demonym.get(country) ?? country} ${fn} Ministry`;
    } else {
      id = `org:${slugify(fn)}-ministry`;
      name = `${fn} Ministry`;
    }
    const record = namedRecord(id, name, 'organization', country, 'government');
    mention.entity = record;
    record.mentions.push(mention);
  }
}

function addCjkMentions(text: string, mentions: MentionRecord[], recordFor: (entry: GazetteerEntry) => EntityRecord): void {
  const taken: [number, number][] = mentions.map((m) => [m.start, m.end]);
  for (const alias of gazetteer.cjk) {
    const form = alias.tokens[0]!;
    let at = text.indexOf(form);
    while (at >= 0) {
      const end = at + form.length;
      if (!taken.some(([s, e]) => at < e && end > s)) {
        taken.push([at, end]);
        if (!alias.adjective) {
          const record = recordFor(alias.entry);
          const mention: MentionRecord = { start: at, end, text: form, entity: record, first: -1, last: -1 };
          mentions.push(mention);
          record.mentions.push(mention);
        }
      }
      at = text.indexOf(form, end);
    }
  }
}
