import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { pageTypes } from './helpers.ts';

for (const locale of ['en', 'ar']) {
  for (const type of pageTypes) {
    test(`axe finds no violations on /${locale}/${type}`, async ({ page }) => {
      await page.goto(`/${locale}/${type}`);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    });
  }
}

test('axe finds no violations on the self-check results and the language chooser', async ({ page }) => {
  await page.goto('/');
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  await page.goto('/ar/self-check/');
  await page.locator('fieldset[data-question="residence"] input[value="BE"]').check();
  await page.locator('.sc-next').click();
  await page.locator('fieldset[data-question="nationality"] select').selectOption('SY');
  await page.locator('.sc-next').click();
  while (await page.locator('.sc-dontknow').isVisible()) await page.locator('.sc-dontknow').click();
  await expect(page.locator('.sc-results')).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
});

test('no page type needs sideways scrolling on a 320 px wide phone, in English or Arabic', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const wide: string[] = [];
  for (const locale of ['en', 'ar']) {
    for (const type of pageTypes) {
      await page.goto(`/${locale}/${type}`);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      if (scrollWidth > clientWidth) wide.push(`/${locale}/${type}: ${scrollWidth}px`);
    }
  }
  expect(wide).toEqual([]);
});
