import { describe, expect, it } from 'vitest';
import { formatRule, matchRule, parseRule, prepareDocument, RuleSyntaxError, type MatchDocument } from '@pwatch/alerts';

const doc: MatchDocument = {
  title: 'North Korea fires ballistic missile into the East Sea',
  text: 'Seoul said the launch violated UN Security Council resolutions. "We will respond firmly," the minister said. 北朝鮮 ミサイル',
  language: 'en-GB',
  relevance: 0.72,
  topics: ['missile-launch', 'sanctions'],
  sources: ['www.reuters.com', 'Reuters', 'Reuters World News feed'],
  entities: [
    { id: 'country:PRK', name: 'North Korea', country: 'PRK', aliases: ['North Korea', 'Pyongyang', 'DPRK'] },
    { id: 'person:kim-jong-un', name: 'Kim Jong-un', country: 'PRK', aliases: ['Kim'] },
    { id: 'org:un-security-council', name: 'UN Security Council', country: null, aliases: ['UN Security Council'] },
  ],
  events: [
    { action: 'weapons-test', cameo: '138', plover: 'THREATEN', actorId: 'country:PRK', actorName: 'North Korea', actorCountry: 'PRK' },
    { action: 'criticize', cameo: '111', plover: 'ACCUSE', actorId: 'country:KOR', actorName: 'South Korea', actorCountry: 'KOR' },
  ],
};
const prepared = prepareDocument(doc);
const matches = (rule: string) => matchRule(parseRule(rule), prepared);

function errorOf(rule: string): RuleSyntaxError {
  try {
    parseRule(rule);
  } catch (error) {
    if (error instanceof RuleSyntaxError) return error;
    throw error;
  }
  throw new Error(`"${rule}" parsed without error`);
}

describe('rule parsing', () => {
  it('gives AND precedence over OR, with implicit AND between terms', () => {
    expect(formatRule(parseRule('missile launch OR sanctions'))).toBe('missile AND launch OR sanctions');
    expect(parseRule('a OR b c')).toEqual({
      kind: 'or',
      children: [
        { kind: 'text', words: ['a'], phrase: false, prefix: false, raw: 'a' },
        {
          kind: 'and',
          children: [
            { kind: 'text', words: ['b'], phrase: false, prefix: false, raw: 'b' },
            { kind: 'text', words: ['c'], phrase: false, prefix: false, raw: 'c' },
          ],
        },
      ],
    });
  });

  it('reads phrases, parentheses, NOT and -, filters with quoted values, relevance comparisons', () => {
    expect(formatRule(parseRule('("North Korea" OR DPRK) AND NOT drill* -entity:"Kim Jong Un" relevance>=0.5 stance:china+criticize lang:ko'))).toBe(
      '("North Korea" OR DPRK) AND NOT drill* AND NOT entity:"Kim Jong Un" AND relevance>=0.5 AND stance:china+criticize AND lang:ko',
    );
    expect(parseRule('relevance>.25')).toEqual({ kind: 'relevance', op: '>', value: 0.25 });
    expect(parseRule('EVENT:17')).toEqual({ kind: 'filter', field: 'event', value: '17' });
  });

  it('treats lower-case and/or as words, as Google does', () => {
    expect(parseRule('war and peace')).toMatchObject({ kind: 'and', children: [{ raw: 'war' }, { raw: 'and' }, { raw: 'peace' }] });
  });

  it.each([
    ['', 0, 'empty rule'],
    ['missile AND', 11, 'expected a term after AND'],
    ['OR missile', 0, 'unexpected "OR" with no term before it'],
    ['(missile OR launch', 0, 'unclosed "("'],
    ['missile)', 7, 'unmatched ")"'],
    ['korea AND "nuclear test', 10, 'unterminated quote'],
    ['korea ()', 7, 'empty parentheses'],
    ['korea colour:red', 6, 'unknown filter "colour:"'],
    ['entity: korea', 7, 'expected a value after entity:'],
    ['relevance>=high', 11, 'relevance must be a number between 0 and 1'],
    ['relevance>=1.5', 11, 'relevance must be a number between 0 and 1'],
    ['relevance:0.5', 0, 'relevance takes a comparison'],
    ['stance:china', 7, 'stance takes actor+action'],
    ['missile NOT', 11, 'expected a term after NOT'],
    ['a OR OR b', 5, 'expected a term after OR'],
    ['""', 0, 'empty phrase'],
    ['korea ***', 6, 'has no letters or digits'],
  ])('rejects %j at offset %i: %s', (rule, offset, reason) => {
    const error = errorOf(rule);
    expect(error.offset).toBe(offset);
    expect(error.reason).toContain(reason);
    // The message shows the rule with a caret under the offending position.
    const [, shown, caret] = error.message.split('\n');
    expect(shown).toBe(`  ${rule}`);
    expect(caret).toBe(`  ${' '.repeat(offset)}^`);
  });
});

describe('rule matching', () => {
  it.each([
    ['missile', true],
    ['MISSILE', true],
    ['missiles', false],
    ['missil*', true],
    ['"ballistic missile"', true],
    ['"missile ballistic"', false],
    ['missile -drill', true],
    ['missile NOT seoul', false],
    ['(drill OR sanctions) AND missile', false],
    ['(drill OR launch) AND missile', true],
    ['ミサイル', true],
    ['"respond firmly"', true],
  ])('keywords: %s → %s', (rule, expected) => {
    expect(matches(rule)).toBe(expected);
  });

  it.each([
    ['entity:country:PRK', true],
    ['entity:PRK', true],
    ['entity:prk', true],
    ['entity:Pyongyang', true],
    ['entity:"Kim Jong Un"', true],
    ['entity:kim-jong-un', true],
    ['entity:"UN Security Council"', true],
    ['entity:country:CHN', false],
    ['topic:missile-launch', true],
    ['topic:"nuclear test"', false],
    ['event:weapons-test', true],
    ['event:threaten', true],
    ['event:13', true],
    ['event:19', false],
    ['stance:PRK+weapons-test', true],
    ['stance:"South Korea"+criticize', true],
    ['stance:KOR+weapons-test', false],
    ['source:reuters.com', true],
    ['source:reuters', true],
    ['source:apnews.com', false],
    ['lang:en', true],
    ['lang:ko', false],
    ['relevance>=0.7', true],
    ['relevance>0.72', false],
    ['relevance<0.8 entity:PRK', true],
  ])('filters: %s → %s', (rule, expected) => {
    expect(matches(rule)).toBe(expected);
  });
});
