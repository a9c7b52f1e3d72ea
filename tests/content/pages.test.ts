import { describe, expect, it } from 'vitest';
import { pageFrontmatterSchema } from '../../src/schemas/page.ts';
import { locales } from '../../src/i18n/locales.ts';
import { compareWithSource } from '../../src/i18n/translation-status.ts';
import { countries } from '../../src/rules/countries.ts';
import { componentTags, internalLinks, pageFiles } from './content-files.ts';

const pages = pageFiles();
const english = pages.filter((p) => p.locale === 'en');
const englishBySlug = new Map(english.map((p) => [p.slug, p]));
const routes = new Set([...english.map((p) => p.slug), ...countries.map((c) => `countries/${c.code.toLowerCase()}`)]);

describe('content pages', () => {
  it.each(pages.map((p) => [p.file, p]))('%s has valid frontmatter', (_file, page) => {
    const result = pageFrontmatterSchema.safeParse(page.frontmatter);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });

  it('every language has every English page (the site is complete in each language)', () => {
    for (const locale of locales) {
      const own = new Set(pages.filter((p) => p.locale === locale.key).map((p) => p.slug));
      expect([...englishBySlug.keys()].filter((slug) => !own.has(slug)), `missing in ${locale.key}`).toEqual([]);
    }
  });

  it.each(pages.filter((p) => p.locale !== 'en').map((p) => [p.file, p]))('%s follows a known version of its English page and uses the same components', (_file, page) => {
    const source = englishBySlug.get(page.slug);
    expect(source, `no English page for ${page.file}`).toBeDefined();
    const meta = pageFrontmatterSchema.parse(page.frontmatter).translation;
    const sourceMeta = pageFrontmatterSchema.parse(source?.frontmatter).translation;
    expect(meta.status).not.toBe('source');
    expect(() => compareWithSource(meta, sourceMeta.status === 'source' ? sourceMeta.version : 0, page.file)).not.toThrow();
    expect(componentTags(page.body)).toEqual(componentTags(source?.body ?? ''));
  });

  it.each(pages.map((p) => [p.file, p]))('%s types no euro amount by hand (amounts come from the rules)', (_file, page) => {
    const typed = page.body.match(/€\s?\d|\d[\d.,\u00a0\u202f ]*\s?(€|EUR\b|euros?\b)|\bEUR\s?\d/gi) ?? [];
    expect(typed).toEqual([]);
  });

  it.each(pages.map((p) => [p.file, p]))('%s links only to pages of its own language that exist', (_file, page) => {
    for (const link of internalLinks(page.body)) {
      const [, locale, ...rest] = link.split('#')[0].split('/');
      expect(locale, `${link} in ${page.file}`).toBe(page.locale);
      expect(routes.has(rest.join('/').replace(/\/$/, '')), `${link} in ${page.file} leads nowhere`).toBe(true);
    }
  });
});
