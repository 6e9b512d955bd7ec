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
    expect(found.find((e) => e.id === 'person:gennady-gatilov')).toMatchObject({
      type: 'person', country: 'RUS', mentions: [{ text: 'Gennady Gatilov' }, { text: 'Gatilov' }],
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
});
