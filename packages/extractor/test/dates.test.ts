import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

// Anchor: Thursday 15 September 2016.
function dates(sentence: string, publishedAt: string | null = '2016-09-15T09:00:00Z') {
  return extractFacts({ title: null, paragraphs: [sentence], publishedAt }).dates.map((d) => [d.text, d.date, d.precision]);
}

describe('dates', () => {
  it('reads absolute dates in news formats', () => {
    expect(dates('It happened on Friday, August 21, 2015, and again on 9 September 2016.')).toEqual([
      ['Friday, August 21, 2015', '2015-08-21', 'day'],
      ['9 September 2016', '2016-09-09', 'day'],
    ]);
    expect(dates('Talks collapsed in September 2010 and on 2018-01-17.')).toEqual([
      ['September 2010', '2010-09-01', 'month'],
      ['2018-01-17', '2018-01-17', 'day'],
    ]);
    expect(dates('회담은 2018년 4월 27일 열렸다.')).toEqual([['2018년 4월 27일', '2018-04-27', 'day']]);
  });

  it('puts a bare weekday in a past-tense clause before the publication date', () => {
    expect(dates('Geng said on Friday that China opposed the move.')).toEqual([['Friday', '2016-09-09', 'day']]);
    expect(dates('The envoy arrived in Seoul on Monday.')).toEqual([['Monday', '2016-09-12', 'day']]);
  });

  it('puts a weekday in a future clause after it, and the same weekday on the day itself', () => {
    expect(dates('Wang Yi will attend the meeting in New York on Friday.')).toEqual([['Friday', '2016-09-16', 'day']]);
    expect(dates('The council met on Thursday.')).toEqual([['Thursday', '2016-09-15', 'day']]);
  });

  it('prefers the explicit date of "Sunday (11 September)" and infers its year', () => {
    expect(dates('Sung Kim told officials on Sunday (11 September) that sanctions may follow.')).toEqual([
      ['Sunday (11 September)', '2016-09-11', 'day'],
    ]);
  });

  it('resolves relative days, months and years', () => {
    expect(dates('Yesterday the North fired a missile; it tested another last month and two years ago.')).toEqual([
      ['Yesterday', '2016-09-14', 'day'],
      ['last month', '2016-08-01', 'month'],
      ['two years ago', '2014-01-01', 'year'],
    ]);
    expect(dates('Aid talks resume next year, and a summit is planned for the end of the year.')).toEqual([
      ['next year', '2017-01-01', 'year'],
      ['the end of the year', '2016-12-31', 'day'],
    ]);
  });

  it('takes a month-day from last year when it would otherwise lie far in the future', () => {
    expect(dates('The test on December 28 drew condemnation.', '2017-01-05')).toEqual([['December 28', '2016-12-28', 'day']]);
  });

  it('leaves relative dates out when the publication date is unknown, but keeps absolute ones', () => {
    expect(dates('On Friday, and on March 3, 2017, and yesterday.', null)).toEqual([['March 3, 2017', '2017-03-03', 'day']]);
  });

  it('does not take the modal "may" for a month', () => {
    expect(dates('Washington may launch sanctions in 2017.')).toEqual([['2017', '2017-01-01', 'year']]);
  });

  it('gives an occasion set beside a date by commas that date', () => {
    expect(dates('We went on Monday night, the opening night, and it was full.')).toEqual([
      ['Monday', '2016-09-12', 'day'],
      ['the opening night', '2016-09-12', 'day'],
    ]);
    expect(dates('Closing night, March 4, 2016, drew a crowd.')).toEqual([
      ['Closing night', '2016-03-04', 'day'],
      ['March 4, 2016', '2016-03-04', 'day'],
    ]);
  });

  it('resolves "that day" and "the date" to the day named shortly before', () => {
    expect(dates('The ship sank on 3 May 2010. Divers reached it that day.')).toEqual([
      ['3 May 2010', '2010-05-03', 'day'],
      ['that day', '2010-05-03', 'day'],
    ]);
    expect(dates('The treaty was signed on June 1, 1990. Veterans marked the date with a parade.')).toEqual([
      ['June 1, 1990', '1990-06-01', 'day'],
      ['the date', '1990-06-01', 'day'],
    ]);
  });

  it('leaves "the day" alone without a day before it or when it starts a longer phrase', () => {
    expect(dates('It was in 1990 and the day was cold.')).toEqual([['1990', '1990-01-01', 'year']]);
    expect(dates('On Monday she recalled the day of the flood.')).toEqual([['Monday', '2016-09-12', 'day']]);
  });
});
