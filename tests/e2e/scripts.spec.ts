/**
 * No reader sees a box instead of a letter. The test browser brings its fonts from npm (tests/browser/fonts.ts),
 * so these hold on any machine; the scripts of the languages still to come are checked here already, with
 * country names and amounts that Node's ICU writes in those languages.
 */
import { expect, test } from '@playwright/test';
import { missingGlyphs, showSamples } from './glyphs.ts';

for (const path of ['/ar/', '/ar/countries/af/', '/ar/self-check/', '/fr/belgium/']) {
  test(`${path}: every character on the page has a glyph`, async ({ page }) => {
    await page.goto(path);
    expect(await missingGlyphs(page.locator('body'))).toEqual([]);
  });
}

const samples = [
  { lang: 'am', region: 'ET', dir: 'ltr' },
  { lang: 'ti', region: 'ER', dir: 'ltr' },
  { lang: 'fa', region: 'AF', dir: 'rtl' },
  { lang: 'ps', region: 'AF', dir: 'rtl' },
  { lang: 'ur', region: 'PK', dir: 'rtl' },
  { lang: 'ckb', region: 'IQ', dir: 'rtl' },
  { lang: 'bn', region: 'BD', dir: 'ltr' },
  { lang: 'ta', region: 'LK', dir: 'ltr' },
  { lang: 'hy', region: 'AM', dir: 'ltr' },
  { lang: 'ka', region: 'GE', dir: 'ltr' },
  { lang: 'ru', region: 'RU', dir: 'ltr' },
  { lang: 'vi', region: 'VN', dir: 'ltr' },
  { lang: 'mn', region: 'MN', dir: 'ltr' },
  { lang: 'zh-Hans', region: 'CN', dir: 'ltr' },
] as const;

test('the test browser draws Ethiopic, Arabic-script, Bengali, Tamil, Armenian, Georgian, Cyrillic, Chinese and Vietnamese text', async ({ page }) => {
  const lines = samples.map(({ lang, region, dir }) => {
    const country = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' }).of(region);
    const language = new Intl.DisplayNames([lang], { type: 'language', fallback: 'none' }).of(lang);
    const amount = new Intl.NumberFormat(lang, { style: 'currency', currency: 'EUR' }).format(1800);
    expect(country && language, `${lang}: ICU has names`).toBeTruthy();
    return { lang, dir, text: `${language}: ${country}, ${amount}` };
  });
  await showSamples(page, lines);
  expect(await missingGlyphs(page.locator('body'))).toEqual([]);
  await test.info().attach('samples', { body: await page.screenshot(), contentType: 'image/png' });
});

test('the check finds a missing glyph (Ol Chiki, a script the test fonts do not cover)', async ({ page }) => {
  await showSamples(page, [{ lang: 'sat', dir: 'ltr', text: 'Latin ᱚᱛ' }]);
  expect(await missingGlyphs(page.locator('body'))).toEqual(['ᱚ U+1C5A', 'ᱛ U+1C5B']);
});
