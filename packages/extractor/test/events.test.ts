import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

function events(sentence: string) {
  return extractFacts({ title: null, paragraphs: [sentence], publishedAt: null }).events.map((e) => ({
    actor: e.actor?.country ?? e.actor?.id ?? null,
    action: e.action,
    cameo: e.cameo,
    plover: e.plover,
    target: e.target?.country ?? e.target?.id ?? null,
    topic: e.topic,
  }));
}

describe('events', () => {
  it('codes the issue example: China opposes sanctions against North Korea', () => {
    expect(events('China opposes unilateral sanctions against North Korea.')).toEqual([
      { actor: 'CHN', action: 'reject', cameo: '120', plover: 'REJECT', target: 'PRK', topic: 'sanctions' },
    ]);
  });

  it('codes meetings, demands, threats, sanctions and tests with CAMEO and PLOVER side by side', () => {
    expect(events('Wang Yi met with Russian Foreign Minister Sergei Lavrov in Moscow.')[0]).toMatchObject({
      actor: 'CHN', action: 'consult', plover: 'CONSULT', target: 'RUS',
    });
    expect(events('Japan urged China to enforce the sanctions.')[0]).toMatchObject({ actor: 'JPN', plover: 'REQUEST', target: 'CHN' });
    expect(events('Pyongyang threatened a preemptive nuclear strike against the United States.')[0]).toMatchObject({
      actor: 'PRK', cameo: '130', plover: 'THREATEN', target: 'USA',
    });
    expect(events('The US Treasury imposed sanctions on two Chinese banks.')[0]).toMatchObject({ actor: 'USA', cameo: '163', plover: 'SANCTION', target: 'CHN' });
    expect(events('North Korea test-fired two ballistic missiles into the sea.')[0]).toMatchObject({
      actor: 'PRK', action: 'weapons-test', plover: 'MOBILIZE', topic: 'missile-launch',
    });
    expect(events('Seoul called for talks with Pyongyang.')[0]).toMatchObject({ actor: 'KOR', cameo: '026', target: 'PRK', topic: 'dialogue' });
  });

  it('codes "X said Y must …" as X demanding of Y', () => {
    expect(events('A senior British minister said Libya must hand over the suspects.')[0]).toMatchObject({
      actor: 'GBR', plover: 'REQUEST', target: 'LBY',
    });
  });

  it('turns a negated agreement into a rejection and skips a launched investigation', () => {
    expect(events('Russia did not agree to the new resolution.')[0]).toMatchObject({ actor: 'RUS', plover: 'REJECT' });
    expect(events('Police launched an investigation into the leak.')).toEqual([]);
  });

  it('codes street protests and strikes as PROTEST', () => {
    expect(events('Thousands of teachers rallied outside the parliament in Seoul.')[0]).toMatchObject({ action: 'protest', plover: 'PROTEST' });
    expect(events('Dock workers in Chile began a hunger strike over unpaid wages.')[0]).toMatchObject({ action: 'protest', plover: 'PROTEST' });
  });

  it('codes announced acts by what the modal announces: promise, threat or refusal', () => {
    expect(events('Norway will provide medical supplies to Jordan.')[0]).toMatchObject({ actor: 'NOR', plover: 'AGREE', target: 'JOR' });
    expect(events('Japan may suspend flights to Russia.')[0]).toMatchObject({ actor: 'JPN', plover: 'THREATEN', target: 'RUS' });
    expect(events('Egypt would not meet Israeli envoys this month.')[0]).toMatchObject({ actor: 'EGY', plover: 'REJECT' });
  });

  it('accepts readiness cues when the troops are the subject, not an unrelated alert', () => {
    expect(events('Indian troops remained on alert along the border.')[0]).toMatchObject({ actor: 'IND', plover: 'MOBILIZE' });
    expect(events('Hospitals in Peru remained on alert after the storm.')).toEqual([]);
  });

  it('gives an unplaced person the country named beside them in the sentence', () => {
    expect(events('Opposition groups in Kenya demanded that President Sam Otieno resign.')[0]).toMatchObject({
      plover: 'REQUEST', target: 'KEN',
    });
    expect(events('Maria Okafor, a Nigerian activist, condemned the ruling.')[0]).toMatchObject({ actor: 'NGA', plover: 'ACCUSE' });
  });
});

