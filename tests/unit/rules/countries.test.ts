/**
 * Country codes and country groups (content/data/). Every file is validated when loaded; a mistake fails
 * with a message naming the file and the entry, so whoever edits a list can find it.
 */
import { describe, expect, it } from 'vitest';
// The validators run whenever the data loads outside the browser (see src/rules/countries.ts).
import { loadCountries, loadGroups } from '../../../src/rules/country-validation.ts';
import { countryCodes, group, groups, isMember } from '../../../src/rules/index.ts';

const source = { title: 'Test list', retrieved: '2026-11-23' };
const countriesFile = 'content/data/countries.json';
const groupFile = (id: string) => `content/data/country-groups/${id}.json`;
const groupData = (id: string, rest: Record<string, unknown>) => ({ id, source, needsCheck: false, ...rest });

function errorOf(load: () => unknown): string {
  try {
    load();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the data to be rejected');
}

describe('loading the country list', () => {
  const country = (code: string, rest: Record<string, unknown> = {}) => ({ code, ...rest });

  it('reads a territory as the nationality its people hold, which must be a state in the list', () => {
    const loaded = loadCountries(countriesFile, { source, territoriesSource: source, countries: [country('FR'), country('WF', { nationality: 'FR' }), country('AQ', { noPermanentPopulation: true })] });
    expect(loaded.map((c) => c.nationality ?? c.code)).toEqual(['FR', 'FR', 'AQ']);
    const message = errorOf(() => loadCountries(countriesFile, { source, territoriesSource: source, countries: [country('WF', { nationality: 'QQ' }), country('MS', { nationality: 'WF' })] }));
    expect(message).toContain('countries[0].nationality: "QQ" is not a code in this list');
    expect(message).toContain('countries[1].nationality: "WF" is itself a territory');
    expect(errorOf(() => loadCountries(countriesFile, { source, countries: [country('FR'), country('WF', { nationality: 'FR' })] }))).toContain('territoriesSource: expected the source');
  });

  it('accepts well-formed, unique codes', () => {
    expect(loadCountries(countriesFile, { source, countries: [country('AF'), country('SY')] }).map((c) => c.code)).toEqual(['AF', 'SY']);
  });

  it('rejects a code that is not two capital letters ("Afg"), naming the file and the entry', () => {
    const message = errorOf(() => loadCountries(countriesFile, { source, countries: [country('AF'), country('Afg')] }));
    expect(message).toContain(countriesFile);
    expect(message).toContain('countries[1].code');
  });

  it('rejects a code listed twice, naming the file and the entry', () => {
    const message = errorOf(() => loadCountries(countriesFile, { source, countries: [country('AF'), country('SY'), country('AF')] }));
    expect(message).toContain(countriesFile);
    expect(message).toContain('countries[2].code');
    expect(message).toContain('"AF" is listed twice');
  });
});

describe('loading country groups', () => {
  const known = new Set(['AF', 'SY', 'DE', 'UA', 'MA']);

  it('accepts a list of known codes and a union of known groups', () => {
    const loaded = loadGroups(
      {
        [groupFile('visa')]: groupData('visa', { members: ['AF', 'SY'] }),
        [groupFile('dac')]: groupData('dac', { members: ['UA', 'AF'] }),
        [groupFile('both')]: groupData('both', { union: ['visa', 'dac'] }),
      },
      known,
    );
    expect([...loaded.get('both')!.members].sort()).toEqual(['AF', 'SY', 'UA']);
  });

  it('rejects a member code that is not well formed ("Afg"), naming the file and the entry', () => {
    const message = errorOf(() => loadGroups({ [groupFile('visa')]: groupData('visa', { members: ['AF', 'Afg'] }) }, known));
    expect(message).toContain(groupFile('visa'));
    expect(message).toContain('members[1]');
  });

  it('rejects a member that is not a country ("XX"), naming the file and the entry', () => {
    const message = errorOf(() => loadGroups({ [groupFile('visa')]: groupData('visa', { members: ['AF', 'SY', 'DE', 'XX'] }) }, known));
    expect(message).toContain(groupFile('visa'));
    expect(message).toContain('members[3]');
    expect(message).toContain('"XX"');
  });

  it('rejects a union naming an unknown group, naming the file and the entry', () => {
    const message = errorOf(() =>
      loadGroups(
        {
          [groupFile('visa')]: groupData('visa', { members: ['AF'] }),
          [groupFile('both')]: groupData('both', { union: ['visa', 'oecd-dac'] }),
        },
        known,
      ),
    );
    expect(message).toContain(groupFile('both'));
    expect(message).toContain('union[1]');
    expect(message).toContain('"oecd-dac"');
  });

  it('rejects a group whose id does not match its file name', () => {
    const message = errorOf(() => loadGroups({ [groupFile('visa')]: groupData('visa-required', { members: ['AF'] }) }, known));
    expect(message).toContain(groupFile('visa'));
    expect(message).toContain('id:');
  });
});

describe('the real lists', () => {
  it('load, with every group in use', () => {
    expect([...groups.keys()].sort()).toEqual(['be-reintegration-basic', 'eu-eea-switzerland', 'nl-reintegration', 'oecd-dac-2024-2025', 'schengen-visa-required']);
    for (const [id, loaded] of groups) expect(loaded.members.size, id).toBeGreaterThan(0);
  });

  it('know Kosovo (XK) and about 250 codes', () => {
    expect(countryCodes.has('XK')).toBe(true);
    expect(countryCodes.size).toBeGreaterThanOrEqual(249);
  });

  it('make the Dutch reintegration list the nationalities on both the visa-required and the OECD DAC lists (both readings agree)', () => {
    const visa = group('schengen-visa-required').members;
    const expected = [...group('oecd-dac-2024-2025').members].filter((code) => visa.has(code));
    expect([...group('nl-reintegration').members].sort()).toEqual(expected.sort());
    expect(group('nl-reintegration')).toMatchObject({ combine: 'intersection', parts: ['schengen-visa-required', 'oecd-dac-2024-2025'] });
  });

  it('date Kosovo on the Schengen visa list: a member until 2023-12-31, visa-free from 2024-01-01 (Regulation (EU) 2023/850)', () => {
    expect(isMember('schengen-visa-required', 'XK', '2023-12-31')).toBe(true);
    expect(isMember('schengen-visa-required', 'XK', '2024-01-01')).toBe(false);
    expect(isMember('be-reintegration-basic', 'XK', '2023-06-01')).toBe(true);
    expect(isMember('nl-reintegration', 'XK', '2023-06-01')).toBe(true);
    expect(isMember('nl-reintegration', 'XK', '2024-06-01')).toBe(false);
  });

  it('make the Belgian basic list the countries that need a visa for Belgium (seed 003)', () => {
    expect([...group('be-reintegration-basic').members].sort()).toEqual([...group('schengen-visa-required').members].sort());
  });

  it.each([
    ['AF', true, true],
    ['SY', true, true],
    ['ER', true, true],
    ['MA', true, true],
    ['NG', true, true],
    ['UA', false, false],
    ['GE', false, false],
    ['MX', false, false],
    ['RU', false, true],
    ['DE', false, false],
    ['PL', false, false],
    ['FR', false, false],
    ['US', false, false],
    ['JP', false, false],
  ] as const)('%s: on the Dutch list by both readings %s, on the Belgian basic list %s', (code, dutch, belgian) => {
    expect(isMember('nl-reintegration', code)).toBe(dutch);
    expect(isMember('be-reintegration-basic', code)).toBe(belgian);
  });

  it('list EU, EEA and Swiss nationals, who are on neither reintegration list', () => {
    for (const code of ['DE', 'PL', 'FR', 'NL', 'BE', 'NO', 'IS', 'LI', 'CH']) expect(isMember('eu-eea-switzerland', code), code).toBe(true);
    for (const code of group('eu-eea-switzerland').members) {
      expect(isMember('nl-reintegration', code), code).toBe(false);
      expect(isMember('be-reintegration-basic', code), code).toBe(false);
    }
  });
});
