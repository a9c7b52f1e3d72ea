/** Every translated string and page block keeps the numbers of its English text (deadlines, ages, years, limits). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales, sourceLocale } from '../../src/i18n/locales.ts';
import { pageBlocks } from '../../src/i18n/glossary-files.ts';
import { numberProblems, numbersIn } from '../../src/i18n/number-fidelity.ts';
import { contentRoot, pageFiles, stringFile } from './content-files.ts';

const englishStrings = stringFile(sourceLocale) as Record<string, string>;

describe('numbers in translations', () => {
  it('are read in any decimal digits, ignoring components, links and placeholders; 9:00 is 9 h', () => {
    expect(numbersIn('9:00–12:30')).toEqual(numbersIn('de 9 h à 12 h 30'));
    expect(numbersIn('۵ سال و ٣٠ روز <Source id="x-2" /> [a](/fa/2/) {{count}} 1,500')).toEqual(['1500', '30', '5']);
  });

  for (const locale of locales.filter((l) => l.key !== sourceLocale && !l.copyOf)) {
    it(`${locale.key}: strings keep the English numbers`, () => {
      const own = stringFile(locale.key) as Record<string, string>;
      const problems = Object.entries(own)
        .filter(([key]) => key !== '$meta' && !/_(zero|one|two)$/.test(key))
        .flatMap(([key, text]) => numberProblems(`content/i18n/${locale.key}.json ${key}`, englishStrings[key] ?? '', text));
      expect(problems).toEqual([]);
    });

    it(`${locale.key}: page blocks keep the English numbers`, () => {
      const problems: string[] = [];
      for (const page of pageFiles().filter((p) => p.locale === sourceLocale)) {
        const relative = page.file.replace(/^content\/pages\/en\//, '');
        const path = join(contentRoot, 'pages', locale.key, relative);
        if (!existsSync(path)) continue;
        const own = pageBlocks(readFileSync(path, 'utf8'));
        const english = pageBlocks(readFileSync(join(contentRoot, '..', page.file), 'utf8'));
        if (own.length !== english.length) continue; // the glossary test names this
        english.forEach((text, i) => problems.push(...numberProblems(`content/pages/${locale.key}/${relative} block ${i + 1}`, text, own[i])));
      }
      expect(problems).toEqual([]);
    });
  }
});
