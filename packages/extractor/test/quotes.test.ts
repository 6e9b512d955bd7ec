import { describe, expect, it } from 'vitest';
import { extractFacts, type Quote } from '../src/index.ts';

// Hand-written, hand-checked cases for the attribution rules.
function quotes(paragraphs: string[], title: string | null = null): Quote[] {
  return extractFacts({ title, paragraphs, publishedAt: '2019-03-01T00:00:00Z' }).quotes;
}
const direct = (list: Quote[]) => list.filter((q) => q.kind === 'direct');

describe('direct quotes', () => {
  it('resolves "he" only when one person can be meant', () => {
    const ambiguous = direct(quotes([
      'Carl Brandt, a teacher, said the class was full. "We need more rooms," Brandt said.',
      'For Ruth Keller, a parent, Anna Stone was a hero. He said, "Nobody else would have stayed."',
    ]));
    expect(ambiguous.map((q) => q.speaker?.name ?? null)).toEqual(['Carl Brandt', null]);
    const single = direct(quotes([
      'Carl Brandt, a teacher, said the class was full. "We need more rooms," Brandt said.',
      'Of the budget, he said, "Nobody else would have stayed."',
    ]));
    expect(single.map((q) => q.speaker?.name ?? null)).toEqual(['Carl Brandt', 'Carl Brandt']);
    const newPerson = direct(quotes([
      '"We need more rooms," teacher Carl Brandt said.',
      'Her sister pleaded with Thomas Reed to help, but he replied "I am not able to do that".',
    ]));
    expect(newPerson.map((q) => q.speaker?.name ?? null)).toEqual(['Carl Brandt', 'Thomas Reed']);
  });

  it('keeps a few quoted words in a sentence that reports speech, not scare quotes or names', () => {
    const found = direct(quotes(['The mayor said the new bridge would be "open by spring" at the latest.']));
    expect(found.map((q) => q.text)).toEqual(['open by spring']);
    expect(direct(quotes(['The farmers named their tractor "Big Blue Wonder" last year.']))).toEqual([]);
    expect(direct(quotes(['The plan was described in the report as "a major step" for the city.']))).toEqual([]);
  });

  it('drops headlines and titles in quotation marks that nobody is said to have said', () => {
    expect(direct(quotes(['"Flood waters rise again in the river valley towns" — Local Gazette, May 3, 2019']))).toEqual([]);
    expect(direct(quotes(['Visitors lined up for "Masters of Light: Paintings From the Northern Collection" all week.']))).toEqual([]);
  });

  it('reads straight, curly and CJK marks', () => {
    const found = direct(
      quotes([
        'Foreign Minister Wang Yi said: "The door to dialogue remains open to all sides."',
        '“We will never give up our nuclear deterrent,” Kim Jong-un said in a speech.',
        'In the guestbook at the border, Kim Jong Un wrote: 「새로운 역사는 지금부터. 평화의 시대.」',
      ]),
    );
    expect(found.map((q) => [q.text, q.speaker?.id])).toEqual([
      ['The door to dialogue remains open to all sides.', 'person:wang-yi'],
      ['We will never give up our nuclear deterrent,', 'person:kim-jong-un'],
      ['새로운 역사는 지금부터. 평화의 시대.', 'person:kim-jong-un'],
    ]);
  });

  it('takes the speaker after an inverted cue: `," said Lavrov`', () => {
    const [quote] = direct(quotes(['"Pressure alone will not solve the problem," said Sergei Lavrov, the Russian foreign minister.']));
    expect(quote).toMatchObject({ verb: 'said', speaker: { id: 'person:sergei-lavrov' } });
  });

  it('joins a quote that runs over two paragraphs and keeps its speaker', () => {
    const found = direct(
      quotes([
        'Moon Jae-in told reporters: "We have come a long way since the summit at Panmunjom.',
        '"But there is still much to do before the peninsula is free of nuclear weapons."',
      ]),
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.text).toContain('much to do before the peninsula');
    expect(found[0]!.speaker?.id).toBe('person:moon-jae-in');
  });

  it('continues the previous speaker in a quote-only paragraph, but not after a paragraph of narration', () => {
    const found = direct(
      quotes([
        '"Sanctions must be enforced fully and without exception," Hua Chunying told a briefing.',
        '"Every member of the Security Council has a duty here."',
        'The Security Council is due to meet again next week in New York to discuss the issue.',
        'The United States has sent a delegation, and Japan and South Korea will join the session.',
        '"This is a turning point for all parties involved in this long crisis."',
      ]),
    );
    expect(found.map((q) => q.speaker?.id ?? null)).toEqual(['person:hua-chunying', 'person:hua-chunying', null]);
  });

  it('resolves "he", "the spokesman" and "the minister" to the right earlier person', () => {
    const found = direct(
      quotes([
        'Chinese Foreign Ministry spokesman Geng Shuang spoke on Monday. Japanese Foreign Minister Taro Kono was also in Beijing.',
        'The spokesman said China "firmly opposes any unilateral move".',
        'The minister said Tokyo "will keep up maximum pressure", and he added that Japan "stands with Seoul".',
      ]),
    );
    expect(found.map((q) => q.speaker?.id)).toEqual(['person:geng-shuang', 'person:taro-kono', 'person:taro-kono']);
  });

  it('prefers the named speaker to the news agency that reported the quote', () => {
    const [quote] = direct(quotes(['Choe Son-hui said Pyongyang would "never sit at the table with the gangsters", KCNA reported.']));
    expect(quote!.speaker?.id).toBe('person:choe-son-hui');
  });

  it('names unnamed sources from their description and finds them again', () => {
    const found = direct(
      quotes([
        'A senior South Korean official said the talks had "made real progress on the agenda".',
        'The official added that the next round "could come within weeks".',
      ]),
    );
    expect(found.map((q) => q.speaker)).toEqual([
      { id: 'anon:senior-south-korean-official', name: 'senior South Korean official' },
      { id: 'anon:senior-south-korean-official', name: 'senior South Korean official' },
    ]);
  });

  it('records the addressee of "told"', () => {
    const [quote] = direct(quotes(['"We are ready to talk," Kim Yo-jong told South Korean President Yoon Suk-yeol in a statement.']));
    expect(quote).toMatchObject({ speaker: { id: 'person:kim-yo-jong' }, addressee: { id: 'person:yoon-suk-yeol' } });
  });

  it('drops scare quotes that nobody is said to have said', () => {
    expect(direct(quotes(['The so-called "maximum pressure" campaign has run for two years.']))).toEqual([]);
  });
});

