/**
 * The self-check as the three people of the issue meet it, on a phone: an Afghan family in the Netherlands, an
 * Iraqi man in Belgium refused 10 days ago, and someone who answers "I don't know" throughout. Nothing they
 * type is ever sent; the browser's Back and Forward move between questions; "Check your answers" lists every
 * answer the result uses; the result leads with the answer and says what to do next.
 */
import { expect, test, type Page } from '@playwright/test';
import { afghanFamily, answer, answerAll, enterWithoutJavaScript, iraqiInBelgium } from './helpers.ts';

test.use({ viewport: { width: 360, height: 740 } });

/** Records every request the page makes from now on: after the page has loaded, the self-check sends nothing. */
async function recordRequests(page: Page) {
  await page.waitForLoadState('networkidle');
  const requests: string[] = [];
  page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
  return requests;
}

const checkYourAnswers = (page: Page) => page.locator('.sc-review');

test('the Afghan family moves back and forward between questions, checks every answer and sees one budget with "choose one"', async ({ page }) => {
  await page.goto('/en/self-check/');
  const requests = await recordRequests(page);
  // The first question is on the first screen of a phone.
  const legend = page.locator('fieldset[data-question="residence"] legend');
  expect((await legend.boundingBox())!.y + 40).toBeLessThan(740);

  await answerAll(page, afghanFamily.slice(0, 4));
  await expect(page).toHaveURL(/#q-adults$/);
  await page.goBack();
  await expect(page.locator('fieldset[data-question="unaccompaniedMinor"]')).toBeVisible();
  await expect(page.locator('fieldset[data-question="unaccompaniedMinor"] input[value="false"]')).toBeChecked();
  await page.goBack();
  await expect(page.locator('fieldset[data-question="plan"]')).toBeVisible();
  await page.goForward();
  await expect(page.locator('fieldset[data-question="unaccompaniedMinor"]')).toBeVisible();
  await page.locator('.sc-next').click();
  await answerAll(page, afghanFamily.slice(4));

  const review = checkYourAnswers(page);
  await expect(review).toBeVisible();
  await expect(page).toHaveURL(/#check$/);
  await expect(review.locator('[data-answer]')).toHaveCount(afghanFamily.length);
  // Change an answer: it comes back to the list, complete.
  await review.locator('[data-answer="minors"] button').click();
  await answer(page, 'minors', 2);
  await expect(review).toBeVisible();
  await expect(review.locator('[data-answer]')).toHaveCount(afghanFamily.length);
  await expect(review.locator('[data-answer="minors"] dd').first()).toHaveText('2');
  await review.locator('[data-answer="minors"] button').click();
  await answer(page, 'minors', 3);
  await page.locator('.sc-see-result').click();

  const result = page.locator('.sc-results');
  await expect(page.locator('.sc-situation')).toHaveText('Afghanistan, 2 adults, 3 children, living in the Netherlands');
  await expect(result.locator('[data-programme="nl-iom-reintegration"]')).toHaveAttribute('data-verdict', 'likely');
  await expect(result.locator('[data-programme="nl-ngo-reintegration"]')).toHaveAttribute('data-verdict', 'likely');
  // One budget for the two alternatives, said once, with "choose one".
  await expect(result.locator('.sc-answer .sc-budget')).toHaveCount(1);
  await expect(result.locator('.sc-answer .sc-budget')).toContainText('€12,000');
  await expect(result.locator('.sc-answer .sc-budget')).toContainText('not from both');
  await expect(result.locator('.sc-choose')).toBeVisible();
  await expect(result.locator('.sc-journey[data-host="NL"]')).toContainText('Help with the journey');
  // Belgium's programmes and resettlement fold into one line.
  await expect(result.locator('.sc-not-for-you summary')).toHaveText('Support that does not fit your situation (4)');
  await expect(result.locator('.sc-answer [data-programme^="be-"]')).toHaveCount(0);
  await expect(result.locator('.sc-next-steps li[data-host="NL"]')).toContainText('088 746 4466');
  await expect(result.locator('.sc-why details').first()).not.toHaveAttribute('open');
  expect(page.url()).not.toContain('AF');
  expect(requests).toEqual([]);
});

for (const language of ['en', 'ar'] as const) {
  test(`the Iraqi man in Belgium (${language}) sees the date to ask by and Fedasil's hours`, async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-15T10:00:00'));
    await page.goto(`/${language}/self-check/`);
    const requests = await recordRequests(page);
    await answerAll(page, iraqiInBelgium);
    await page.locator('.sc-see-result').click();
    await expect(page.locator('.sc-answer [data-programme="be-reintegration-complementary"]')).toHaveAttribute('data-verdict', 'likely');
    await expect(page.locator('.sc-deadline')).toBeVisible();
    await expect(page.locator('.sc-deadline')).toHaveAttribute('data-last-day', '2026-12-05');
    // The date as the reader's language writes it (5 December 2026, 20 days after the check on 15 November).
    const day = await page.evaluate(() => new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2026-12-05T00:00:00Z')));
    const twenty = await page.evaluate(() => new Intl.NumberFormat(document.documentElement.lang).format(20));
    await expect(page.locator('.sc-deadline')).toContainText(day);
    await expect(page.locator('.sc-deadline')).toContainText(twenty);
    if (language === 'en') await expect(page.locator('.sc-deadline')).toHaveText(`Ask Fedasil for the complementary level by ${day} at the latest (days left: 20).`);
    await expect(page.locator('.sc-next-steps li[data-host="BE"]')).toContainText('0800 32 745');
    await expect(page.locator('.sc-journey[data-host="BE"]')).toBeVisible();
    expect(requests).toEqual([]);
  });
}

test('the Afghan family in Arabic, right to left, also sees one budget and "choose one"', async ({ page }) => {
  await page.goto('/ar/self-check/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await answerAll(page, afghanFamily);
  await expect(page.locator('.sc-review [data-answer]')).toHaveCount(afghanFamily.length);
  await page.locator('.sc-see-result').click();
  await expect(page.locator('.sc-answer .sc-budget')).toHaveCount(1);
  await expect(page.locator('.sc-answer .sc-budget[data-alternatives]')).toBeVisible();
  await expect(page.locator('.sc-choose')).toBeVisible();
  expect(await page.locator('.sc-results').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
});

for (const language of ['en', 'ar'] as const) test(`someone who answers "I don't know" throughout (${language}) is told the budget assumes them alone`, async ({ page }) => {
  await page.goto(`/${language}/self-check/`);
  await answerAll(page, [
    ['residence', 'NL'],
    ['nationality', 'ER'],
  ]);
  while (await page.locator('.sc-question:not([hidden])').count()) await page.locator('.sc-dontknow').click();
  await page.locator('.sc-see-result').click();
  const budget = page.locator('.sc-answer .sc-budget');
  await expect(budget.first()).toBeVisible();
  const assumed = await page.locator('template.sc-text').evaluate((t) => (t as HTMLTemplateElement).content.querySelector('[data-key="budget.assumedAlone"]')?.textContent ?? '');
  await expect(budget.first().locator('.sc-budget-who')).toHaveText(assumed);
  if (language === 'en') await expect(budget.first()).toContainText('€1,800');
});

test('print: at most two A4 pages, dated, with the situation in the reader\'s language beside the counsellor\'s', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-15T10:00:00'));
  await page.goto('/ar/self-check/');
  await answerAll(page, afghanFamily);
  await page.locator('.sc-see-result').click();
  await expect(page.locator('select[name="counsellor-language"]')).toHaveValue('nl');
  await page.evaluate(() => (window.print = () => undefined));
  await page.locator('.sc-print').click();
  const columns = page.locator('.sc-print-column');
  await expect(columns).toHaveCount(2);
  await expect(columns.nth(0)).toHaveAttribute('lang', 'ar');
  await expect(columns.nth(0)).toHaveAttribute('dir', 'rtl');
  await expect(columns.nth(1)).toHaveAttribute('lang', 'nl');
  await expect(columns.nth(1)).toHaveAttribute('dir', 'ltr');
  await expect(columns.nth(1)).toContainText('Afghanistan, 2 volwassenen, 3 kinderen, woont in Nederland');
  await expect(columns.nth(1)).toContainText('15 november 2026');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.sc-print')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThan(0);
  expect(pages).toBeLessThanOrEqual(2);
});

test('without JavaScript, pressing Enter sends nothing and the address does not change', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/self-check/');
  await expect(page.locator('.sc-nojs')).toBeVisible();
  await expect(page.locator('fieldset.sc-question')).toHaveCount(20);
  await context.close();
  const { before, after, requests, forms } = await enterWithoutJavaScript(browser, '/en/self-check/', [
    { selector: 'fieldset[data-question="adults"] input', text: '2' },
    { selector: 'fieldset[data-question="residence"] input[value="NL"]' },
  ]);
  expect({ forms, after, requests }).toEqual({ forms: 0, after: before, requests: [] });
});

test('with "keep", a language switch keeps the answers and the question; without it, the page says they will be lost', async ({ page }) => {
  await page.goto('/en/self-check/');
  await answerAll(page, afghanFamily.slice(0, 2));
  await expect(page.locator('.sc-lang-note')).toBeVisible();
  await page.locator('.sc-privacy summary').click();
  await page.locator('input[name="keep"]').check();
  await expect(page.locator('.sc-lang-note')).toBeHidden();
  await page.locator('.language-switcher summary').click();
  await page.locator('.language-switcher a[hreflang="fr"], .language-switcher a[lang="fr"]').first().click();
  await expect(page).toHaveURL(/\/fr\/self-check\//);
  await expect(page.locator('fieldset[data-question="plan"]')).toBeVisible();
  await page.locator('.sc-back').click();
  await expect(page.locator('fieldset[data-question="nationality"] select')).toHaveValue('AF');
});

test('clear and leave asks first, then empties everything', async ({ page }) => {
  await page.goto('/en/self-check/');
  await page.locator('.sc-privacy summary').click();
  await page.locator('input[name="keep"]').check();
  await answerAll(page, afghanFamily.slice(0, 2));
  await page.locator('.sc-leave').click();
  await expect(page.locator('.sc-confirm')).toBeVisible();
  await page.locator('.sc-leave-no').click();
  await expect(page.locator('.sc-confirm')).toBeHidden();
  expect(await page.evaluate(() => sessionStorage.length)).toBe(1);
  await page.locator('.sc-leave').click();
  await page.locator('.sc-leave-yes').click();
  await expect(page).toHaveURL(/\/en\/$/);
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
});

test('a nationality filled in from a country page is in "Check your answers"', async ({ page }) => {
  await page.goto('/en/countries/sy/');
  await page.locator('a.button-link[href="/en/self-check/?nationality=SY"]').click();
  await answer(page, 'residence', 'BE');
  while (await page.locator('.sc-question:not([hidden])').count()) await page.locator('.sc-dontknow').click();
  await expect(checkYourAnswers(page).locator('[data-answer="nationality"] dd').first()).toHaveText('Syria');
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  expect(await page.evaluate(() => document.cookie)).toBe('');
});
