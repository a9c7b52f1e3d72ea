/**
 * Countries and named country groups, read from the language-neutral data files in `content/data/`.
 * Outside the browser (build, command, tests) every file is validated when it loads (`country-validation.ts`):
 * a bad code or an unknown group fails naming the file and the entry. The browser bundle, which Vite builds with
 * `import.meta.env.SSR === false`, gets the same files without the validator: the build has validated them, and
 * leaving zod out keeps the self-check small for readers on slow connections.
 * Country names are never stored here; pages get them from `Intl.DisplayNames`.
 */
import { resolveGroups, type Country, type CountryGroup, type CountryGroupFile } from './country-groups.ts';
import { todayIso } from './dated.ts';
import type { IsoDate } from './types.ts';
import countriesFile from '../../content/data/countries.json' with { type: 'json' };
import schengenVisaRequired from '../../content/data/country-groups/schengen-visa-required.json' with { type: 'json' };
import oecdDac from '../../content/data/country-groups/oecd-dac-2024-2025.json' with { type: 'json' };
import euEeaSwitzerland from '../../content/data/country-groups/eu-eea-switzerland.json' with { type: 'json' };
import nlReintegration from '../../content/data/country-groups/nl-reintegration.json' with { type: 'json' };
import beReintegrationBasic from '../../content/data/country-groups/be-reintegration-basic.json' with { type: 'json' };

export type { Country, CountryGroup } from './country-groups.ts';

const groupFiles: Record<string, unknown> = {
  'content/data/country-groups/schengen-visa-required.json': schengenVisaRequired,
  'content/data/country-groups/oecd-dac-2024-2025.json': oecdDac,
  'content/data/country-groups/eu-eea-switzerland.json': euEeaSwitzerland,
  'content/data/country-groups/nl-reintegration.json': nlReintegration,
  'content/data/country-groups/be-reintegration-basic.json': beReintegrationBasic,
};

// `import.meta.env` exists only under Vite; the command and plain Node leave it undefined.
if (typeof import.meta.env === 'undefined' || import.meta.env.SSR !== false) {
  const { loadCountries, loadGroups } = await import('./country-validation.ts');
  const codes = new Set(loadCountries('content/data/countries.json', countriesFile).map((country) => country.code));
  loadGroups(groupFiles, codes);
}

export const countries: readonly Country[] = (countriesFile as { countries: Country[] }).countries;
export const countryCodes: ReadonlySet<string> = new Set(countries.map((country) => country.code));
export const groups: Map<string, CountryGroup> = resolveGroups(Object.values(groupFiles) as CountryGroupFile[]);

export type GroupId = 'schengen-visa-required' | 'oecd-dac-2024-2025' | 'eu-eea-switzerland' | 'nl-reintegration' | 'be-reintegration-basic';

export function group(id: GroupId): CountryGroup {
  const found = groups.get(id);
  if (!found) throw new Error(`country group "${id}" is not loaded`);
  return found;
}

/** Membership on a day (lists change: Kosovo needed a visa for the Schengen area until 2023-12-31). */
export function isMember(groupId: GroupId, code: string, date: IsoDate = todayIso()): boolean {
  return group(groupId).hasOn(code, date);
}

const byCode = new Map(countries.map((country) => [country.code, country]));

export function countryOf(code: string): Country | undefined {
  return byCode.get(code);
}

/**
 * The nationality people from `code` hold: the code itself for a state, the administering state for a territory
 * (Wallis and Futuna: France). Lists are about nationalities, so a territory on a list never makes anyone eligible.
 */
export function nationalityOf(code: string): string {
  return byCode.get(code)?.nationality ?? code;
}

/** The host countries: their own nationals need no return support, so the self-check does not offer them. */
export const hostNationalities: ReadonlySet<string> = new Set(['NL', 'BE']);

/** What the self-check offers as a nationality: states (and XK, PS, TW, HK, MO ...), not territories or empty land. */
export function isOfferedNationality(code: string): boolean {
  const country = byCode.get(code);
  return country !== undefined && !country.nationality && !country.noPermanentPopulation && !hostNationalities.has(code);
}
