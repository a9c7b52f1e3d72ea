/**
 * The languages of the people who most need the site: each one, in its own script and direction, on the home
 * page, a country page of its readers and the self-check's result. axe finds nothing; no character is drawn as
 * a box; the self-check writes digits, dates and amounts in the language even when the browser has no CLDR data
 * for it (the test takes the browser's away); search finds a country by its name in the language.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { browserFormats } from '../../src/i18n/browser-formats.ts';
import { countryName } from '../../src/i18n/format.ts';
import { getLocale, locales } from '../../src/i18n/locales.ts';
import { missingGlyphs } from './glyphs.ts';
import { answer, iraqiInBelgium } from './helpers.ts';
import { countries } from '../../src/rules/countries.ts';

/** Each language after the first four, with the country most of its readers come from (its page is tested). */
const mainCountry: Record<string, string> = {
  fa: 'ir', prs: 'af', ps: 'af', ur: 'pk', ckb: 'iq', kmr: 'tr', ti: 'er', am: 'et', so: 'so',
  tr: 'tr', ru: 'ru', uk: 'ua', ka: 'ge', sq: 'al', hy: 'am', az: 'az', es: 'co', pt: 'br', bn: 'bd', ta: 'lk', mn: 'mn', zh: 'cn', vi: 'vn', sw: 'tz', rw: 'rw', rn: 'bi', ha: 'ng', om: 'et',
};
const languages = locales.filter((l) => !['en', 'nl', 'fr', 'ar'].includes(l.key) && !l.copyOf).map((l) => [l.key, mainCountry[l.key] ?? 'af'] as const);

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const violations = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(axeTags).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);

/** A browser with no CLDR data for the page's language: every Intl constructor falls back to English. */
async function withoutLocaleData(page: Page) {
  await page.addInitScript(() => {
    for (const name of ['NumberFormat', 'DateTimeFormat', 'PluralRules', 'ListFormat', 'DisplayNames'] as const) {
      const Original = Intl[name] as unknown as new (locales?: string | string[], options?: object) => object;
      const English = function (_locales?: string | string[], options?: object) {
        return new Original('en', options);
      };
      Object.defineProperty(Intl, name, { value: English, configurable: true });
    }
  });
}

for (const [key, country] of languages) {
  const locale = getLocale(key);
  const formats = browserFormats(locale.tag);
  const ownDigits = new RegExp(`^[${formats.digits}]$`);

  test(`${key}: home, ${country} country page and the self-check result read ${locale.dir}, pass axe and draw every character`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of [`/${key}/`, `/${key}/countries/${country}/`]) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('dir', locale.dir);
      await expect(page.locator('html')).toHaveAttribute('lang', locale.tag);
      await expect(page.locator('.translation-notice')).toBeVisible();
      expect(await violations(page), path).toEqual([]);
      expect(await missingGlyphs(page.locator('body')), path).toEqual([]);
    }
    await expect(page.locator('h1')).toContainText(countryName(locale.tag, country.toUpperCase()));

    await withoutLocaleData(page);
    await page.clock.setFixedTime(new Date('2026-11-15T10:00:00'));
    await page.goto(`/${key}/self-check/`);
    for (const [question, value] of iraqiInBelgium) await answer(page, question, value);
    await page.locator('.sc-see-result').click();
    await expect(page.locator('.sc-results')).toBeVisible();
    for (const summary of await page.locator('.sc-results summary').all()) await summary.click();
    expect(await violations(page), 'result').toEqual([]);
    expect(await missingGlyphs(page.locator('.sc-results')), 'result').toEqual([]);

    // Numbers and the deadline in the language's own digits and month names, not the browser's English fallback.
    const deadline = (await page.locator('.sc-deadline').innerText()).trim();
    expect(deadline).toContain(formats.months[11]);
    // Phone numbers stay in the digits a phone dials.
    const text = await page.locator('.sc-results').evaluate((results) => {
      const copy = results.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('a[href^="tel:"]').forEach((phone) => phone.remove());
      return copy.textContent ?? '';
    });
    const digits = [...text].filter((c) => /\p{Nd}/u.test(c));
    expect(digits.length).toBeGreaterThan(0);
    expect(digits.filter((d) => !ownDigits.test(d))).toEqual([]);
    await test.info().attach(`${key}-result`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
  });

  test(`${key}: search finds ${country.toUpperCase()} by its name in the language, and by an alias, its page first`, async ({ page }) => {
    await page.goto(`/${key}/search/`);
    const name = countryName(locale.tag, country.toUpperCase());
    // Where the name is part of other places' names (Chinese 中国 in 中国香港特别行政区), those pages match as well:
    // the country's page is then among the first three.
    const sharedName = countries.some((c) => c.code !== country.toUpperCase() && countryName(locale.tag, c.code).includes(name));
    for (const query of [name, 'Afganistan']) {
      await page.locator('#search-input').fill(query);
      await page.locator('#search-input').press('Enter');
      const code = query === 'Afganistan' ? 'af' : country;
      const links = page.locator('.search-results a');
      await expect(links.first(), query).toBeVisible();
      const top = await links.evaluateAll((as, n) => as.slice(0, n).map((a) => a.getAttribute('href') ?? ''), query === name && sharedName ? 3 : 1);
      expect(top.some((href) => href.startsWith(`/${key}/countries/${code}/`)), `${query}: ${top.join(' ')}`).toBe(true);
    }
  });
}
