/**
 * Household reintegration budgets. Seeds 000/001 (IOM) and 004 (NGO projects): at most 1800 EUR per adult,
 * 2800 EUR per minor child returning with the family, 2800 EUR per unaccompanied minor; at most 300 EUR of each
 * person's budget in cash. The budget shown is for the whole household.
 */
import { describe, expect, it } from 'vitest';
import { householdOf } from '../../../src/rules/index.ts';
import type { Answers, ProgrammeId } from '../../../src/rules/index.ts';
import { resultsByProgramme } from './support.ts';

const afghanInNl: Answers = { residence: 'NL', nationality: 'AF' };
const withAmounts: ProgrammeId[] = ['nl-iom-reintegration', 'nl-ngo-reintegration'];

const households: { who: string; answers: Partial<Answers>; maxEur: number; cashMaxEur: number }[] = [
  { who: 'a single adult', answers: { adults: 1, minors: 0 }, maxEur: 1800, cashMaxEur: 300 },
  { who: 'a couple without children', answers: { adults: 2, minors: 0 }, maxEur: 3600, cashMaxEur: 600 },
  { who: '2 adults with 3 children', answers: { adults: 2, minors: 3 }, maxEur: 12000, cashMaxEur: 1500 },
  { who: 'a single parent with 1 child', answers: { adults: 1, minors: 1 }, maxEur: 4600, cashMaxEur: 600 },
  { who: 'an unaccompanied minor', answers: { unaccompaniedMinor: true }, maxEur: 2800, cashMaxEur: 300 },
  { who: 'an unaccompanied minor who also said 0 adults and 1 minor', answers: { unaccompaniedMinor: true, adults: 0, minors: 1 }, maxEur: 2800, cashMaxEur: 300 },
  { who: 'someone who did not say how many leave (estimate for one adult)', answers: {}, maxEur: 1800, cashMaxEur: 300 },
  { who: 'an unknown number of adults with 2 children (one adult assumed)', answers: { minors: 2 }, maxEur: 1800 + 5600, cashMaxEur: 900 },
  { who: '2 children leaving without adults, not unaccompanied minors', answers: { adults: 0, minors: 2 }, maxEur: 5600, cashMaxEur: 600 },
];

describe.each(withAmounts)('%s budget for the whole household', (id) => {
  it.each(households)('$who: up to $maxEur EUR, $cashMaxEur EUR of it in cash', ({ answers, maxEur, cashMaxEur }) => {
    expect(resultsByProgramme({ ...afghanInNl, ...answers })[id].budget).toEqual({ maxEur, cashMaxEur });
  });
});

describe('the in-kind part', () => {
  it('leaves at least 1500 EUR in kind per adult and 2500 EUR per minor (seed 001)', () => {
    const { maxEur, cashMaxEur } = resultsByProgramme({ ...afghanInNl, adults: 2, minors: 3 })['nl-iom-reintegration'].budget!;
    expect(maxEur - (cashMaxEur ?? Number.NaN)).toBe(2 * 1500 + 3 * 2500);
  });
});

describe('who counts in the household', () => {
  it('counts an unaccompanied minor alone', () => {
    expect(householdOf({ ...afghanInNl, unaccompaniedMinor: true })).toEqual({ adults: 0, minorsWithFamily: 0, unaccompaniedMinors: 1 });
  });
  it('counts children as minors with their family when they leave with adults', () => {
    expect(householdOf({ ...afghanInNl, unaccompaniedMinor: false, adults: 2, minors: 3 })).toEqual({ adults: 2, minorsWithFamily: 3, unaccompaniedMinors: 0 });
  });
});

describe('Belgian programmes', () => {
  // Seed 003 gives no amounts: support is in kind through local partners, set by the return counsellor.
  it.each(['be-reintegration-basic', 'be-reintegration-complementary', 'be-reintegration-vulnerability'] as const)('%s shows no budget', (id) => {
    const results = resultsByProgramme({ residence: 'BE', nationality: 'AF', adults: 2, minors: 3, asylum: 'pending', vulnerabilities: [] });
    expect(results[id].verdict).not.toBe('unlikely');
    expect(results[id]).not.toHaveProperty('budget');
  });
});

describe('resettlement', () => {
  it('shows no reintegration budget (seed 002 gives no amounts)', () => {
    expect(resultsByProgramme({ ...afghanInNl, plan: 'third-country' })['nl-iom-resettlement']).not.toHaveProperty('budget');
  });
});