describe('reported speech', () => {
  it('takes "X said that …", "…, X said" and "according to X"', () => {
    const found = quotes([
      'Lee Jae-myung said that the government would seek a new dialogue with the North.',
      'Inter-Korean trade could resume by next year, the unification ministry said on Tuesday.',
      'According to Yonhap, the two sides exchanged messages through the liaison office.',
    ]).filter((q) => q.kind === 'reported');
    expect(found.map((q) => [q.speaker?.id, q.verb, q.text])).toEqual([
      ['person:lee-jae-myung', 'said', 'the government would seek a new dialogue with the North'],
      ['org:unification-ministry', 'said', 'Inter-Korean trade could resume by next year'],
      ['org:yonhap', 'according to', 'the two sides exchanged messages through the liaison office'],
    ]);
  });

  it('does not take a leading participle clause for the content', () => {
    const found = quotes(['Speaking in Seoul on Friday, a US official said Washington remained open to talks.']);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ speaker: { name: 'US official' }, text: 'Washington remained open to talks' });
  });
});

describe('quote kinds and attribution rules (quote precision work)', () => {
  const speakers = (list: Quote[]) => direct(list).map((q) => [q.text, q.speaker?.name ?? null]);

  it('treats a few quoted words after an article or possessive as a term, not speech', () => {
    expect(direct(quotes(['By Friday the letters to the school had grown into a "support movement" across the region.']))).toEqual([]);
    expect(direct(quotes(['The army was told to prepare for a "state of readiness" along the border.']))).toEqual([]);
    expect(direct(quotes(['The "History" page of the forum explains the rules.']))).toEqual([]);
    // …but an article right after a speech verb opens what was said.
    expect(direct(quotes(['Minister Paola Bruni said a "wider review" is needed.'])).map((q) => q.text)).toEqual(['wider review']);
  });

  it('treats a defined or named term as a mention, not speech', () => {
    expect(direct(quotes(['To "route out" in the group\'s jargon refers to leaving with permission.']))).toEqual([]);
    expect(direct(quotes(['The museum showed a print called "Horses and Riders" from 1985.']))).toEqual([]);
  });

  it('takes a backwards opening mark after a word as the close of the open quote', () => {
    const found = direct(quotes(['Senator Ada Quinn added, "We are deeply disappointed by the decision.“ However, the town keeps the old trainer.']));
    expect(found.map((q) => q.text)).toEqual(['We are deeply disappointed by the decision.']);
    expect(found[0]!.speaker?.name).toBe('Ada Quinn');
  });

  it('finds the name before an appositive or an aside that ends in a comma before the cue', () => {
    expect(speakers(quotes(['Mara Lindqvist, the ministry spokeswoman, said, "We are talking to all sides."']))).toEqual([
      ['We are talking to all sides.', 'Mara Lindqvist'],
    ]);
    expect(speakers(quotes(['Fire chief Omar al-Rashid, in remarks to a local radio station, said "Everyone has been taken to hospital."']))).toEqual([
      ['Everyone has been taken to hospital.', 'Omar al-Rashid'],
    ]);
    expect(speakers(quotes(['"It could have been far worse," Tobias Grell, editor of the Harbour Times, said.']))).toEqual([
      ['It could have been far worse,', 'Tobias Grell'],
    ]);
    // No comma before the cue: the phrase before it speaks, not a name further back.
    const coach = speakers(quotes(['When the club faced Greta Holmberg, the coach said "We deserved the win today."']));
    expect(coach[0]![1]).not.toBe('Greta Holmberg');
  });

  it('accepts a few lower-case title words before a name', () => {
    expect(speakers(quotes(['After the match, Norway\'s coach Nils Aasen said, "We were playing a very strong side."']))).toEqual([
      ['We were playing a very strong side.', 'Nils Aasen'],
    ]);
    expect(speakers(quotes(['Robotics team member Laila Karimi told reporters, "We came to show what we can build."']))).toEqual([
      ['We came to show what we can build.', 'Laila Karimi'],
    ]);
  });

  it('continues the speaker of a quote into the next quoted sentence of the same paragraph', () => {
    expect(speakers(quotes(['"We thank every city that applied," said Dora Vance to the crowd. "This was a very difficult choice."']))).toEqual([
      ['We thank every city that applied,', 'Dora Vance'],
      ['This was a very difficult choice.', 'Dora Vance'],
    ]);
    // A quoted sentence after a reported one in the paragraph is not given to anyone.
    expect(speakers(quotes(['Dora Vance said the city applied early. "This was a very difficult choice."']))).toEqual([
      ['This was a very difficult choice.', null],
    ]);
  });

  it('attributes a quote paragraph to the speaker introduced by a colon at the end of the paragraph before', () => {
    expect(speakers(quotes(['Governor Ray Halden wrote on his account:', '"Cool project, Amira. We should inspire more kids like you."']))).toEqual([
      ['Cool project, Amira. We should inspire more kids like you.', 'Ray Halden'],
    ]);
    expect(speakers(quotes(['The weather turned in the afternoon.', '"Cool project, Amira. We should inspire more kids like you."']))).toEqual([
      ['Cool project, Amira. We should inspire more kids like you.', null],
    ]);
  });

  it('reads the cue of a sentence the splitter cut at an ellipsis in brackets', () => {
    const found = speakers(quotes(['Rena Holt said it was "wrong that the office is not doing this already [...] including for small towns" after the panel "recommended it two years ago."']));
    expect(found.map((q) => q[0])).toContain('recommended it two years ago.');
  });
});

