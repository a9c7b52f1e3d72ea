/**
 * "What changed": the page and the Atom feed of every language list every dated change of the rules, with the
 * announcement marked as not in force; the feed is valid Atom that a feed reader can read.
 */
import { expect, test } from '@playwright/test';
import { changeLog } from '../../src/rules/changes.ts';
import { locales } from '../../src/i18n/locales.ts';

const ids = changeLog().map((c) => c.id);

test('the change log has the changes the sources date', () => {
  expect(ids).toEqual(expect.arrayContaining(['nl-iom-reintegration-adultMaxEur-2017-07-01', 'nl-ngo-reintegration-start', 'nl-ngo-reintegration-end', 'schengen-visa-required-XK-leave', 'nl-iom-reintegration-announced']));
  expect(changeLog().find((c) => c.id === 'schengen-visa-required-XK-leave')?.date).toBe('2024-01-01');
});

for (const locale of locales) {
  test(`${locale.key}: the page and the feed list every change, newest first, the announcement marked`, async ({ page }) => {
    await page.goto(`/${locale.key}/changes/`);
    expect(await page.locator('[data-change]').evaluateAll((items) => items.map((i) => i.id))).toEqual(ids);
    await expect(page.locator('#nl-iom-reintegration-announced time')).toHaveCount(0);
    await expect(page.locator('#nl-ngo-reintegration-start time')).toHaveAttribute('datetime', '2023-08-01');

    const response = await page.request.get(`/${locale.key}/changes.xml`);
    expect(response.headers()['content-type']).toMatch(/xml/);
    const xml = await response.text();
    const entries = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      if (doc.querySelector('parsererror')) return ['not well-formed XML'];
      return [...doc.getElementsByTagName('entry')].map((e) => e.getElementsByTagName('id')[0]?.textContent?.split('#')[1] ?? '');
    }, xml);
    expect(entries).toEqual(ids);
  });
}
