import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

function entities(paragraphs: string[]) {
  return extractFacts({ title: null, paragraphs, publishedAt: null }).entities;
}

function mentionsOf(paragraphs: string[], type: string): string[] {
  return entities(paragraphs)
    .filter((e) => e.type === type)
    .flatMap((e) => e.mentions.map((m) => m.text));
}

describe('names known by their distribution in the article', () => {
  it('types an unknown word used as a name throughout by the words around it', () => {
    const text = [
      'Former members of Zorvanism say they were pressured to stay.',
      'Zorvanism officials denied the claims on Tuesday, and a Zorvanism spokesman said the group would respond.',
      'Critics say Zorvanism has grown quickly in the region.',
    ];
    expect(mentionsOf(text, 'organization')).toEqual(['Zorvanism', 'Zorvanism', 'Zorvanism', 'Zorvanism']);
  });

  it('leaves such a word alone when the article also writes it in lower case or only opens sentences with it', () => {
    expect(mentionsOf(['Members of Quillet met.', 'Quillet officials spoke.', 'The quillet was sold.'], 'organization')).toEqual([]);
    expect(mentionsOf(['Brimful officials spoke.', 'Brimful members left.'], 'organization')).toEqual([]);
  });

  it('needs a clear vote of its contexts', () => {
    expect(entities(['Rumours about Vantrel spread.', 'Nobody knew what Vantrel meant.']).map((e) => e.name)).toEqual([]);
  });

  it('takes a given name that is also a word for a person when the article never writes the word in lower case', () => {
    const text = ['The court heard that Amber had been ill for months.', 'Her doctor said Amber could have been saved.'];
    expect(mentionsOf(text, 'person')).toEqual(['Amber', 'Amber']);
    expect(mentionsOf(['Amber was fine.', 'The amber light and Amber again.'], 'person')).toEqual([]);
  });

  it('reads an unknown word before a place name as a given name when the pair is described as a person', () => {
    const text = ['Ilvesa Paris, a British woman and former volunteer, says she was held.', 'Paris said she left in 2009.'];
    const found = entities(text);
    expect(found.filter((e) => e.type === 'person').map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([['Ilvesa Paris', ['Ilvesa Paris', 'Paris']]]);
    expect(found.some((e) => e.id === 'country:FRA' || e.name === 'Paris' && e.type !== 'person')).toBe(false);
    // Without the description the city stays a city.
    expect(entities(['Greater Paris grew.']).some((e) => e.type === 'person')).toBe(false);
  });
});

describe('the extent of a body\'s name', () => {
  it('goes on after the head with "for", "of" or "on" and "the"', () => {
    const found = entities(['A grant came from the Margaret Holloway Foundation for the Performing Arts and the Council on Foreign Relations.']);
    expect(found.filter((e) => e.type === 'organization').map((e) => e.name)).toEqual([
      'Margaret Holloway Foundation for the Performing Arts',
      'Council on Foreign Relations',
    ]);
  });

  it('ends where a given name and surname follow it', () => {
    const found = entities(['CEO of the Tenants Council Helen Marsh told reporters the plan would fail.']);
    expect(found.map((e) => [e.type, e.name])).toEqual([
      ['organization', 'Tenants Council'],
      ['person', 'Helen Marsh'],
    ]);
  });
});

describe('a known body after a country', () => {
  it('takes in its own country or demonym, not another one', () => {
    const own = entities(['The South Korean Unification Ministry said talks would resume.']);
    expect(own.find((e) => e.type === 'organization')?.mentions.map((m) => m.text)).toEqual(['South Korean Unification Ministry']);
    const other = entities(['Chinese KCNA reporters were seen in Beijing.']);
    expect(other.find((e) => e.id === 'org:kcna')?.mentions.map((m) => m.text)).toEqual(['KCNA']);
  });
});

describe('offices and settlements', () => {
  it('takes no mention from an office with its portfolio alone, and keeps the name after one', () => {
    expect(entities(['Jane Holt, the Secretary of State, flew home.']).map((e) => [e.type, e.name])).toEqual([['person', 'Jane Holt']]);
    const named = entities(['Nothing changed.', 'Minister of Education Paola Verri said reform would wait.']);
    expect(named.map((e) => [e.type, e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['person', 'Paola Verri', ['Minister of Education Paola Verri']],
    ]);
  });

  it('reads an unknown word after "the town of" or "the province of" as a place', () => {
    expect(entities(['Shells fell on the town of Mireval overnight.']).map((e) => [e.type, e.name])).toEqual([['place', 'Mireval']]);
  });
});
