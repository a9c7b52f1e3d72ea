/** The reader's locale inside a component, from the route's `lang` parameter. */
import { getLocale, type Locale } from './locales.ts';
import { translatorFor } from './translator.ts';

export function pageLocale(params: Record<string, string | undefined>): { locale: Locale; t: ReturnType<typeof translatorFor> } {
  const locale = getLocale(params.lang);
  return { locale, t: translatorFor(locale.key) };
}