describe('speakers and addressees, hand-checked', () => {
  it('records the addressee of "told his Japanese counterpart", named or only described', () => {
    const [named] = direct(quotes(['"We want stable ties," Wang Yi told his Japanese counterpart Fumio Kishida on Monday.']));
    expect(named).toMatchObject({ speaker: { id: 'person:wang-yi' }, addressee: { name: 'Fumio Kishida' } });
    const [described] = direct(
      quotes(['Japanese Foreign Minister Yoko Kamikawa arrived in Seoul on Sunday.', '"We must act together," Park Jin told his Japanese counterpart.']),
    );
    expect(described).toMatchObject({ speaker: { name: 'Park Jin' }, addressee: { name: 'Yoko Kamikawa' } });
    const [none] = direct(quotes(['"We must act together," Park Jin said in Tokyo.']));
    expect(none!.addressee).toBeNull();
  });

  it('gives a press-conference transcript\'s answers to the spokesperson of its title, not the questions', () => {
    const found = quotes(
      ['Q: Will China attend the talks next week?', 'A: China supports dialogue and will take part in the talks.', 'Q: And the sanctions?', 'A: We oppose unilateral sanctions.'],
      "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on March 1, 2019",
    );
    expect(found.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([
      ['China supports dialogue and will take part in the talks.', 'Mao Ning'],
      ['We oppose unilateral sanctions.', 'Mao Ning'],
    ]);
  });

  it('gives "she" no speaker when two women were just named', () => {
    const found = direct(quotes(['Anna Berg met Clara Holm in Oslo on Friday. She said, "The meeting went well."']));
    expect(found.map((q) => q.speaker)).toEqual([null]);
  });

  it('gives "the spokesman" and "the minister" to the earlier person holding that role, not the one named last', () => {
    const found = direct(
      quotes([
        'Defence Ministry spokesman Jeon Ha-kyu briefed reporters. Defence Minister Shin Won-sik later met troops.',
        'The spokesman said the drills "will go ahead as planned".',
        'The minister said the army was "fully ready".',
      ]),
    );
    expect(found.map((q) => q.speaker?.name ?? null)).toEqual(['Jeon Ha-kyu', 'Shin Won-sik']);
  });
});

describe('quotes in a run-on "sentence"', () => {
  // A table or a dump flattened to text has no full stop for thousands of characters.
  const runOn = Array.from({ length: 120 }, (_, i) => `row ${i} of the list, with no full stop`).join(' and ');

  it('finds the cue beside the quote however long the text before it', () => {
    const found = direct(quotes([`${runOn}; Vice Minister Lee Sang-hoon said "We agreed to keep talking about the aid" on the record`]));
    expect(found.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([['We agreed to keep talking about the aid', 'Lee Sang-hoon']]);
  });

  it('does not take a cue from a thousand characters before the quote', () => {
    const found = quotes([`Vice Minister Lee Sang-hoon said ${runOn} "We agreed to keep talking about the aid and the fertiliser"`]);
    expect(found.filter((q) => q.speaker?.name === 'Lee Sang-hoon')).toEqual([]);
  });
});

describe('a role for a speaker', () => {
  it('takes the person who last held the role before the quote', () => {
    const found = direct(quotes([
      'Foreign Minister Park Jin opened the meeting in Seoul on Monday.',
      'Defence Minister Lee Jong-sup arrived later from the border.',
      '"We are ready for any provocation," the minister said.',
      'Foreign Minister Park Jin closed the meeting.',
    ]));
    expect(found.map((q) => q.speaker?.name ?? null)).toEqual(['Lee Jong-sup']);
  });
});
