import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

function entities(paragraphs: string[]) {
  return extractFacts({ title: null, paragraphs, publishedAt: null }).entities;
}

function typed(paragraphs: string[]): [string, string][] {
  return entities(paragraphs).flatMap((e) => e.mentions.map((m): [string, string] => [e.type, m.text]));
}

describe('agencies and teams named after their country', () => {
  it('reads a public-service word or "Team" before a country as one body', () => {
    expect(typed(['Statistics Korea said exports fell, and Health Canada agreed.'])).toEqual([
      ['organization', 'Statistics Korea'],
      ['organization', 'Health Canada'],
    ]);
    expect(typed(['Team Norway had to rebuild its robot.'])).toEqual([['organization', 'Team Norway']]);
  });

  it('leaves the country alone when the word is not a service', () => {
    expect(typed(['Officials in Canada agreed.'])).toEqual([['country', 'Canada']]);
  });
});

describe('the two Koreas by their compass word', () => {
  it('reads "The South" opening a sentence and "North" in "North and South Korea"', () => {
    expect(typed(['Shells landed near the border.', 'The South fired back after North and South Korea traded fire.'])).toEqual([
      ['country', 'South'],
      ['country', 'South Korea'],
      ['country', 'North'],
    ]);
  });
});

describe('a person named after their body or country with a possessive', () => {
  it("takes in the owner's name, which keeps its own mention", () => {
    expect(typed(['Green Alliance\'s Mira Tolvan won a seat, and Norway\'s Prime Minister Erik Sand agreed.'])).toEqual([
      ['organization', 'Green Alliance'],
      ['person', "Green Alliance's Mira Tolvan"],
      ['country', 'Norway'],
      ['person', "Norway's Prime Minister Erik Sand"],
    ]);
  });
});

describe('abbreviations that name no body', () => {
  it('drops an abbreviation the article numbers, one before a currency sign or a technical noun', () => {
    expect(typed(['The flight will be XRT-12, the last one. XRT crews trained for months.'])).toEqual([]);
    expect(typed(['Users moved from QB7 to a newer QB. QB could fall further.'])).toEqual([]);
    expect(typed(['It cost NZ $ 26 million under the new LRT system.'])).toEqual([]);
  });

  it('keeps an unknown abbreviation with a body context', () => {
    expect(typed(['Mira Tolvan of PDX won, and PDX officials cheered.'])).toEqual([
      ['person', 'Mira Tolvan of PDX'],
      ['organization', 'PDX'],
      ['organization', 'PDX'],
    ]);
  });
});

describe('a kind of body named before the name', () => {
  it('types names after "group", "magazine" or a plural such as "schools" as bodies', () => {
    expect(typed(['The satirical magazine PaperMoon mocked the plan.'])).toEqual([['organization', 'PaperMoon']]);
    expect(typed(['The religious schools Santa Rosa and Benedetta must pay the tax.'])).toEqual([
      ['organization', 'Santa Rosa'],
      ['organization', 'Benedetta'],
    ]);
    expect(typed(["The activist group Brightwater's leader spoke."])).toEqual([['organization', 'Brightwater']]);
  });

  it('leaves a family name after the noun a person', () => {
    expect(typed(['He told the group Park had already left.']).filter(([type]) => type === 'organization')).toEqual([]);
    expect(typed(['Park Ji-won spoke first.', 'He told the group Park had already left.'])).toEqual([
      ['person', 'Park Ji-won'],
      ['person', 'Park'],
    ]);
  });

  it('leaves a titled person after the noun a person', () => {
    expect(typed(['The ruling party Chairman Lee Hae-chan spoke.'])).toEqual([['person', 'Chairman Lee Hae-chan']]);
  });

  it('takes an ordinal into a military unit\'s name only', () => {
    expect(typed(['Members of the 212th Brigade returned home.'])).toEqual([['organization', '212th Brigade']]);
  });

  it('keeps a known body\'s name after a head word inside one name ("Party Congress" is no US Congress)', () => {
    expect(typed(['The 9th Party Congress opened in the capital, and the US Congress met.'])).toEqual([
      ['organization', 'Party Congress'],
      ['organization', 'US Congress'],
      ['country', 'US'],
    ]);
  });
});

describe('name shapes', () => {
  it('keeps a word hyphenated on both sides inside the name', () => {
    expect(typed(['Proceeds go to the Ride-A-Bike Foundation.'])).toEqual([['organization', 'Ride-A-Bike Foundation']]);
  });

  it('reads a visitor complex as a place', () => {
    expect(typed(['The orbiter goes on display at the Halvorsen Space Center Visitor Complex.'])).toEqual([
      ['place', 'Halvorsen Space Center Visitor Complex'],
    ]);
  });

  it('reads "the X Northwest" as a region, not a person named with a compass word', () => {
    expect(typed(['Rain fell across the Atlantic Northwest.'])).toEqual([['place', 'Atlantic Northwest']]);
    expect(typed(['Oliver North spoke.'])).toEqual([['person', 'Oliver North']]);
  });

  it('reads "the State of X" as the place X', () => {
    expect(entities(['Voters in the State of Ohio and in Ohio cities agreed.']).map((e) => [e.type, e.mentions.map((m) => m.text)])).toEqual([
      ['place', ['State of Ohio', 'Ohio']],
    ]);
  });

  it('takes no country mention from the city name inside "Washington D.C."', () => {
    expect(entities(['The team arrived in Washington D.C. after a long trip.']).map((e) => [e.type, e.mentions.map((m) => m.text)])).toEqual([
      ['place', ['Washington D.C.']],
    ]);
  });
});

describe('places inside the names of bodies', () => {
  it("adds the part of a place or the settlement after 'of' to the place's own mentions only", () => {
    const facts = extractFacts({ title: null, paragraphs: ['The exhibit opened at the University of Eastern Ontario.', 'The Municipality of Carrana sent the bill.'], publishedAt: null });
    expect(facts.entities.map((e) => [e.type, e.name])).toEqual([
      ['organization', 'University of Eastern Ontario'],
      ['place', 'Eastern Ontario'],
      ['organization', 'Municipality of Carrana'],
      ['place', 'Carrana'],
    ]);
  });
});

describe('around a person\'s name', () => {
  it('takes in a post-nominal', () => {
    expect(typed(['In the words of the prosecutor, Mark Holt, QC, the case failed. John Ames Jr. agreed.'])).toEqual([
      ['person', 'Mark Holt, QC'],
      ['person', 'John Ames Jr.'],
    ]);
  });

  it("takes a country's possessive into a body's mention", () => {
    expect(typed(["Oman's Civil Defense Authority said the toll rose."])).toEqual([
      ['country', 'Oman'],
      ['organization', "Oman's Civil Defense Authority"],
    ]);
  });
});

describe('companies', () => {
  it("reads a known company's name before a line of business as its affiliate", () => {
    expect(typed(['Samsung Heavy Industries won the order, and Samsung shares rose.'])).toEqual([
      ['organization', 'Samsung Heavy Industries'],
      ['organization', 'Samsung'],
    ]);
  });

  it('types an unknown name ending in a line of business as a company, not a person', () => {
    expect(typed(['Norwood Aviation bought two jets.'])).toEqual([['organization', 'Norwood Aviation']]);
  });
});
