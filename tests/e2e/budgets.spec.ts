import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliBytes, dist, htmlFiles, read, urlPathOf } from './built-site.ts';
import { pageTypes } from './helpers.ts';

const KB = 1024;
const pages = htmlFiles().map((file) => ({ path: urlPathOf(file), html: read(file) }));
const interactive = (path: string) => /\/(self-check|search)\/$/.test(path);
const contentPages = pages.filter((p) => /^\/[a-z]{2,3}\//.test(p.path) && !interactive(p.path));

test('every content page’s HTML is at most 14 KB with Brotli (it arrives in the first round trip)', () => {
  const heavy = contentPages.map((p) => ({ path: p.path, bytes: brotliBytes(p.html) })).filter((p) => p.bytes > 14 * KB);
  expect(contentPages.length).toBeGreaterThan(1000);
  expect(heavy).toEqual([]);
});

test('the site’s CSS is at most 8 KB with Brotli, and no web font is loaded', () => {
  const sheets = new Set(pages.flatMap((p) => [...p.html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1])));
  const css = [...sheets].map((href) => readFileSync(join(dist, href)));
  expect(sheets.size).toBeGreaterThan(0);
  expect(brotliBytes(Buffer.concat(css))).toBeLessThanOrEqual(8 * KB);
  expect(css.join('\n')).not.toMatch(/@font-face/);
});

test('content pages need no JavaScript: none has a script but the optional site script (country filter, offline use) on home, countries and about', () => {
  const withScripts = contentPages.filter((p) => /<script/.test(p.html)).map((p) => p.path);
  expect(withScripts.filter((path) => !/^\/[a-z]{2,3}\/(countries\/|about\/)?$/.test(path))).toEqual([]);
  const siteScripts = new Set(contentPages.flatMap((p) => [...p.html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1])));
  expect([...siteScripts].every((src) => /SiteScript/.test(src))).toBe(true);
});

/** Loads a page as a first-time visitor and returns what was fetched. */
async function firstVisit(page: Page, path: string) {
  const fetched: { url: string; type: string }[] = [];
  page.on('request', (request) => fetched.push({ url: request.url(), type: request.resourceType() }));
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  return fetched;
}

for (const type of pageTypes.filter((t) => !/self-check|search/.test(t))) {
  test(`/en/${type} makes at most 4 requests on a first visit`, async ({ page }) => {
    const fetched = await firstVisit(page, `/en/${type}`);
    expect(fetched.length, fetched.map((f) => f.url).join('\n')).toBeLessThanOrEqual(4);
  });
}

test('the self-check loads at most 12 KB of JavaScript with Brotli, no framework runtime and no maintainers\' passages', async ({ page }) => {
  const fetched = await firstVisit(page, '/en/self-check/');
  const scripts = fetched.filter((f) => f.type === 'script').map((f) => readFileSync(join(dist, new URL(f.url).pathname)));
  expect(scripts.length).toBeGreaterThan(0);
  expect(brotliBytes(Buffer.concat(scripts))).toBeLessThanOrEqual(12 * KB);
  // The quoted passages of the sources are for maintainers and the command; readers see publisher and title.
  expect(Buffer.concat(scripts).toString()).not.toMatch(/maximum 1800 Euro|Regulation \(EU\) 2023\/850|landenlijst herintegratieondersteuning"/);
  expect(Buffer.concat(scripts).toString()).not.toMatch(/react|preact|svelte|__vue|lit-html/i);
});
