/** URLs: `/{lang}/{english slug}/`. These addresses are promises to the NGOs that link to them. */
import type { ProgrammeId } from '../rules/types.ts';
import { localeKeys } from './locales.ts';

/** The path after the locale: '' for the home page, 'netherlands/reintegration' for a nested page. */
export function slugOfEntry(entryId: string): { locale: string; slug: string } {
  const [locale, ...rest] = entryId.split('/');
  const slug = rest.join('/').replace(/(^|\/)index$/, '');
  return { locale, slug };
}

export function pagePath(locale: string, slug: string): string {
  return `/${locale}/${slug ? `${slug}/` : ''}`;
}

/** The same page in every language, for the switcher and `hreflang` alternates. */
export function alternates(slug: string): { locale: string; path: string }[] {
  return localeKeys.map((locale) => ({ locale, path: pagePath(locale, slug) }));
}

/** The page that describes each programme (the three Belgian levels share one page). */
export const programmePageSlug: Record<ProgrammeId, string> = {
  'nl-iom-reintegration': 'netherlands/reintegration',
  'nl-ngo-reintegration': 'netherlands/ngo-projects',
  'nl-iom-resettlement': 'netherlands/resettlement',
  'be-reintegration-basic': 'belgium',
  'be-reintegration-complementary': 'belgium',
  'be-reintegration-vulnerability': 'belgium',
};
