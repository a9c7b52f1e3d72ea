import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { afghanFamily, answer, iraqiInBelgium, pageTypes } from './helpers.ts';

for (const locale of ['en', 'ar']) {
  for (const type of pageTypes) {
    test(`axe finds no violations on /${locale}/${type}`, async ({ page }) => {
      await page.goto(`/${locale}/${type}`);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    });
  }
}

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const violations = async (page: import('@playwright/test').Page) =>
  (await new AxeBuilder({ page }).withTags(axeTags).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);

test('axe finds no violations on the language chooser', async ({ page }) => {
  await page.goto('/');
  expect(await violations(page)).toEqual([]);
});

for (const locale of ['en', 'ar']) {
  test(`axe finds no violations on every step of the self-check, the check of answers, the result and the print view (${locale})`, async ({ page }) => {
    // About 25 axe runs in one test: more than the default 30 s on a busy 2-core machine.
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`/${locale}/self-check/`);
    await page.locator('.sc-privacy summary').click();
    await page.locator('.sc-leave').click();
    expect(await violations(page), 'privacy panel with its confirm step').toEqual([]);
    await page.locator('.sc-leave-no').click();
    // Every question of the Dutch path (the family), then of the Belgian path (the Iraqi man).
    for (const [question, value] of afghanFamily) {
      expect(await violations(page), question).toEqual([]);
      await answer(page, question, value);
    }
    await page.locator('.sc-review [data-answer="residence"] button').click();
    await answer(page, 'residence', 'BE');
    for (const [question, value] of iraqiInBelgium.slice(1)) {
      if (question === 'nationality') continue;
      if (!(await page.locator(`fieldset[data-question="${question}"]`).isVisible())) continue;
      expect(await violations(page), question).toEqual([]);
      await answer(page, question, value);
    }
    await expect(page.locator('.sc-review')).toBeVisible();
    expect(await violations(page), 'check your answers').toEqual([]);
    await page.locator('.sc-see-result').click();
    for (const summary of await page.locator('.sc-results summary').all()) await summary.click();
    expect(await violations(page), 'result with everything unfolded').toEqual([]);
    await page.evaluate(() => (window.print = () => undefined));
    await page.locator('.sc-print').click();
    await page.emulateMedia({ media: 'print' });
    expect(await violations(page), 'print view').toEqual([]);
  });
}

test('no page type needs sideways scrolling on a 320 px wide phone, in English, Dutch (long compounds) or Arabic', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const wide: string[] = [];
  for (const locale of ['en', 'nl', 'ar']) {
    for (const type of pageTypes) {
      await page.goto(`/${locale}/${type}`);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      if (scrollWidth > clientWidth) wide.push(`/${locale}/${type}: ${scrollWidth}px`);
    }
  }
  expect(wide).toEqual([]);
});

test('links and buttons of the menu, the language switcher and the footer are at least 24 px tall at 320 px (WCAG 2.2 target size)', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const small: string[] = [];
  for (const path of ['/nl/', '/ar/', '/en/self-check/']) {
    await page.goto(path);
    await page.locator('.language-switcher summary').click();
    const sizes = await page.locator('.site-header a, .site-footer a, .language-switcher summary, .language-switcher [aria-current], main button:visible').evaluateAll((elements) =>
      elements.map((e) => ({ text: e.textContent?.trim() ?? '', height: e.getBoundingClientRect().height })),
    );
    for (const size of sizes) if (size.height < 24) small.push(`${path} "${size.text}": ${size.height.toFixed(1)} px`);
  }
  expect(small).toEqual([]);
});
