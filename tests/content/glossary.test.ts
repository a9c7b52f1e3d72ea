/**
 * Each translation's glossary names one term per fixed concept, and that term is used wherever the English text
 * uses the concept: in the same UI string, and in the same block (paragraph, list, heading) of the same page.
 * Translated pages keep the English page's blocks, so block N answers block N.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales, sourceLocale } from '../../src/i18n/locales.ts';
import { englishGlossarySchema, glossarySchema, glossaryShapeProblems, missingTerms, type AlignedText } from '../../src/i18n/glossary-files.ts';
import { contentRoot, pageFiles, stringFile, translatedPages, translatedStrings } from './content-files.ts';

const english = englishGlossarySchema.parse(JSON.parse(readFileSync(join(contentRoot, 'glossary/en.json'), 'utf8')));
const englishStrings = stringFile(sourceLocale) as Record<string, string>;
const englishPages = pageFiles().filter((p) => p.locale === sourceLocale);
const translations = locales.filter((l) => l.key !== sourceLocale && !l.copyOf);

function glossaryOf(key: string) {
  const file = `content/glossary/${key}.json`;
  const glossary = glossarySchema.parse(JSON.parse(readFileSync(join(contentRoot, '..', file), 'utf8')));
  const organisations = JSON.parse(readFileSync(join(contentRoot, 'organisations', `${key}.json`), 'utf8')) as Record<string, { name: string; official: string }>;
  const forms: Record<string, string[]> = Object.fromEntries(Object.entries(glossary.terms).map(([id, entry]) => [id, [...entry.forms]]));
  // IOM and Fedasil: the name readers know, and the official name (kept in brackets and in "IOM Netherlands").
  for (const id of ['iom', 'fedasil']) forms[id] = [...(forms[id] ?? []), organisations[id].name, organisations[id].official];
  return { file, glossary, forms };
}

describe('glossary per language', () => {
  it('the English glossary is valid and every concept pattern matches some English text', () => {
    const allEnglish = [...Object.values(englishStrings).filter((v) => typeof v === 'string'), ...englishPages.map((p) => p.body)].join('\n');
    expect(Object.entries(english.concepts).filter(([, c]) => !new RegExp(c.match, 'i').test(allEnglish)).map(([id]) => id)).toEqual([]);
  });

  for (const locale of translations) {
    describe(locale.key, () => {
      it(`content/glossary/${locale.key}.json has a term for every concept`, () => {
        expect(existsSync(join(contentRoot, 'glossary', `${locale.key}.json`))).toBe(true);
        const { file, glossary } = glossaryOf(locale.key);
        expect(glossaryShapeProblems(file, glossary, english)).toEqual([]);
      });

      it('UI strings use the glossary term wherever the English string has the concept', () => {
        const { forms } = glossaryOf(locale.key);
        const texts: AlignedText[] = translatedStrings(locale.key).map((s) => ({ where: `content/i18n/${locale.key}.json ${s.key}`, english: s.english, translated: s.own }));
        expect(missingTerms(texts, english, forms)).toEqual([]);
      });

      it('pages keep the English blocks and use the glossary term in the same block', () => {
        const { forms } = glossaryOf(locale.key);
        const problems: string[] = [];
        for (const page of translatedPages(locale.key)) {
          if (page.own.length !== page.english.length) {
            problems.push(`${page.file}: ${page.own.length} blocks, the English page has ${page.english.length} (keep paragraphs, lists and headings as in English)`);
            continue;
          }
          problems.push(...missingTerms(page.english.map((text, i) => ({ where: `${page.file} block ${i + 1}`, english: text, translated: page.own[i] })), english, forms));
        }
        expect(problems).toEqual([]);
      });
    });
  }
});
