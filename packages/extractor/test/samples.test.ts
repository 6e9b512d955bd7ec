import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articleText, extractFacts, type Facts } from '../src/index.ts';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures/samples');

interface Sample {
  title: string | null;
  publishedDate: string | null;
  paragraphs: string[];
  quotes: { text: string; speaker: string }[];
  entities: { persons: string[]; organizations: string[]; countries: string[] };
}

const samples = readdirSync(dir)
  .filter((f) => f.endsWith('.expected.json'))
  .sort()
  .map((file) => ({ file, sample: JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Sample }));

const run = (sample: Sample): Facts =>
  extractFacts({ title: sample.title, paragraphs: sample.paragraphs, publishedAt: sample.publishedDate });

const names = (facts: Facts, type: string) => facts.entities.filter((e) => e.type === type).map((e) => e.name);

describe('customer samples', () => {
  it('has the five samples with fifteen direct quotes', () => {
    expect(samples).toHaveLength(5);
    expect(samples.reduce((n, { sample }) => n + sample.quotes.length, 0)).toBe(15);
  });

  for (const { file, sample } of samples) {
    describe(file, () => {
      const facts = run(sample);
      const text = articleText(sample.paragraphs);

      for (const expected of sample.quotes) {
        it(`attributes "${expected.text.slice(0, 40)}…" to ${expected.speaker}`, () => {
          const quote = facts.quotes.find((q) => q.kind === 'direct' && q.text === expected.text);
          expect(quote, 'quote found with exact text').toBeDefined();
          expect(quote!.speaker?.name).toBe(expected.speaker);
          expect(text.slice(quote!.start, quote!.end)).toBe(expected.text);
        });
      }

      it('finds no direct quote beyond the expected ones', () => {
        expect(facts.quotes.filter((q) => q.kind === 'direct').map((q) => q.text)).toEqual(sample.quotes.map((q) => q.text));
      });

      it('finds the expected people, organisations and countries', () => {
        // Kim Jong-un is named only in the photo caption of 004, which the article input does not carry.
        const persons = sample.entities.persons.filter((p) => !(file.startsWith('004') && p === 'Kim Jong-un'));
        expect(names(facts, 'person')).toEqual(expect.arrayContaining(persons));
        expect(names(facts, 'organization')).toEqual(expect.arrayContaining(sample.entities.organizations));
        expect(names(facts, 'country')).toEqual(expect.arrayContaining(sample.entities.countries));
      });

      it('gives every mention offsets into the article text', () => {
        for (const entity of facts.entities) {
          for (const mention of entity.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
        }
        for (const quote of facts.quotes) expect(text.slice(quote.start, quote.end)).toBe(quote.text);
        for (const date of facts.dates) expect(text.slice(date.start, date.end)).toBe(date.text);
      });

      it('scores the article as about the Korean Peninsula', () => {
        expect(facts.relevance).toBeGreaterThan(0.6);
      });
    });
  }

  it('gives the press-conference answers to the spokesperson named in the title', () => {
    const { sample } = samples.find(({ file }) => file.startsWith('002'))!;
    const facts = run(sample);
    const answers = facts.quotes.filter((q) => q.speaker?.id === 'person:lu-kang');
    expect(answers.map((q) => q.start)).toEqual([
      articleText(sample.paragraphs.slice(0, 1)).length + 2 + 'A: '.length,
      articleText(sample.paragraphs.slice(0, 2)).length + 2,
      articleText(sample.paragraphs.slice(0, 3)).length + 2,
    ]);
    expect(answers.every((q) => q.kind === 'reported')).toBe(true);
    expect(facts.quotes.some((q) => q.text.startsWith('On January 16, Canada'))).toBe(false);
    expect(facts.entities.find((e) => e.id === 'person:lu-kang')?.mentions).toEqual([]);
  });

  it('attributes the reported speech of sample 003 to Wang Yi throughout', () => {
    const { sample } = samples.find(({ file }) => file.startsWith('003'))!;
    const reported = run(sample).quotes.filter((q) => q.kind === 'reported');
    expect(reported.length).toBeGreaterThanOrEqual(9);
    expect(new Set(reported.map((q) => q.speaker?.name))).toEqual(new Set(['Wang Yi']));
  });

  it('resolves addressees, pronouns and role nouns in samples 001 and 004', () => {
    const s001 = run(samples.find(({ file }) => file.startsWith('001'))!.sample);
    const told = s001.quotes.find((q) => q.text.startsWith('With all sides focused'))!;
    expect(told).toMatchObject({ verb: 'told', speakerText: 'the minister', addressee: { id: 'person:fumio-kishida' } });
    expect(s001.quotes.find((q) => q.text === 'laughable')).toMatchObject({ verb: 'calling', speakerText: 'the supreme leader' });

    const s004 = run(samples.find(({ file }) => file.startsWith('004'))!.sample);
    const official = s004.quotes.filter((q) => q.speaker?.name === 'US State Department official');
    expect(official.map((q) => q.speaker?.id)).toEqual(Array(official.length).fill('anon:us-state-department-official'));
    expect(s004.quotes.find((q) => q.text.startsWith('Peace and stability'))?.addressee?.id).toBe('person:park-geun-hye');
  });

  it('gives sample entities stable ids and alpha-3 countries', () => {
    const facts = run(samples[0]!.sample);
    const byName = new Map(facts.entities.map((e) => [e.name, e]));
    expect(byName.get('North Korea')).toMatchObject({ id: 'country:PRK', country: 'PRK' });
    expect(byName.get('North Korea')!.mentions.map((m) => m.text)).toEqual(["Pyongyang", "Democratic People's Republic of Korea", 'DPRK']);
    expect(byName.get('Geng Shuang')).toMatchObject({ id: 'person:geng-shuang', country: 'CHN' });
    expect(byName.get('Gennady Gatilov')).toMatchObject({ id: 'person:gennady-gatilov', type: 'person', country: 'RUS' });
    expect(byName.get('Chinese Foreign Ministry')).toMatchObject({ id: 'org:foreign-ministry-chn', type: 'organization' });
    expect(byName.get('UN Security Council')!.mentions.map((m) => m.text)).toEqual(['UN Security Council', 'Security Council']);
  });
});
