import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { locales } from '../../src/i18n/locales.ts';
import { dist, htmlFiles, read, urlPathOf } from './built-site.ts';

const pages = htmlFiles().map((file) => ({ file, path: urlPathOf(file), html: read(file) }));
const localisedPages = pages.filter((p) => /^\/[a-z]{2,3}\//.test(p.path));
const ids = new Map(pages.map((p) => [p.path, new Set([...p.html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))]));

function resolves(path: string): boolean {
  const file = join(dist, decodeURIComponent(path));
  return path.endsWith('/') ? existsSync(join(file, 'index.html')) : existsSync(file);
}

test('every internal link and #anchor in the built site resolves', () => {
  const broken: string[] = [];
  for (const page of pages) {
    for (const [, href] of page.html.matchAll(/\shref="([^"]+)"/g)) {
      if (/^(https?:|tel:|mailto:)/.test(href)) continue;
      const url = new URL(href.replace(/&amp;/g, '&'), `http://site${page.path}`);
      if (!resolves(url.pathname)) broken.push(`${page.path} -> ${href}`);
      else if (url.hash && !ids.get(url.pathname)?.has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${page.path} -> ${href} (no such anchor)`);
    }
  }
  expect(broken).toEqual([]);
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
  const missing = pages.filter((p) => p.path !== '/404.html' && !listed.has(p.path)).map((p) => p.path);
  expect(missing).toEqual([]);
  expect([...sitemap.matchAll(/<url><loc>[^<]*\/countries\/af\/<\/loc>((?:<xhtml:link[^>]+>)+)<\/url>/g)].every((m) => (m[1].match(/hreflang=/g) ?? []).length === locales.length)).toBe(true);
});
