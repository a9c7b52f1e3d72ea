/** Every translated string and page block keeps the numbers of its English text (deadlines, ages, years, limits). */
import { describe, expect, it } from 'vitest';
import { locales, sourceLocale } from '../../src/i18n/locales.ts';
import { numberProblems, numbersIn } from '../../src/i18n/number-fidelity.ts';
import { translatedPages, translatedStrings } from './content-files.ts';

describe('numbers in translations', () => {
  it('are read in any decimal digits, ignoring components, links and placeholders; 9:00 is 9 h', () => {
    expect(numbersIn('9:00–12:30')).toEqual(numbersIn('de 9 h à 12 h 30'));
    expect(numbersIn('۵ سال و ٣٠ روز <Source id="x-2" /> [a](/fa/2/) {{count}} 1,500')).toEqual(['1500', '30', '5']);
  });

  for (const locale of locales.filter((l) => l.key !== sourceLocale && !l.copyOf)) {
    it(`${locale.key}: strings keep the English numbers`, () => {
      const problems = translatedStrings(locale.key)
        .filter((s) => !/_(zero|one|two)$/.test(s.key))
        .flatMap((s) => numberProblems(`content/i18n/${locale.key}.json ${s.key}`, s.english, s.own));
      expect(problems).toEqual([]);
    });

    it(`${locale.key}: page blocks keep the English numbers`, () => {
      const problems = translatedPages(locale.key)
        .filter((page) => page.own.length === page.english.length) // the glossary test names a page that does not
        .flatMap((page) => page.english.flatMap((text, i) => numberProblems(`${page.file} block ${i + 1}`, text, page.own[i])));
      expect(problems).toEqual([]);
    });
  }
});
