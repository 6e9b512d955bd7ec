import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

function entities(paragraphs: string[]) {
  return extractFacts({ title: null, paragraphs, publishedAt: null }).entities;
}

describe('entities', () => {
  it('maps every romanisation and script of a name to one id', () => {
    const found = entities(['Kim Jong-un met Kim Jong Un. 김정은 and 金正恩 are the same man.']);
    expect(found.filter((e) => e.id === 'person:kim-jong-un').flatMap((e) => e.mentions.map((m) => m.text))).toEqual([
      'Kim Jong-un', 'Kim Jong Un', '김정은', '金正恩',
    ]);
  });

  it('matches acronyms case-sensitively', () => {
    const found = entities(['The US told us that the UN would act.']);
    expect(found.map((e) => [e.id, e.mentions.map((m) => m.text)])).toEqual([
      ['country:USA', ['US']],
      ['org:united-nations', ['UN']],
    ]);
  });

  it('turns capitals and metonyms into countries with alpha-3 codes', () => {
    const found = entities(['Pyongyang and Seoul traded fire while Beijing, Washington, Tokyo and Moscow watched.']);
    expect(found.map((e) => e.country)).toEqual(['PRK', 'KOR', 'CHN', 'USA', 'JPN', 'RUS']);
    expect(found.every((e) => e.type === 'country')).toBe(true);
  });

  it('finds unknown people from titles and resolves their surname later', () => {
    const found = entities(['Russian Deputy Foreign Minister Gennady Gatilov arrived. Gatilov said little.']);
    // The name stays bare; the first mention's extent takes in the demonym and title that head it.
    expect(found.find((e) => e.id === 'person:gennady-gatilov')).toMatchObject({
      name: 'Gennady Gatilov', type: 'person', country: 'RUS',
      mentions: [{ text: 'Russian Deputy Foreign Minister Gennady Gatilov' }, { text: 'Gatilov' }],
    });
  });

  it('gives function-named ministries the country of their demonym or spokesperson', () => {
    const found = entities(['The Japanese Foreign Ministry protested.', 'Defense Ministry spokesman Wu Qian spoke for China.']);
    expect(found.map((e) => e.id)).toContain('org:foreign-ministry-jpn');
    expect(found.find((e) => e.id === 'org:defense-ministry')).toBeDefined();
  });

  it('finds places of the peninsula', () => {
    const found = entities(['Troops at Panmunjom in the DMZ watched Yongbyon, Punggye-ri and Kaesong.']);
    expect(found.map((e) => e.id)).toEqual([
      'place:panmunjom', 'place:dmz', 'place:yongbyon', 'place:punggye-ri', 'place:kaesong',
    ]);
  });

  it('types well-known companies, regions and cities from the world lists', () => {
    const found = entities(['Engineers from Toyota met officials in Ontario and Bavaria.']);
    expect(found.map((e) => [e.name, e.type, e.country])).toEqual([
      ['Toyota', 'organization', 'JPN'],
      ['Ontario', 'place', 'CAN'],
      ['Bavaria', 'place', 'DEU'],
    ]);
  });

  it('keeps a place after "of" inside a body\'s name, and the place as a mention of its own', () => {
    const found = entities(['He teaches at the University of Florida Tampa campus.']);
    expect(found.map((e) => [e.type, e.mentions.map((m) => m.text)])).toEqual([
      ['organization', ['University of Florida Tampa']],
      ['place', ['Florida']],
      ['place', ['Tampa']],
    ]);
  });

  it('lets a demonym or country name head a body\'s name', () => {
    const found = entities(['The Peruvian Navy and the Kenya Broadcasting Corporation disagreed.']);
    const texts = found.flatMap((e) => e.mentions.map((m) => [e.type, m.text]));
    expect(texts).toContainEqual(['organization', 'Peruvian Navy']);
    expect(texts).toContainEqual(['organization', 'Kenya Broadcasting Corporation']);
    expect(texts).toContainEqual(['country', 'Kenya']);
  });

  it('joins a city and its region into one place mention', () => {
    const found = entities(['The storm hit Tampa, Florida on Monday.']);
    expect(found.map((e) => e.mentions.map((m) => m.text))).toEqual([['Tampa, Florida'], ['Florida']]);
  });

  it('does not take units, formats or roman numerals for organisations', () => {
    expect(entities(['The show aired at 9 PM GMT in chapter XVII, said the CEO.'])).toEqual([]);
    expect(entities(['The NRA said nothing.']).map((e) => e.type)).toEqual(['organization']);
  });

  it('ends a name at a function word or caption label inside a capitalised run', () => {
    const found = entities(['They thanked Helen Marsh Image courtesy of the family.']);
    expect(found.map((e) => [e.type, e.name])).toEqual([['person', 'Helen Marsh']]);
  });

  it('does not make a person of capitalised words the article also writes in lower case', () => {
    expect(entities(['Better Idea won the match; it was a better robot.'])).toEqual([]);
  });

  it('links a titled surname to the person named in full before', () => {
    const found = entities(['Donald Trump spoke first. Later President Trump left.']);
    expect(found.find((e) => e.id === 'person:donald-trump')?.mentions.map((m) => m.text)).toEqual(['Donald Trump', 'President Trump']);
  });

  it('takes a capitalised title, and a country or body heading it, into a person mention but not the name', () => {
    const found = entities(['US President Barack Obama met NASA Administrator Charles Bolden and Mr. Key.', 'Professor Cres Eastman spoke to Ms Lydia Hart.']);
    const people = found.filter((e) => e.type === 'person');
    expect(people.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['Barack Obama', ['US President Barack Obama']],
      ['Charles Bolden', ['NASA Administrator Charles Bolden']],
      ['Key', ['Mr. Key']],
      ['Cres Eastman', ['Professor Cres Eastman']],
      ['Lydia Hart', ['Ms Lydia Hart']],
    ]);
    // The country and the body keep mentions of their own.
    expect(found.find((e) => e.id === 'country:USA')?.mentions.map((m) => m.text)).toEqual(['US']);
    expect(found.find((e) => e.id === 'org:nasa')?.mentions.map((m) => m.text)).toEqual(['NASA']);
  });

  it('reads a portfolio after a title as part of the title', () => {
    const found = entities(['Minister of Education Stefania Giannini replied.']);
    expect(found.map((e) => [e.name, e.type, e.mentions[0]!.text])).toEqual([
      ['Stefania Giannini', 'person', 'Minister of Education Stefania Giannini'],
    ]);
  });

  it('keeps title-like words inside the names of bodies', () => {
    const found = entities(['The Supreme Court and the US National Science Foundation objected.']);
    expect(found.filter((e) => e.type === 'organization').map((e) => e.mentions.map((m) => m.text))).toEqual([
      ['Supreme Court'], ['US National Science Foundation'],
    ]);
  });

  it('keeps a hyphenated given name whole and links the family name back', () => {
    const found = entities(['Lee Cheuk-yan and Yau Wai-ching spoke. Later Lee left the Seoul-based group.']);
    expect(found.filter((e) => e.type === 'person').map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['Lee Cheuk-yan', ['Lee Cheuk-yan', 'Lee']],
      ['Yau Wai-ching', ['Yau Wai-ching']],
    ]);
  });

  it('types a name by its head noun: buildings and grounds are places, "X of Y" takes the head before "of"', () => {
    const found = entities(['Crowds filled Fisht Stadium near the Kennedy Space Center, the Museum of Flight and the Center for Strategic Studies.']);
    expect(found.map((e) => [e.name, e.type])).toEqual([
      ['Fisht Stadium', 'place'],
      ['Kennedy Space Center', 'place'],
      ['Museum of Flight', 'organization'],
      ['Center for Strategic Studies', 'organization'],
    ]);
  });

  it('reads a known surname heading another capitalised word as that person, not a new one', () => {
    const found = entities(['Andy Warhol took pictures. Warhol Polaroids sold well.']);
    expect(found.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([['Andy Warhol', ['Andy Warhol', 'Warhol']]]);
  });

  it('links a known given name used alone to the person named in full, and never makes it a place', () => {
    const found = entities(['Ahmed Mohamed built a clock. Later, teachers wrote to Ahmed.', 'They drove to Daniel.']);
    expect(found.map((e) => [e.name, e.type, e.mentions.map((m) => m.text)])).toEqual([
      ['Ahmed Mohamed', 'person', ['Ahmed Mohamed', 'Ahmed']],
      ['Daniel', 'person', ['Daniel']],
    ]);
  });

  it('finds plural demonyms and faiths as groups of people that neither speak nor act as individuals', () => {
    const facts = extractFacts({ title: null, paragraphs: ['Afghans and Muslims protested in Kabul.', '"We are tired," Afghans said.'], publishedAt: null });
    expect(facts.entities.filter((e) => e.type === 'person').map((e) => [e.id, e.country])).toEqual([
      ['group:afghans', 'AFG'],
      ['group:muslims', null],
    ]);
    expect(facts.quotes[0]?.speaker).toBeNull();
  });

  it('types a run that starts with a given name of any culture as a person, even after a place preposition', () => {
    const found = entities(['The ball went to Kristen Holloway, then to Khaled Nour and on to Tomasz Wrobel.']);
    expect(found.map((e) => [e.name, e.type])).toEqual([
      ['Kristen Holloway', 'person'],
      ['Khaled Nour', 'person'],
      ['Tomasz Wrobel', 'person'],
    ]);
  });

  it('needs name-like words after a given name that is also an English word', () => {
    const found = entities(['Visitors met Grace Holloway at the Art Gallery; art is long.']);
    expect(found.map((e) => [e.name, e.type])).toEqual([['Grace Holloway', 'person']]);
  });

  it('does not make people of product names, formats or abbreviations', () => {
    expect(entities(['Gamers tried Zorbix VR and Windows XP at the fair.']).filter((e) => e.type === 'person')).toEqual([]);
  });

  it('keeps initials with their dots in a name', () => {
    expect(entities(['The trip was led by K.C. Mauritz last year.']).map((e) => [e.name, e.type])).toEqual([['K.C. Mauritz', 'person']]);
  });

  it('does not read "National" or "Home" before capitalised words as a person\'s title', () => {
    expect(entities(['Data came from the National Salt Nutrition Study last year.']).filter((e) => e.type === 'person')).toEqual([]);
    expect(entities(['Home Secretary Mara Lindqvist spoke.']).map((e) => [e.name, e.type])).toEqual([['Mara Lindqvist', 'person']]);
  });

  it('ends a person\'s name at "for" before a body', () => {
    const found = entities(['Lydia Holloway for Food Safety Council said so.']);
    expect(found.map((e) => [e.name, e.type])).toEqual([
      ['Lydia Holloway', 'person'],
      ['Food Safety Council', 'organization'],
    ]);
  });

  it('links a surname used before the full name (captions, headlines) to that person', () => {
    const found = entities(['Holloway (left) at the meeting.', 'Minister Margaret Holloway spoke first.']);
    expect(found.map((e) => [e.id, e.mentions.map((m) => m.text)])).toEqual([
      ['person:margaret-holloway', ['Holloway', 'Minister Margaret Holloway']],
    ]);
  });

  it('reads a place name after a given name as a surname, and later alone as that person', () => {
    const found = entities(['Valentina Lima joined in 2001. Lima left after a dispute.']);
    expect(found.map((e) => [e.type, e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['person', 'Valentina Lima', ['Valentina Lima', 'Lima']],
    ]);
  });

  it('does not take "pro-" or "anti-" compounds for mentions of the country', () => {
    expect(entities(['The pro-Beijing camp and anti-American groups met in Seoul.']).map((e) => e.id)).toEqual(['country:KOR']);
  });

  it('takes the body after "of" into a person\'s mention and keeps the body as a mention of its own', () => {
    const found = entities(['Leung Kwok-wah of LPU and Sarah Holloway of the Labour Party won.']);
    expect(found.map((e) => [e.type, e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['person', 'Leung Kwok-wah', ['Leung Kwok-wah of LPU']],
      ['organization', 'LPU', ['LPU']],
      ['person', 'Sarah Holloway', ['Sarah Holloway of the Labour Party']],
      ['organization', 'Labour Party', ['Labour Party']],
    ]);
  });

  it('finds the place or person a body or building is named after as a mention of its own', () => {
    const found = entities(['Reporters from the Toronto Star visited the Margaret Holloway Foundation and the Volgograd Arena.']);
    const byId = (id: string) => found.find((e) => e.id === id)?.mentions.map((m) => m.text);
    expect(byId('place:toronto')).toEqual(['Toronto']);
    expect(byId('person:margaret-holloway')).toEqual(['Margaret Holloway']);
    expect(found.find((e) => e.name === 'Margaret Holloway Foundation')?.type).toBe('organization');
    expect(found.find((e) => e.id === 'place:volgograd-arena')?.mentions.map((m) => m.text)).toEqual(['Volgograd Arena']);
    expect(byId('place:volgograd')).toEqual(['Volgograd']);
  });

  it('gives an acronym in brackets the entity and type of the name before it', () => {
    const found = entities(['Crews at the Brandt Launch Center (BLC) cheered. Later BLC staff left.']);
    expect(found.map((e) => [e.type, e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['place', 'Brandt Launch Center', ['Brandt Launch Center', 'BLC', 'BLC']],
    ]);
  });

  it('reads a compass word before a city or region as part of the place, in a body\'s name too', () => {
    const found = entities(['She studied at the University of Northern Ontario and lived in East Chicago.']);
    expect(found.map((e) => [e.type, e.name])).toEqual([
      ['organization', 'University of Northern Ontario'],
      ['place', 'Northern Ontario'],
      ['place', 'East Chicago'],
    ]);
  });
});
