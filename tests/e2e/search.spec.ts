import { join } from 'node:path';
import { dist, read } from './built-site.ts';
import { enterWithoutJavaScript } from './helpers.ts';
import { expect, test } from '@playwright/test';

test('search finds "Afghanistan" in English', async ({ page }) => {
  await page.goto('/en/search/');
  await page.getByLabel('Search this site').fill('Afghanistan');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.locator('.search-results a[href*="/en/countries/af/"]').first()).toBeVisible();
});

test('search finds "أفغانستان" in Arabic, in Arabic pages only', async ({ page }) => {
  await page.goto('/ar/search/');
  await page.locator('#search-input').fill('أفغانستان');
  await page.locator('#search-input').press('Enter');
  const first = page.locator('.search-results a').first();
  await expect(first).toBeVisible();
  await expect(page.locator('.search-results a[href*="/ar/countries/af/"]').first()).toBeVisible();
  const hrefs = await page.locator('.search-results a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.every((href) => href?.startsWith('/ar/'))).toBe(true);
});

test('no search code or index is fetched until the reader puts the cursor in the box', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('/en/search/');
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
  await page.getByLabel('Search this site').focus();
  await expect.poll(() => fetched.some((path) => path.startsWith('/pagefind/'))).toBe(true);
  await page.getByLabel('Search this site').fill('Fedasil');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.locator('.search-results li').first()).toBeVisible();
  expect(fetched.some((path) => path.startsWith('/pagefind/'))).toBe(true);
});

const aliases = [
  ['Afganistan', 'af'],
  ['Irak', 'iq'],
  ['Siria', 'sy'],
  ['Erythrée', 'er'],
] as const;

for (const locale of ['en', 'nl', 'fr', 'ar']) {
  test(`${locale}: a country's other names and misspellings find its page first`, async ({ page }) => {
    await page.goto(`/${locale}/search/`);
    for (const [alias, code] of aliases) {
      await page.locator('#search-input').fill(alias);
      await page.locator('#search-input').press('Enter');
      await expect(page.locator('.search-results a').first(), alias).toHaveAttribute('href', new RegExp(`^/${locale}/countries/${code}/`));
    }
  });
}

test('excerpts show content, never the translation notice or a list of country names', async ({ page }) => {
  const notice = 'هذه الترجمة';
  await page.goto('/ar/search/');
  for (const query of ['IOM', 'أفغانستان', 'Fedasil']) {
    await page.locator('#search-input').fill(query);
    await page.locator('#search-input').press('Enter');
    await expect(page.locator('.search-results li').first()).toBeVisible();
    const excerpts = await page.locator('.search-results p').allTextContents();
    expect(excerpts.filter((e) => e.includes(notice) || e.includes('أُعدّت هذه الترجمة'))).toEqual([]);
  }
});

test('the search box is there from the start, and without JavaScript typing and Enter send nothing', async ({ browser }) => {
  // In the HTML as served, not revealed by a script (no layout shift).
  expect(read(join(dist, 'en/search/index.html'))).toMatch(/<div class="search" role="search" data-module="search">/);
  const { before, after, requests, forms } = await enterWithoutJavaScript(browser, '/en/search/', [{ selector: '#search-input', text: 'Afghanistan' }]);
  expect({ forms, after, requests }).toEqual({ forms: 0, after: before, requests: [] });
});
