import { describe, expect, it } from 'vitest';
import { extractFacts, type Quote } from '../src/index.ts';

// Hand-written, hand-checked cases for the speaker rules of direct quotes (speaker recall work).
function direct(paragraphs: string[]): Quote[] {
  return extractFacts({ title: null, paragraphs, publishedAt: '2024-03-01T00:00:00Z' }).quotes.filter((q) => q.kind === 'direct');
}
const speakers = (paragraphs: string[]) => direct(paragraphs).map((q) => [q.text, q.speaker?.id ?? null]);

describe('speech cues', () => {
  it('reads the usual cues after a quote: added, continued, noted, insisted, warned, told reporters', () => {
    const found = direct([
      'Chinese Foreign Ministry spokesman Lin Jian spoke in Beijing on Monday.',
      '"The door to talks is open," Lin added.',
      '"We want calm on the peninsula," he continued.',
      '"Sanctions hurt ordinary people," Lin noted.',
      '"Nobody wins a war," he insisted.',
      '"Provocations will end badly," Lin warned.',
      '"We stand ready to help," Lin told reporters.',
      '"We stand ready to help," Lin told Reuters.',
      '"We stand ready to help," Lin told a news conference in Beijing.',
    ]);
    expect(found.map((q) => [q.speaker?.id, q.verb])).toEqual([
      ['person:lin-jian', 'added'],
      ['person:lin-jian', 'continued'],
      ['person:lin-jian', 'noted'],
      ['person:lin-jian', 'insisted'],
      ['person:lin-jian', 'warned'],
      ['person:lin-jian', 'told'],
      ['person:lin-jian', 'told'],
      ['person:lin-jian', 'told'],
    ]);
  });

  it('gives "X was quoted (by an agency) as saying" to X, not the agency', () => {
    expect(speakers(['Kim Yo-jong was quoted as saying, "The South will pay for its folly."'])).toEqual([
      ['The South will pay for its folly.', 'person:kim-yo-jong'],
    ]);
    expect(speakers(['Kim Yo-jong was quoted by Yonhap as saying that "the South will pay for its folly".'])).toEqual([
      ['the South will pay for its folly', 'person:kim-yo-jong'],
    ]);
    expect(speakers(['"The South will pay for its folly," Kim Yo-jong was quoted as saying.'])).toEqual([
      ['The South will pay for its folly,', 'person:kim-yo-jong'],
    ]);
  });

  it('takes the source of "according to X" and "in the words of X", before or after the quote', () => {
    expect(speakers(['"The door to talks is open," according to Lin Jian.'])).toEqual([['The door to talks is open,', 'person:lin-jian']]);
    expect(speakers(['According to Lin Jian, "the door to talks is open to all sides".'])).toEqual([
      ['the door to talks is open to all sides', 'person:lin-jian'],
    ]);
    const [words] = direct(['The court heard that, in the words of the prosecutor, Hana Cerny, QC, "the child suffered for months".']);
    expect(words).toMatchObject({ speaker: { name: 'Hana Cerny' }, verb: 'in the words of' });
  });

  it('prefers the person to the agency that carried their statement', () => {
    expect(speakers(['"The drills are a rehearsal for invasion," Kim Yo-jong said in a statement carried by KCNA.'])).toEqual([
      ['The drills are a rehearsal for invasion,', 'person:kim-yo-jong'],
    ]);
  });

  it('gives the second half of an interrupted quote to the speaker named between the halves', () => {
    expect(
      speakers(['"We came a long way to be here," team captain Mina Sadat told the press, "and we want to show what we can build."']),
    ).toEqual([
      ['We came a long way to be here,', 'person:mina-sadat'],
      ['and we want to show what we can build.', 'person:mina-sadat'],
    ]);
  });

  it('does not take a title after "says on" for speech', () => {
    const found = direct(['"It is time to say goodbye to the old browser," Microsoft says on "The Browser Countdown".']);
    expect(found.map((q) => q.text)).toEqual(['It is time to say goodbye to the old browser,']);
  });
});

