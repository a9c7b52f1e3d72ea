import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { locales } from '../../src/i18n/locales.ts';
import { brokenLinks, dist, htmlFiles, read, urlPathOf } from './built-site.ts';

const pages = htmlFiles().map((file) => ({ file, path: urlPathOf(file), html: read(file) }));
const localisedPages = pages.filter((p) => /^\/[a-z]{2,3}\//.test(p.path));
test('every internal link and #anchor in the built site resolves', () => {
  expect(brokenLinks()).toEqual([]);
});

test('every page has a canonical URL and hreflang alternates for all its languages', () => {
  const problems: string[] = [];
  for (const page of localisedPages) {
    if (!/<link rel="canonical" href="[^"]+"/.test(page.html)) problems.push(`${page.path}: no canonical`);
    for (const locale of locales) {
      const other = page.path.replace(/^\/[^/]+\//, `/${locale.key}/`);
      if (!page.html.includes(`hreflang="${locale.tag}" href="`) || !page.html.includes(`${other}"`)) problems.push(`${page.path}: no alternate for ${locale.tag}`);
    }
  }
  expect(localisedPages.length).toBeGreaterThan(1000);
  expect(problems).toEqual([]);
});

test('sitemap.xml lists every page with its alternates', () => {
  const sitemap = read(join(dist, 'sitemap.xml'));
  const listed = new Set([...sitemap.matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]));
  // The 404 page and the offline page (shown by the service worker, not indexed) are not pages to list.
  const missing = pages.filter((p) => p.path !== '/404.html' && p.path !== '/offline/' && !listed.has(p.path)).map((p) => p.path);
  expect(missing).toEqual([]);
  expect([...sitemap.matchAll(/<url><loc>[^<]*\/countries\/af\/<\/loc>((?:<xhtml:link[^>]+>)+)<\/url>/g)].every((m) => (m[1].match(/hreflang=/g) ?? []).length === locales.length)).toBe(true);
});
