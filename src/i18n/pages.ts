/**
 * Which content entry each route shows: the page in the reader's language, or the English page as a fallback
 * (shown in the reader's layout, marked `lang="en"`, with a notice, and left out of search).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { locales, sourceLocale } from './locales.ts';
import { slugOfEntry } from './routes.ts';
import { compareWithSource } from './translation-status.ts';

export interface RoutedPage {
  locale: string;
  slug: string;
  entry: CollectionEntry<'pages'>;
  fallback: boolean;
  behind: boolean;
}

function fileOf(entry: CollectionEntry<'pages'>): string {
  return entry.filePath ?? `content/pages/${entry.id}.mdx`;
}

export async function routedPages(): Promise<RoutedPage[]> {
  const entries = await getCollection('pages');
  const byKey = new Map(entries.map((entry) => {
    const { locale, slug } = slugOfEntry(entry.id);
    return [`${locale}:${slug}`, entry];
  }));
  const englishPages = entries.filter((entry) => slugOfEntry(entry.id).locale === sourceLocale);
  if (englishPages.length === 0) throw new Error(`content/pages/${sourceLocale}/: no English pages found; every page starts in English`);
  for (const entry of entries) {
    const { locale, slug } = slugOfEntry(entry.id);
    if (!locales.some((l) => l.key === locale)) throw new Error(`${fileOf(entry)}: "${locale}" is not a locale in src/i18n/locales.ts`);
    if (locale !== sourceLocale && !byKey.has(`${sourceLocale}:${slug}`)) throw new Error(`${fileOf(entry)}: no English page with the same path`);
  }
  return locales.flatMap((locale) =>
    englishPages.map((english) => {
      const { slug } = slugOfEntry(english.id);
      const own = byKey.get(`${locale.key}:${slug}`);
      const sourceMeta = english.data.translation;
      if (sourceMeta.status !== 'source') throw new Error(`${fileOf(english)}: translation.status: expected "source" for an English page`);
      const behind = own ? compareWithSource(own.data.translation, sourceMeta.version, fileOf(own)) === 'behind' : false;
      return { locale: locale.key, slug, entry: own ?? english, fallback: !own, behind };
    }),
  );
}
