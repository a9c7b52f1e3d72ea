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
  /**
   * The name its readers use for the language, where CLDR's names alone would leave two Kurdish languages hard to
   * tell apart ("Kurdish" and "Central Kurdish" in English): added in brackets to its name in every language.
   */
  knownAs?: string;
  /** Benchmark only: a synthetic language that reuses this locale's strings (see `syntheticLocales`). */
  copyOf?: string;
}

export const sourceLocale = 'en';

const realLocales: Locale[] = [
  { key: 'en', tag: 'en', dir: 'ltr' },
  { key: 'nl', tag: 'nl', dir: 'ltr' },
  { key: 'fr', tag: 'fr', dir: 'ltr' },
  { key: 'ar', tag: 'ar', dir: 'rtl' },
  { key: 'fa', tag: 'fa', dir: 'rtl' },
  // Dari: CLDR's tag is fa-AF; the URL key is its ISO 639-3 code, so /prs/ and /fa/ are plainly two languages.
  { key: 'prs', tag: 'fa-AF', dir: 'rtl' },
  { key: 'ps', tag: 'ps', dir: 'rtl' },
  { key: 'ur', tag: 'ur', dir: 'rtl' },
  { key: 'ckb', tag: 'ckb', dir: 'rtl', knownAs: 'سۆرانی' },
  // Kurmanji: ISO 639-3 kmr; ICU resolves it to its data under "ku" (Northern Kurdish is CLDR's "ku").
  { key: 'kmr', tag: 'kmr', dir: 'ltr', knownAs: 'Kurmancî' },
  { key: 'ti', tag: 'ti', dir: 'ltr' },
  { key: 'am', tag: 'am', dir: 'ltr' },
  { key: 'so', tag: 'so', dir: 'ltr' },
  { key: 'tr', tag: 'tr', dir: 'ltr' },
  { key: 'ru', tag: 'ru', dir: 'ltr' },
  { key: 'uk', tag: 'uk', dir: 'ltr' },
  { key: 'ka', tag: 'ka', dir: 'ltr' },
  { key: 'sq', tag: 'sq', dir: 'ltr' },
  { key: 'hy', tag: 'hy', dir: 'ltr' },
  { key: 'az', tag: 'az', dir: 'ltr' },
  { key: 'es', tag: 'es', dir: 'ltr' },
  { key: 'pt', tag: 'pt-BR', dir: 'ltr' },
  { key: 'bn', tag: 'bn', dir: 'ltr' },
  { key: 'ta', tag: 'ta', dir: 'ltr' },
  { key: 'zh', tag: 'zh-Hans', dir: 'ltr' },
  { key: 'vi', tag: 'vi', dir: 'ltr' },
  { key: 'mn', tag: 'mn', dir: 'ltr' },
  { key: 'sw', tag: 'sw', dir: 'ltr' },
  { key: 'rw', tag: 'rw', dir: 'ltr' },
  { key: 'rn', tag: 'rn', dir: 'ltr' },
  { key: 'ha', tag: 'ha', dir: 'ltr' },
  { key: 'om', tag: 'om', dir: 'ltr' },
];

/**
 * `npm run bench` measures how the build grows towards 30 languages before they exist: it sets
 * BENCH_SYNTHETIC_LOCALES and builds, outside the real site, copies of English under the private-use language
 * tags qaa, qab, ... Never set for the real site.
 */
function syntheticLocales(): Locale[] {
  const count = Number(globalThis.process?.env?.BENCH_SYNTHETIC_LOCALES ?? 0);
  return Array.from({ length: Math.min(count, 26) }, (_, i) => {
    const key = `qa${String.fromCharCode(97 + i)}`;
    return { key, tag: key, dir: 'ltr', copyOf: sourceLocale };
  });
}

export const locales: readonly Locale[] = [...realLocales, ...syntheticLocales()];

export const localeKeys = locales.map((l) => l.key);

export function getLocale(key: string | undefined): Locale {
  const found = locales.find((l) => l.key === key);
  if (!found) throw new Error(`unknown locale "${key}"; known: ${localeKeys.join(', ')}`);
  return found;
}

/** The language's name in its own language and script, as `Intl` gives it (first letter capitalised). */
export function ownName(locale: Locale): string {
  const name = withKnownAs(new Intl.DisplayNames([locale.tag], { type: 'language' }).of(locale.tag) ?? locale.key, locale);
  return name.charAt(0).toLocaleUpperCase(locale.tag) + name.slice(1);
}

/** A language's name in the reader's language. */
export function languageName(of: Locale, inLocale: Locale): string {
  return withKnownAs(new Intl.DisplayNames([inLocale.tag], { type: 'language' }).of(of.tag) ?? of.key, of);
}

function withKnownAs(name: string, locale: Locale): string {
  return !locale.knownAs || name.toLocaleLowerCase().includes(locale.knownAs.toLocaleLowerCase()) ? name : `${name} (${locale.knownAs})`;
}
