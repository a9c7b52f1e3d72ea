/**
 * The one list of languages. Routing, the language switcher, search, the about page and the tests import it.
 * Adding a language: add an entry here, `content/i18n/<key>.json` and the pages under `content/pages/<key>/`.
 */
export interface Locale {
  /** URL key, also the folder name under content/. */
  key: string;
  /** BCP 47 tag for `lang` and `Intl`. */
  tag: string;
  dir: 'ltr' | 'rtl';
}

export const sourceLocale = 'en';

export const locales: readonly Locale[] = [
  { key: 'en', tag: 'en', dir: 'ltr' },
  { key: 'nl', tag: 'nl', dir: 'ltr' },
  { key: 'fr', tag: 'fr', dir: 'ltr' },
  { key: 'ar', tag: 'ar', dir: 'rtl' },
];

export const localeKeys = locales.map((l) => l.key);

export function getLocale(key: string | undefined): Locale {
  const found = locales.find((l) => l.key === key);
  if (!found) throw new Error(`unknown locale "${key}"; known: ${localeKeys.join(', ')}`);
  return found;
}

/** The language's name in its own language and script, as `Intl` gives it (first letter capitalised). */
export function ownName(locale: Locale): string {
  const name = new Intl.DisplayNames([locale.tag], { type: 'language' }).of(locale.tag) ?? locale.key;
  return name.charAt(0).toLocaleUpperCase(locale.tag) + name.slice(1);
}

/** A language's name in the reader's language. */
export function languageName(of: Locale, inLocale: Locale): string {
  return new Intl.DisplayNames([inLocale.tag], { type: 'language' }).of(of.tag) ?? of.key;
}
