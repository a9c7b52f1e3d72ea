/**
 * One i18next instance for the whole build, every locale layered over English. Pages take a fixed `t` for
 * their locale (never `changeLanguage` on shared state). All string files are checked when this module loads,
 * so a missing or extra key fails the build naming the file and the key.
 */
import i18next, { type TFunction } from 'i18next';
import { locales, sourceLocale } from './locales.ts';
import { baseKey, compareKeys, parseStringFile, unsafeStringProblems, type StringFile } from './string-files.ts';
import { compareWithSource } from './translation-status.ts';

const rawFiles = import.meta.glob<unknown>('../../content/i18n/*.json', { eager: true, import: 'default' });

function load(): { files: Record<string, StringFile>; englishVersion: number } {
  const files: Record<string, StringFile> = {};
  for (const locale of locales) {
    const path = `../../content/i18n/${locale.copyOf ?? locale.key}.json`;
    if (!(path in rawFiles)) throw new Error(`content/i18n/${locale.key}.json: missing string file for locale "${locale.key}"`);
    files[locale.key] = parseStringFile(`content/i18n/${locale.key}.json`, rawFiles[path]);
  }
  const english = files[sourceLocale];
  if (english.meta.status !== 'source') throw new Error(`content/i18n/${sourceLocale}.json: $meta.status: expected "source"`);
  const englishVersion = english.meta.version;
  for (const locale of locales) {
    if (locale.copyOf) continue;
    const file = `content/i18n/${locale.key}.json`;
    const unsafe = unsafeStringProblems(files[locale.key].strings);
    if (unsafe.length) throw new Error(`${file}: ${unsafe.length} string(s) carrying markup or nesting\n${unsafe.map((p) => `  - ${p}`).join('\n')}`);
    if (locale.key === sourceLocale) continue;
    const problems = compareKeys(locale.tag, files[locale.key].strings, english.strings);
    if (problems.length) throw new Error(`${file}: ${problems.length} problem(s) with UI strings\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    compareWithSource(files[locale.key].meta, englishVersion, file);
  }
  return { files, englishVersion };
}

const { files: stringFiles, englishVersion } = load();

const instance = i18next.createInstance();
instance.init({
  initAsync: false,
  lng: sourceLocale,
  fallbackLng: sourceLocale,
  supportedLngs: locales.map((l) => l.key),
  interpolation: { escapeValue: false },
  keySeparator: false,
  nsSeparator: false,
  returnNull: false,
  resources: Object.fromEntries(Object.entries(stringFiles).map(([key, file]) => [key, { translation: file.strings }])),
});

/** Pluralisation needs the BCP 47 tag; our locale keys are tags already. */
export function translatorFor(localeKey: string): TFunction {
  return instance.getFixedT(localeKey);
}

/** A string file's translation status, and whether it follows an older version of the English file. */
export function stringStatus(localeKey: string) {
  const meta = stringFiles[localeKey].meta;
  return { meta, behind: compareWithSource(meta, englishVersion, `content/i18n/${localeKey}.json`) === 'behind' };
}

/**
 * The raw plural templates of a key for the browser (which picks the category from the build's tables, src/i18n/browser-formats.ts), as
 * `data-plural-<category>` attributes; `{{count}}` stays in the text for the script to fill in.
 */
export function pluralTemplates(localeKey: string, base: string): Record<string, string> {
  const categories = new Intl.PluralRules(locales.find((l) => l.key === localeKey)?.tag ?? localeKey).resolvedOptions().pluralCategories;
  const own = stringFiles[localeKey].strings;
  return Object.fromEntries(categories.map((category) => [`data-plural-${category}`, own[`${base}_${category}`] ?? '']));
}

/**
 * Interface texts of a language by status, for the translation status page. A string file has one status and
 * one English version it follows, so when the English file changed after the translation every text counts as
 * older than English; a key the English file has and the translation lacks counts as not translated (the
 * build refuses that today, so it stays 0 until partial files are allowed).
 */
export function stringCounts(localeKey: string): { reviewed: number; machineAssisted: number; outdated: number; missing: number } {
  const { meta, behind } = stringStatus(localeKey);
  const english = Object.keys(stringFiles[sourceLocale].strings).map(baseKey);
  const own = new Set(Object.keys(stringFiles[localeKey].strings).map(baseKey));
  const bases = [...new Set(english)];
  const present = bases.filter((key) => own.has(key)).length;
  return {
    reviewed: !behind && meta.status === 'reviewed' ? present : 0,
    machineAssisted: !behind && meta.status === 'machine-assisted' ? present : 0,
    outdated: behind ? present : 0,
    missing: bases.length - present,
  };
}