describe('collective and metonymic speakers', () => {
  it('reads a capital or a country as the country speaking', () => {
    expect(speakers(['"We will respond with overwhelming force," Pyongyang said in a statement.'])).toEqual([
      ['We will respond with overwhelming force,', 'country:PRK'],
    ]);
    expect(speakers(['"The door to talks is open," Beijing warned.'])).toEqual([['The door to talks is open,', 'country:CHN']]);
    expect(speakers(['China summoned the ambassador on Friday.', '"This is a gross interference in our affairs," the country said.'])).toEqual([
      ['This is a gross interference in our affairs,', 'country:CHN'],
    ]);
  });

  it('resolves "the ministry", "the foreign ministry" and "the agency" to the body named before', () => {
    expect(
      speakers([
        "North Korea's Foreign Ministry condemned the drills on Monday.",
        '"The drills are a rehearsal for invasion," the foreign ministry said in a statement carried by KCNA.',
        'The ministry said: "The enemies will pay dearly."',
      ]),
    ).toEqual([
      ['The drills are a rehearsal for invasion,', 'org:foreign-ministry-prk'],
      ['The enemies will pay dearly.', 'org:foreign-ministry-prk'],
    ]);
    expect(speakers(['The Korean Central News Agency published the text on Tuesday.', '"The enemies will pay dearly," the agency said.'])).toEqual([
      ['The enemies will pay dearly,', 'org:kcna'],
    ]);
    // No ministry named before: no speaker rather than a guess.
    expect(speakers(['"The drills are a rehearsal for invasion," the foreign ministry said.'])).toEqual([
      ['The drills are a rehearsal for invasion,', null],
    ]);
  });

  it('resolves "the city" to the city named before, not the region after its comma, else to its council', () => {
    const quote = 'because the users of the schools pay a fee, this is a commercial activity';
    expect(speakers(['Two schools in Livorno, Tuscany, were told to pay the tax.', `The city reasoned, "${quote}".`])).toEqual([[quote, 'place:livorno']]);
    expect(speakers(['The Municipality of Livorno sued the schools in 2010.', `The city reasoned, "${quote}".`])).toEqual([
      [quote, 'org:municipality-of-livorno'],
    ]);
  });

  it('names "the report\'s authors" as an unnamed source', () => {
    const [quote] = direct(['The report\'s authors say iodine deficiency is "the hidden health issue in the region".']);
    expect(quote!.speaker).toEqual({ id: 'anon:reports-authors', name: "report's authors" });
  });
});

describe('quotes introduced by a colon', () => {
  it('gives the quote to the subject of a clause ending in a colon', () => {
    expect(
      speakers(['During questions on Wednesday, Rishi Sunak defended the record while promising a "formal update" is forthcoming: "We are working intensely on the bill."']),
    ).toEqual([['We are working intensely on the bill.', 'person:rishi-sunak']]);
    expect(speakers(['Kim Jong-un wrote on X:', '"The door to talks is open to all sides now."'])).toEqual([
      ['The door to talks is open to all sides now.', 'person:kim-jong-un'],
    ]);
    expect(speakers(['Choe Son-hui listed three demands:', '"Stop the drills, lift the sanctions and leave the region."'])).toEqual([
      ['Stop the drills, lift the sanctions and leave the region.', 'person:choe-son-hui'],
    ]);
  });

  it('does not give a name introduced by a colon to the one who coined it', () => {
    const found = direct(['Writing in a blog post, Rhea Tanaka dubbed the long dispute: "The Quiet War of the Forums, part two".']);
    expect(found.map((q) => q.speaker)).toEqual(found.map(() => null));
  });
});

describe('pronouns and role nouns across paragraphs', () => {
  it('gives "he" to the one person named since the last quote, and to nobody when two were', () => {
    const one = direct([
      'The vote will be held in May.',
      '"We have asked every school to take part," Professor Ivo Marsh said. Prime Minister Tom Reid backed the plan on Monday. Of the vote, he said, "Every citizen will have a say."',
    ]);
    expect(one.map((q) => q.speaker?.name ?? null)).toEqual(['Ivo Marsh', 'Tom Reid']);
    const two = direct([
      '"We have asked every school to take part," Professor Ivo Marsh said.',
      'Prime Minister Tom Reid met Paul Anders on Monday. Of the vote, he said, "Every citizen will have a say."',
    ]);
    expect(two.map((q) => q.speaker?.name ?? null)).toEqual(['Ivo Marsh', null]);
  });

  it('gives "he" and "the spokesman" to the person named paragraphs earlier when nobody was named since', () => {
    const found = direct([
      'Chinese Foreign Ministry spokesman Lin Jian spoke on Monday.',
      'The United Nations Security Council met in New York.',
      'The talks ended without a statement.',
      'He said: "The door to talks is open to all sides now."',
      'The spokesman said China "firmly opposes any unilateral move".',
    ]);
    expect(found.map((q) => q.speaker?.id ?? null)).toEqual(['person:lin-jian', 'person:lin-jian']);
  });

  it('does not reach back past a quote by someone else', () => {
    const found = direct([
      'Chinese Foreign Ministry spokesman Lin Jian spoke on Monday.',
      '"We will not attend," the envoy of Japan said.',
      'The talks ended without a statement.',
      'The session was closed to the press.',
      'He said: "The door to talks is open to all sides now."',
    ]);
    expect(found.at(-1)!.speaker).toBeNull();
  });
});

describe('pull quotes', () => {
  it('gives a quote signed with a dash to the person who signs it', () => {
    expect(speakers(['"The door to talks is open to all sides now." — Lin Jian, Foreign Ministry spokesman'])).toEqual([
      ['The door to talks is open to all sides now.', 'person:lin-jian'],
    ]);
  });

  it('takes a paragraph without marks that repeats the story and ends with a name as that person\'s quote', () => {
    const repeated = 'We chose the site with the public in mind and we stand by it.';
    const found = direct([`"It was hard," said Dora Vance. "${repeated}"`, `${repeated} Dora Vance, site director`, 'The museum opens in May.']);
    expect(found.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([
      ['It was hard,', 'Dora Vance'],
      [repeated, 'Dora Vance'],
      [repeated, 'Dora Vance'],
    ]);
    // Narration that ends in a name and is not repeated anywhere is no quote.
    expect(direct(['The shuttle was moved to Florida on Monday after a long delay. Dora Vance', 'The museum opens in May.'])).toEqual([]);
  });
});
