/**
 * Offline on a phone: after a first visit, a country page opened before and the self-check work without a
 * connection (and give a result); a page never opened shows the offline page; "keep this language" shows its
 * size first, stores exactly what its manifest lists, and "remove saved pages" empties the caches.
 */
import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { dist, read } from './built-site.ts';
import { answer, iraqiInBelgium } from './helpers.ts';

const cached = (page: Page, url: string) => page.evaluate(async (u) => (await caches.match(u)) !== undefined, url);

async function firstVisit(page: Page, path: string) {
  await page.goto(path);
  await page.evaluate(async () => void (await navigator.serviceWorker.ready));
  // The home page and the self-check of the language are kept on the first visit.
  await expect.poll(() => cached(page, '/en/self-check/'), { timeout: 15_000 }).toBe(true);
}

test('after a first visit, a country page opened before and the self-check work offline', async ({ page, context }) => {
  // Everything the pages and the service worker fetch comes from this site.
  const elsewhere: string[] = [];
  context.on('request', (request) => {
    if (new URL(request.url()).hostname !== '127.0.0.1') elsewhere.push(request.url());
  });
  await firstVisit(page, '/en/');
  await page.goto('/en/countries/af/');
  await expect.poll(() => cached(page, '/en/countries/af/')).toBe(true);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('h1')).toContainText('Afghanistan');
  await page.goto('/en/self-check/');
  for (const [question, value] of iraqiInBelgium) await answer(page, question, value);
  await page.locator('.sc-see-result').click();
  await expect(page.locator('.sc-answer [data-programme="be-reintegration-basic"]')).toHaveAttribute('data-verdict', 'likely');
  await page.goto('/en/countries/sy/');
  await expect(page.locator('h1')).toContainText('You are offline');
  expect(elsewhere).toEqual([]);
});

test('"keep this language" shows the size first, keeps what its manifest lists, and "remove" empties the caches', async ({ page, context }) => {
  const manifest = JSON.parse(read(join(dist, 'en/offline.json'))) as { pages: string[]; assets: string[]; bytes: number; transferBytes: number };
  expect(manifest.transferBytes).toBeLessThanOrEqual(500 * 1024);
  expect(manifest.pages.some((p) => /\/countries\/[a-z]{2}\//.test(p))).toBe(false);
  await firstVisit(page, '/en/about/');
  const status = page.locator('[data-module="offline"] [role="status"]');
  await expect(status).toContainText(`${Math.round(manifest.transferBytes / 1024)} KB`);
  await page.locator('.offline-keep').click();
  await expect(status).toContainText('Saved on this phone');
  const stored = await page.evaluate(async (urls) => {
    let total = 0;
    for (const url of urls) total += (await (await caches.match(url))?.arrayBuffer())?.byteLength ?? Number.NaN;
    return total;
  }, [...manifest.pages, ...manifest.assets]);
  expect(stored).toBe(manifest.bytes);
  await context.setOffline(true);
  await page.goto('/en/netherlands/reintegration/');
  await expect(page.locator('h1')).toContainText('Reintegration support from IOM');
  await context.setOffline(false);
  await page.goto('/en/about/');
  await page.locator('.offline-clear').click();
  await expect(status).toContainText('removed');
  expect(await page.evaluate(async () => (await caches.keys()).length)).toBe(0);
});
