/**
 * The corrections from the line-by-line audit of the rules against the seeds (issue 8): each one changes what a
 * reader is told, so each is pinned here, in the rules and in the words the reader sees.
 */
import { describe, expect, it } from 'vitest';
import { conditionsOf, parseAnswers, programme } from '../../../src/rules/index.ts';
import { isOfferedNationality, nationalityOf } from '../../../src/rules/countries.ts';
import { parseStringFile } from '../../../src/i18n/string-files.ts';
import { stringFile } from '../../content/content-files.ts';
import { DAY, fixturePath, readFixture, resultsByProgramme, selfcheck } from './support.ts';

const english = parseStringFile('content/i18n/en.json', stringFile('en')).strings;
const condition = (programmeId: Parameters<typeof programme>[0], id: string) => conditionsOf(programme(programmeId)).find((c) => c.id === id);

describe('resettlement', () => {
  it('cites REAN for the exclusion of EU, EEA and Swiss nationals, and for the richest countries', () => {
    expect(condition('nl-iom-resettlement', 'nationality-not-eu-eea-swiss')?.citation.source).toBe('iom-nl-rean');
    expect(condition('nl-iom-resettlement', 'nationality-not-richest-country')?.citation).toMatchObject({ source: 'iom-nl-rean', passage: expect.stringContaining('richest countries') });
  });

  it('lists "no programme that requires capital investment" as a condition a counsellor confirms (seed 002)', () => {
    const result = resultsByProgramme(readFixture('nl-resettlement-permanent-residence.json'))['nl-iom-resettlement'];
    expect(result.conditions.find((c) => c.id === 'no-capital-investment-programme')).toMatchObject({ met: null, confirmWithCounsellor: true, source: { id: 'iom-nl-resettlement' } });
    expect(english['condition.no-capital-investment-programme']).toMatch(/invest/);
  });

  it('asks about the money of the person or of the legal guarantee for their stay (seed 002)', () => {
    expect(english['question.meansToPayDeparture.label']).toMatch(/person who legally guarantees your stay/);
    expect(english['condition.cannot-pay-departure']).toMatch(/person who legally guarantees your stay/);
  });
});

describe('the NGO projects', () => {
  it('cite the REAN conditions (not seed 004, which only names the basic departure support) for means, 5 years, travel document and objection', () => {
    for (const id of ['cannot-pay-departure', 'no-assisted-departure-within-5-years', 'has-travel-document', 'no-government-objection']) {
      expect(condition('nl-ngo-reintegration', id)?.citation.source, id).toBe('iom-nl-rean');
    }
  });
});

describe('Belgium', () => {
  it('counts day 30 after the order to leave as within the 30-day period, and day 31 as after it', () => {
    const refused = readFixture('be-refused-10-days-ago.json');
    const on = (days: number) => resultsByProgramme({ ...refused, daysSinceOrderToLeave: days })['be-reintegration-complementary'].verdict;
    expect([on(30), on(31)]).toEqual(['likely', 'unlikely']);
    expect(english['condition.procedure-running-or-recent-order-to-leave']).toMatch(/30 days ago or less/);
  });

  it('asks whether protection was ever applied for, without "in Belgium" (seed 003 does not say where)', () => {
    expect(english['condition.applied-for-international-protection']).not.toMatch(/Belgium/);
  });

  it('gives the seed\'s examples of vulnerability and leaves other situations, such as a child alone, to Fedasil', () => {
    expect(english['condition.meets-vulnerability-criteria']).not.toMatch(/child alone/);
    const child = resultsByProgramme(readFixture('be-child-alone.json'))['be-reintegration-vulnerability'];
    expect(child.conditions.find((c) => c.id === 'meets-vulnerability-criteria')?.met).toBeNull();
  });

  it('reads the Schengen visa list on the day of the check: Kosovo meets the basic level in 2023, not in 2024', () => {
    const kosovar = readFixture('be-kosovar-refused-10-days-ago.json');
    expect(resultsByProgramme(kosovar, '2023-06-01')['be-reintegration-basic'].verdict).toBe('likely');
    expect(resultsByProgramme(kosovar, '2024-01-01')['be-reintegration-basic'].verdict).toBe('unlikely');
    const run = selfcheck(fixturePath('be-kosovar-refused-10-days-ago.json'), '--date', '2023-06-01');
    expect(JSON.parse(run.stdout).results.find((r: { programme: string }) => r.programme === 'be-reintegration-basic').verdict).toBe('likely');
  });
});

describe('nationalities, not territories', () => {
  it('reads a territory as the nationality its people hold', () => {
    expect(['WF', 'MS', 'SH', 'NU', 'TK', 'AW'].map(nationalityOf)).toEqual(['FR', 'GB', 'GB', 'NZ', 'NZ', 'NL']);
    expect(nationalityOf('AF')).toBe('AF');
  });

  it('offers states as nationalities, not territories, empty land or the host countries', () => {
    expect(['AF', 'SY', 'XK', 'PS', 'FR', 'GB'].filter(isOfferedNationality)).toEqual(['AF', 'SY', 'XK', 'PS', 'FR', 'GB']);
    expect(['WF', 'MS', 'AQ', 'BV', 'NL', 'BE', 'AW'].filter(isOfferedNationality)).toEqual([]);
  });

  it('says in the command output which nationality a territory was read as', () => {
    const run = selfcheck(fixturePath('nl-wallis-futuna.json'));
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).assessedNationality).toBe('FR');
    expect(JSON.parse(selfcheck(fixturePath('nl-afghan-family.json')).stdout)).not.toHaveProperty('assessedNationality');
  });
});

describe('numbers have sane bounds', () => {
  const base = { residence: 'NL', nationality: 'AF' };
  it.each([
    ['adults', { adults: 21 }, 'expected a whole number from 0 to 20'],
    ['minors', { minors: 1000 }, 'expected a whole number from 0 to 20'],
    ['daysSinceOrderToLeave', { daysSinceOrderToLeave: 36_501 }, 'expected a whole number from 0 to 36500'],
    ['vulnerabilities', { vulnerabilities: ['pregnant', 'pregnant'] }, 'expected each item only once'],
  ])('%s', (field, answers, message) => {
    expect(() => parseAnswers({ ...base, ...answers })).toThrow(`${field}: ${message}`);
  });

  it('accepts the largest household, so its budget stays a real sum', () => {
    const answers = parseAnswers({ ...readFixture('nl-afghan-family.json'), adults: 20, minors: 20 });
    expect(resultsByProgramme(answers, DAY)['nl-iom-reintegration'].budget).toEqual({ maxEur: 20 * 1800 + 20 * 2800, cashMaxEur: 40 * 300 });
  });
});
