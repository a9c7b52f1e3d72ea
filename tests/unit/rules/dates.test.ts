/**
 * Rules that depend on the day. Seed 001: the IOM reintegration rules "apply to migrants who apply for voluntary
 * return assistance from IOM from 1 July 2017 onwards"; before, the older arrangements applied. The NGO projects run under the
 * Subsidieregeling Ondersteuning Zelfstandig Vertrek 2023, in force from 2023-08-01 until 2028-08-01.
 */
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/rules/index.ts';
import { readFixture, resultsByProgramme } from './support.ts';

/** An Afghan adult in the Netherlands who meets every condition. */
const qualifying: Answers = { ...readFixture('nl-afghan-family.json'), adults: 1, minors: 0 };

const inForce = (date: string, id: 'nl-iom-reintegration' | 'nl-ngo-reintegration') =>
  resultsByProgramme(qualifying, date)[id].conditions.find((c) => c.id === 'in-force')?.met;

describe('IOM reintegration: the 1 July 2017 cut-over from the older arrangements', () => {
  it('on 2017-06-30 shows the older arrangements: 1500 EUR per adult, no cash figure, leave by their deadline', () => {
    const result = resultsByProgramme(qualifying, '2017-06-30')['nl-iom-reintegration'];
    expect(result.verdict).toBe('likely');
    expect(result.budget).toEqual({ maxEur: 1500 });
    expect(result.conditions.find((c) => c.id === 'departs-by-older-arrangements-deadline')).toMatchObject({ met: null, confirmWithCounsellor: true });
  });

  it('on 2017-05-01 counts 2500 EUR per child of a family under the older arrangements', () => {
    const family = resultsByProgramme({ ...qualifying, adults: 2, minors: 3 }, '2017-05-01')['nl-iom-reintegration'];
    expect(family.budget).toEqual({ maxEur: 2 * 1500 + 3 * 2500 });
  });

  it('on 2017-07-01 has the current rules: 1800 EUR (300 in cash) for one adult, and no older deadline', () => {
    const result = resultsByProgramme(qualifying, '2017-07-01')['nl-iom-reintegration'];
    expect(result.verdict).toBe('likely');
    expect(result.budget).toEqual({ maxEur: 1800, cashMaxEur: 300 });
    expect(result.conditions.map((c) => c.id)).not.toContain('departs-by-older-arrangements-deadline');
  });

  it('is still in force today (no end date in the seeds)', () => {
    expect(resultsByProgramme(qualifying, '2026-11-23')['nl-iom-reintegration'].budget).toEqual({ maxEur: 1800, cashMaxEur: 300 });
  });
});

describe('NGO reintegration projects: the 2023 regulation', () => {
  it.each([
    ['2017-07-01', false],
    ['2023-07-31', false],
    ['2023-08-01', true],
    ['2028-07-31', true],
    ['2028-08-01', false],
  ] as const)('on %s the programme is in force: %s', (date, expected) => {
    expect(inForce(date, 'nl-ngo-reintegration')).toBe(expected);
    expect(resultsByProgramme(qualifying, date)['nl-ngo-reintegration'].verdict).toBe(expected ? 'likely' : 'unlikely');
  });

  it('shows no budget outside the regulation period and 1800 EUR within it', () => {
    expect(resultsByProgramme(qualifying, '2023-07-31')['nl-ngo-reintegration']).not.toHaveProperty('budget');
    expect(resultsByProgramme(qualifying, '2023-08-01')['nl-ngo-reintegration'].budget).toEqual({ maxEur: 1800, cashMaxEur: 300 });
  });
});

describe('programmes without a period in the seeds', () => {
  it.each(['nl-iom-resettlement', 'be-reintegration-basic', 'be-reintegration-complementary', 'be-reintegration-vulnerability'] as const)(
    '%s has no in-force condition',
    (id) => {
      expect(resultsByProgramme(qualifying, '2017-06-30')[id].conditions.map((c) => c.id)).not.toContain('in-force');
    },
  );
});
