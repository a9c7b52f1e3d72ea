/** Locale-aware formatting, all through `Intl`: names of countries, money, dates and sorting. */
import { countries } from '../rules/countries.ts';
import { aliasesOf } from './country-aliases.ts';
import { dateLocale } from './browser-formats.ts';

const regionNames = new Map<string, Intl.DisplayNames>();

/**
 * ICU has no country names in Kinyarwanda (it answers with the code); Kirundi's, a closely related language
 * whose country names are largely the same words, stand in (docs/decisions/0013).
 */
const regionNamesFrom: Record<string, string> = { rw: 'rn' };

export function countryName(tag: string, code: string): string {
  let names = regionNames.get(tag);
  if (!names) regionNames.set(tag, (names = new Intl.DisplayNames([regionNamesFrom[tag] ?? tag], { type: 'region', fallback: 'code' })));
  return names.of(code) ?? code;
}

export function formatEur(tag: string, amount: number): string {
  return new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(amount);
}

/**
 * A `YYYY-MM-DD` date written out for the reader, e.g. "23 November 2026". Always the Gregorian calendar: the
 * reader compares it with letters and deadlines from Dutch and Belgian authorities.
 */
export function formatDate(tag: string, isoDate: string): string {
  return new Intl.DateTimeFormat(dateLocale(tag), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** Every country with its name in the reader's language, sorted the way that language sorts. */
export function countriesSorted(tag: string): { code: string; name: string; aliases: readonly string[] }[] {
  const collator = new Intl.Collator(tag);
  return countries
    .map((country) => ({ code: country.code, name: countryName(tag, country.code), aliases: aliasesOf(country.code) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
