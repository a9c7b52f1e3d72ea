import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { compareKeys, parseStringFile } from '../../src/i18n/string-files.ts';
import { programmes } from '../../src/rules/programmes/index.ts';
import { conditionsOf } from '../../src/rules/evaluate.ts';
import { questions } from '../../src/rules/questionnaire.ts';
import { stringFile } from './content-files.ts';

const english = parseStringFile('content/i18n/en.json', stringFile('en'));

describe('UI strings', () => {
  it('the English file is the source', () => {
    expect(english.meta.status).toBe('source');
  });

  it.each(locales.filter((l) => l.key !== 'en').map((l) => [l.key, l]))('%s has exactly the English keys, its plural forms, and says it is not the source', (_key, locale) => {
    const file = parseStringFile(`content/i18n/${locale.key}.json`, stringFile(locale.key));
    expect(compareKeys(locale.tag, file.strings, english.strings)).toEqual([]);
    expect(file.meta.status).not.toBe('source');
  });

  it.each(locales.map((l) => [l.key, l]))('%s keeps every {{placeholder}} of the English text', (_key, locale) => {
    const own = parseStringFile(`content/i18n/${locale.key}.json`, stringFile(locale.key)).strings;
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
    for (const [key, text] of Object.entries(own)) {
      const englishText = english.strings[key] ?? english.strings[`${base(key)}_other`];
      // Languages may drop the number in a singular or dual form ("one month"), never add an unknown one.
      for (const name of placeholders(text)) expect(placeholders(englishText), `${locale.key} ${key}`).toContain(name);
      if (!/_(zero|one|two)$/.test(key)) expect(placeholders(text), `${locale.key} ${key}`).toEqual(placeholders(englishText));
    }
  });

  it('every condition, programme and question of the rules has its words', () => {
    const needed = [
      ...programmes.flatMap((p) => [`programme.${p.id}.name`, ...conditionsOf(p).map((c) => `condition.${c.id}`)]),
      ...questions.flatMap((q) => [`question.${q.id}.label`, ...(q.options ?? []).map((o) => `question.${q.id}.option.${o}`)]),
    ];
    expect(needed.filter((key) => !(key in english.strings))).toEqual([]);
  });
});
