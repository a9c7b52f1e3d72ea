/**
 * UI string files: `content/i18n/<locale>.json`, flat dotted keys plus a `$meta` entry with the translation
 * status. Checked against English: a missing or extra key, or a plural form the language needs and lacks, fails
 * with the file and the key named.
 */
import { z } from 'astro/zod';
import { translationMetaSchema, type TranslationMeta } from './translation-status.ts';

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

export const stringFileSchema = z
  .object({ $meta: translationMetaSchema })
  .catchall(z.string().min(1, 'expected a non-empty string'));

export interface StringFile {
  meta: TranslationMeta;
  strings: Record<string, string>;
}

export function parseStringFile(file: string, raw: unknown): StringFile {
  const result = stringFileSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  - ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
    throw new Error(`${file}: invalid string file\n${problems.join('\n')}`);
  }
  const { $meta, ...strings } = result.data;
  return { meta: $meta, strings: strings as Record<string, string> };
}

/**
 * Strings are plain text: i18next would resolve `$t(other.key)` inside a translated string (one string pulling in
 * another, unreviewed), and HTML in a string is either shown as code to the reader or, where a script sets it as
 * markup, run. Both are refused, naming the key.
 */
export function unsafeStringProblems(strings: Record<string, string>): string[] {
  return Object.entries(strings).flatMap(([key, text]) => {
    const problems: string[] = [];
    if (/\$t\(/.test(text)) problems.push(`${key}: "$t(...)" nesting is not allowed in a string`);
    const tag = /<\/?[a-z!?][^>]*>?/i.exec(text);
    if (tag) problems.push(`${key}: HTML is not allowed in a string (found "${tag[0]}")`);
    const entity = /&(#\d+|#x[\da-f]+|[a-z]+);/i.exec(text);
    if (entity) problems.push(`${key}: HTML entities are not allowed in a string (found "${entity[0]}"); write the character itself`);
    return problems;
  });
}

/** The key without its plural suffix: `household.adults_one` and `household.adults_other` share `household.adults`. */
export function baseKey(key: string): string {
  return key.replace(pluralSuffix, '');
}

/** Problems of a translated string file compared with English, one line each naming the key. */
export function compareKeys(tag: string, strings: Record<string, string>, english: Record<string, string>): string[] {
  const problems: string[] = [];
  const englishBases = new Set(Object.keys(english).map(baseKey));
  const pluralBases = new Set(Object.keys(english).filter((k) => pluralSuffix.test(k)).map(baseKey));
  const own = new Set(Object.keys(strings));
  const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
  for (const base of englishBases) {
    if (pluralBases.has(base)) {
      for (const category of categories) {
        if (!own.has(`${base}_${category}`)) problems.push(`${base}_${category}: missing (plural form "${category}" is needed in ${tag})`);
      }
    } else if (!own.has(base)) {
      problems.push(`${base}: missing (the English file has it)`);
    }
  }
  for (const key of own) {
    const base = baseKey(key);
    if (!englishBases.has(base)) problems.push(`${key}: not in the English file (extra key, or a typo)`);
    else if (pluralBases.has(base) && !categories.includes(key.slice(base.length + 1) as Intl.LDMLPluralRule)) {
      problems.push(`${key}: ${tag} has no plural form "${key.slice(base.length + 1)}"`);
    }
  }
  return problems;
}
