/**
 * The self-check, the country filter and search write numbers, euros, dates, lists and plurals in the browser
 * from tables made at build time, so a phone without CLDR data for Tigrinya or Sorani still shows Tigrinya month
 * names and Sorani digits. These tests hold the tables to Node's full ICU, for every language of the site.
 */
import { describe, expect, it } from 'vitest';
import { browserFormats } from '../../../src/i18n/browser-formats.ts';
import { formatDate, formatEur } from '../../../src/i18n/format.ts';
import { formatList } from '../../../src/i18n/list-format.ts';
import { locales } from '../../../src/i18n/locales.ts';
import { fromTable } from '../../../src/scripts/locale-format.ts';
import { numbersIn } from '../../../src/i18n/number-fidelity.ts';

const numbers = [0, 1, 2, 7, 11, 21, 101, 999, 1000, 1234, 9999, 10000, 36500, 123456, 1234567];
const dates = ['2026-01-01', '2026-03-31', '2017-07-01', '2026-11-23', '2030-12-09'];

describe.each(locales.filter((l) => !l.copyOf).map((l) => [l.key, l.tag]))('%s in the browser, as the build writes it', (_key, tag) => {
  const format = fromTable(browserFormats(tag));

  it('numbers and euro amounts', () => {
    for (const n of numbers) expect(format.number(n), String(n)).toBe(new Intl.NumberFormat(tag).format(n));
    for (const n of numbers) expect(format.euros(n), String(n)).toBe(formatEur(tag, n));
  });

  it('dates, in the Gregorian calendar (the letters from the authorities use it)', () => {
    for (const date of dates) expect(format.date(date), date).toBe(formatDate(tag, date));
    expect(numbersIn(formatDate(tag, '2026-03-31'))).toContain('2026');
  });

  it('plural categories of every count a reader can meet', () => {
    const rules = new Intl.PluralRules(tag);
    for (let n = 0; n <= 2000; n++) expect(format.plural(n), String(n)).toBe(rules.select(n));
    expect(format.plural(36500)).toBe(rules.select(36500));
  });

  it('lists', () => {
    for (const items of [['A', 'B'], ['A', 'B', 'C'], ['A', 'B', 'C', 'D']]) expect(format.list(items)).toBe(formatList(tag, items, 'unit'));
  });
});

describe('lists where ICU has no patterns', () => {
  it('Sorani joins with "و", not the English "and" ICU falls back to', () => {
    expect(formatList('ckb', ['ئێراق', 'سووریا', 'تورکیا'])).toBe('ئێراق، سووریا و تورکیا');
    expect(formatList('fr', ['A', 'B', 'C'])).toBe('A, B et C');
  });
});
