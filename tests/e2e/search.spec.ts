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

test('no search code or index is fetched until the reader searches', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('/en/search/');
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
  await page.getByLabel('Search this site').fill('Fedasil');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.locator('.search-results li').first()).toBeVisible();
  expect(fetched.some((path) => path.startsWith('/pagefind/'))).toBe(true);
});
