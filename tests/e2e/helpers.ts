/** Shared helpers for the end-to-end tests: the routes the site promises, and the self-check driver. */
import { expect, type Browser, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { locales } from '../../src/i18n/locales.ts';
import { countries } from '../../src/rules/countries.ts';

/** Content page slugs, from the English content folder (the routes every language must have). */
export function contentSlugs(): string[] {
  const base = join(import.meta.dirname, '../../content/pages/en');
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.mdx') ? [relative(base, join(dir, entry.name)).replace(/\.mdx$/, '')] : [],
    );
  return walk(base).map((slug) => slug.replace(/(^|\/)index$/, ''));
}

export function allRoutes(): { locale: (typeof locales)[number]; path: string }[] {
  const slugs = [...contentSlugs(), ...countries.map((c) => `countries/${c.code.toLowerCase()}`)];
  return locales.flatMap((locale) => slugs.map((slug) => ({ locale, path: `/${locale.key}/${slug ? `${slug}/` : ''}` })));
}

export { locales };

/** The page types, one URL each, for checks that run per page type (axe, headers). */
export const pageTypes = ['', 'netherlands/', 'netherlands/reintegration/', 'netherlands/ngo-projects/', 'netherlands/resettlement/', 'belgium/', 'countries/', 'countries/af/', 'self-check/', 'search/', 'about/', 'contact/'];

/** Answers the visible self-check question, checking it is the one expected. `undefined` means "I don't know". */
export async function answer(page: Page, question: string, value: string | number | boolean | string[] | undefined) {
  const fieldset = page.locator(`fieldset[data-question="${question}"]`);
  await expect(fieldset).toBeVisible();
  if (value === undefined) {
    await page.locator('.sc-dontknow').click();
    return;
  }
  const kind = await fieldset.getAttribute('data-kind');
  if (kind === 'country') await fieldset.locator('select').selectOption(String(value));
  else if (kind === 'count' || kind === 'date') await fieldset.locator('input').fill(String(value));
  else if (kind === 'multi') for (const v of value as string[]) await fieldset.locator(`input[value="${v}"]`).check();
  else await fieldset.locator(`input[value="${String(value)}"]`).check();
  await page.locator('.sc-next').click();
}

/** Answers a list of questions in order, each checked to be the one on screen. */
export async function answerAll(page: Page, answers: [string, string | number | boolean | string[] | undefined][]) {
  for (const [question, value] of answers) await answer(page, question, value);
}

/** The Afghan family of the issue: 2 adults, 3 children, in the Netherlands, meeting every condition. */
export const afghanFamily: [string, string | number | boolean | string[] | undefined][] = [
  ['residence', 'NL'],
  ['nationality', 'AF'],
  ['plan', 'return'],
  ['unaccompaniedMinor', false],
  ['adults', 2],
  ['minors', 3],
  ['meansToPayDeparture', false],
  ['assistedDepartureWithinFiveYears', false],
  ['travelDocument', 'can-obtain'],
  ['governmentObjection', false],
  ['otherReintegrationRegistration', false],
  ['entryBanOverFiveYears', false],
  ['personaNonGrata', false],
  ['seriousCrimeConviction', false],
  ['article1F', false],
];

/** The Iraqi man of the issue: in Belgium, asylum refused, order to leave 10 days before 2026-11-15. */
export const iraqiInBelgium: [string, string | number | boolean | string[] | undefined][] = [
  ['residence', 'BE'],
  ['nationality', 'IQ'],
  ['unaccompaniedMinor', false],
  ['minors', 0],
  ['asylum', 'refused'],
  ['orderToLeaveDate', '2026-11-05'],
  ['vulnerabilities', []],
];

/**
 * With JavaScript off, types into and presses Enter in each given field of the page, and returns the address
 * before and after and every request made meanwhile: a page where nothing may be sent must leave both unchanged.
 */
export async function enterWithoutJavaScript(browser: Browser, path: string, fields: { selector: string; text?: string }[]) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(path);
  const before = page.url();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  for (const { selector, text } of fields) {
    const field = page.locator(selector);
    if (text === undefined) await field.check();
    else await field.fill(text);
    await field.press('Enter');
  }
  await page.waitForTimeout(300);
  const forms = await page.locator('form').count();
  const after = page.url();
  await context.close();
  return { before, after, requests, forms };
}
