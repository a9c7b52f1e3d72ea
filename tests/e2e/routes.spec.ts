import { expect, test } from '@playwright/test';
import { allRoutes, locales } from './helpers.ts';
import { ownName } from '../../src/i18n/locales.ts';

test('every route in every language answers with the right lang and dir', async ({ request }) => {
  const routes = allRoutes();
  expect(routes.length).toBeGreaterThan(1000);
  const problems: string[] = [];
  for (let i = 0; i < routes.length; i += 50) {
    await Promise.all(
      routes.slice(i, i + 50).map(async ({ locale, path }) => {
        const response = await request.get(path);
        if (response.status() !== 200) return problems.push(`${path}: status ${response.status()}`);
        const html = await response.text();
        const tag = /<html lang="([^"]+)" dir="([^"]+)"/.exec(html);
        if (tag?.[1] !== locale.tag || tag?.[2] !== locale.dir) problems.push(`${path}: lang=${tag?.[1]} dir=${tag?.[2]}`);
      }),
    );
  }
  expect(problems).toEqual([]);
});

test('the language chooser at / names every language in its own script and does not redirect', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.url()).toMatch(/\/$/);
  for (const [tag, name] of [['en', 'English'], ['nl', 'Nederlands'], ['fr', 'Français'], ['ar', 'العربية'], ['ti', 'ትግርኛ']]) {
    await expect(page.locator(`.chooser-names li[lang="${tag}"] a`)).toHaveText(name);
  }
  // All 32 names first (a phone's first screen), then each with its one-line description, grouped by script.
  for (const locale of locales) {
    await expect(page.locator(`.chooser-names li[lang="${locale.tag}"] a`)).toHaveText(ownName(locale));
    await expect(page.locator(`.script-group li[lang="${locale.tag}"] h3 a`)).toHaveText(ownName(locale));
  }
  // Grouped by writing system: a reader looks for the letters they know.
  const arabicScript = page.locator('.script-group', { has: page.locator('h2', { hasText: 'Arabic' }) });
  for (const tag of ['ar', 'fa', 'ur', 'ckb']) await expect(arabicScript.locator(`li[lang="${tag}"]`)).toHaveCount(1);
});

test('the language switcher leads to the same page in another language, each item marked with its language', async ({ page }) => {
  await page.goto('/en/netherlands/reintegration/');
  const switcher = page.locator('.language-switcher');
  for (const locale of locales) await expect(switcher.locator(`[lang="${locale.tag}"]`)).toHaveCount(1);
  // Folded, so the page's own content comes first on a phone; a globe and "Other languages" open it.
  await expect(switcher.getByRole('link', { name: 'العربية' })).toBeHidden();
  await switcher.locator('summary').click();
  await switcher.getByRole('link', { name: 'العربية' }).click();
  await expect(page).toHaveURL(/\/ar\/netherlands\/reintegration\/$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.locator('.language-switcher summary').click();
  await page.locator('.language-switcher').getByRole('link', { name: 'Nederlands' }).click();
  await expect(page).toHaveURL(/\/nl\/netherlands\/reintegration\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
});

test('/ar/countries/af/ reads right to left and shows both countries’ programmes', async ({ page }) => {
  await page.goto('/ar/countries/af/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  expect(await page.locator('main').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  await expect(page.locator('h1')).toContainText('أفغانستان');
  await expect(page.locator('#from-nl')).toBeVisible();
  await expect(page.locator('#from-be')).toBeVisible();
  await expect(page.locator('[data-list="nl-reintegration"]')).toHaveAttribute('data-standing', 'yes');
  await expect(page.locator('p[data-list="be-reintegration-basic"]')).toHaveAttribute('data-member', 'true');
  // The answer comes first; the programmes and the lists behind it are folded under "Why".
  await page.locator('#from-nl ~ details summary, [data-host="NL"] details summary').first().click();
  await expect(page.locator('a[href="/ar/netherlands/reintegration/"]').first()).toBeVisible();
  await expect(page.locator('a.button-link[href="/ar/self-check/?nationality=AF"]')).toBeVisible();
});

test('translated pages tell the reader they are machine-assisted and not official', async ({ page }) => {
  await page.goto('/nl/belgium/');
  await expect(page.locator('[data-translation-status="machine-assisted"]')).toBeVisible();
  await page.goto('/en/belgium/');
  await expect(page.locator('[data-translation-status]')).toHaveCount(0);
});

test('amounts are formatted for the reader’s language from the rules', async ({ page }) => {
  await page.goto('/en/netherlands/reintegration/');
  await expect(page.locator('table.amounts')).toContainText('€1,800');
  // Amounts change: the page says when they were last checked and that IOM announced new ones.
  await expect(page.locator('.notice-amounts')).toContainText('Last checked against the source on November 23, 2026');
  await expect(page.locator('.notice-amounts')).toContainText('IOM Netherlands has announced new reintegration amounts');
  await page.goto('/nl/netherlands/reintegration/');
  await expect(page.locator('table.amounts')).toContainText('€ 1.800');
  await page.goto('/fr/netherlands/reintegration/');
  await expect(page.locator('table.amounts')).toContainText(/1\s800\s€/);
});

test('the country list is sorted for the language, works without JavaScript, and filters by alias with it', async ({ browser }) => {
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto('/fr/countries/');
  const names = await plain.locator('.country-list a').allTextContents();
  expect(names.length).toBe(250);
  expect([...names].sort(new Intl.Collator('fr').compare)).toEqual(names);
  await expect(plain.locator('.country-filter')).toBeHidden();
  await noJs.close();

  const page = await browser.newPage();
  await page.goto('/en/countries/');
  await page.getByLabel('Type to filter the list').fill('Burma');
  await expect(page.locator('.country-list li:visible')).toHaveCount(1);
  await expect(page.locator('.country-list li:visible a')).toHaveText('Myanmar (Burma)');
  await page.getByLabel('Type to filter the list').fill('ivory coast');
  await expect(page.locator('.country-list li:visible a')).toHaveAttribute('href', '/en/countries/ci/');
  await page.close();
});

test('the country filter tells how many countries match, in the reader’s language', async ({ page }) => {
  await page.goto('/nl/countries/');
  await page.locator('#country-filter-input').fill('guinea');
  await expect(page.locator('#country-filter-status')).toHaveText(/^[2-9] landen$/);
  await page.locator('#country-filter-input').fill('zzzz');
  await expect(page.locator('#country-filter-status')).not.toBeEmpty();
  await expect(page.locator('.country-list li:visible')).toHaveCount(0);
});
