import { expect, test } from '@playwright/test';
import { answer } from './helpers.ts';

/**
 * Records every request the page makes from now on. Call it once the page has loaded (and fetched its icon):
 * from then on the self-check must send nothing.
 */
async function recordRequests(page: import('@playwright/test').Page) {
  await page.waitForLoadState('networkidle');
  const requests: string[] = [];
  page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
  return requests;
}

test('a family returning from the Netherlands sees IOM reintegration with the household budget, and nothing is sent', async ({ page }) => {
  await page.goto('/en/self-check/');
  const requests = await recordRequests(page);
  await answer(page, 'residence', 'NL');
  await answer(page, 'nationality', 'AF');
  await answer(page, 'plan', 'return');
  await answer(page, 'unaccompaniedMinor', false);
  await answer(page, 'adults', 2);
  await answer(page, 'minors', 3);
  await answer(page, 'meansToPayDeparture', false);
  await answer(page, 'assistedDepartureWithinFiveYears', false);
  await answer(page, 'travelDocument', 'can-obtain');
  await answer(page, 'governmentObjection', false);
  await answer(page, 'otherReintegrationRegistration', false);
  await answer(page, 'entryBanOverFiveYears', false);
  await answer(page, 'personaNonGrata', false);
  await answer(page, 'seriousCrimeConviction', false);
  await answer(page, 'article1F', false);

  const iom = page.locator('[data-programme="nl-iom-reintegration"]');
  await expect(iom).toHaveAttribute('data-verdict', 'likely');
  await expect(iom).toContainText('You may qualify');
  await expect(iom).toContainText('€12,000');
  await expect(iom).toContainText('€1,500');
  await expect(iom.locator('.sc-budget')).toContainText('For 2 adults and 3 children');
  await expect(page.locator('[data-programme="nl-iom-resettlement"]')).toHaveAttribute('data-verdict', 'unlikely');
  await expect(page.locator('[data-programme="be-reintegration-basic"]')).toContainText('only for people who live in the other country');
  await expect(page.locator('.sc-results')).toContainText('088 746 4466');
  expect(page.url()).not.toContain('AF');
  expect(requests).toEqual([]);
});

test('a person in Belgium refused asylum 10 days ago gets the basic and complementary levels; Back and change answer work', async ({ page }) => {
  await page.goto('/fr/self-check/');
  const requests = await recordRequests(page);
  await answer(page, 'residence', 'BE');
  await answer(page, 'nationality', 'MA');
  await page.locator('.sc-back').click();
  await expect(page.locator('fieldset[data-question="nationality"] select')).toHaveValue('MA');
  await answer(page, 'nationality', 'MA');
  await answer(page, 'unaccompaniedMinor', false);
  // Belgium gives no amounts in our sources, so the number of adults is not asked; children count for vulnerability.
  await answer(page, 'minors', 0);
  await answer(page, 'asylum', 'refused');
  await answer(page, 'daysSinceOrderToLeave', 45);
  await answer(page, 'vulnerabilities', []);
  await expect(page.locator('[data-programme="be-reintegration-basic"]')).toHaveAttribute('data-verdict', 'likely');
  await expect(page.locator('[data-programme="be-reintegration-complementary"]')).toHaveAttribute('data-verdict', 'unlikely');
  await expect(page.locator('[data-programme="be-reintegration-vulnerability"]')).toHaveAttribute('data-verdict', 'unlikely');

  const days = page.locator('.sc-summary dt', { hasText: /ordre de quitter/i });
  await page.locator('.sc-summary dd').nth(await days.evaluate((dt) => [...dt.parentElement!.querySelectorAll('dt')].indexOf(dt as HTMLElement))).locator('button').click();
  await answer(page, 'daysSinceOrderToLeave', 10);
  // Later answers are kept, so the results come straight back.
  await expect(page.locator('[data-programme="be-reintegration-complementary"]')).toHaveAttribute('data-verdict', 'likely');
  await expect(page.locator('[data-programme="be-reintegration-complementary"]')).toContainText('Vous pourriez');
  expect(requests).toEqual([]);
});

test('an unaccompanied child with unknown answers gets "we cannot tell yet", and keep/clear-and-leave empty everything', async ({ page }) => {
  await page.goto('/ar/self-check/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const requests = await recordRequests(page);
  await page.locator('input[name="keep"]').check();
  await answer(page, 'residence', 'NL');
  await answer(page, 'nationality', 'ER');
  await answer(page, 'plan', 'return');
  await answer(page, 'unaccompaniedMinor', true);
  for (const id of ['meansToPayDeparture', 'assistedDepartureWithinFiveYears', 'travelDocument', 'governmentObjection', 'otherReintegrationRegistration', 'entryBanOverFiveYears', 'personaNonGrata', 'seriousCrimeConviction', 'article1F']) {
    await answer(page, id, undefined);
  }
  const iom = page.locator('[data-programme="nl-iom-reintegration"]');
  await expect(iom).toHaveAttribute('data-verdict', 'uncertain');
  await expect(iom.locator('.sc-budget')).toContainText('2,800');
  expect(await page.evaluate(() => sessionStorage.length)).toBe(1);
  expect(requests).toEqual([]);

  await page.locator('.sc-leave').click();
  await expect(page).toHaveURL(/\/ar\/$/);
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
});

test('without "keep", answers are not stored; a country page link fills in only the nationality', async ({ page }) => {
  await page.goto('/en/countries/sy/');
  await page.getByRole('link', { name: 'Self-check' }).last().click();
  await expect(page).toHaveURL(/\/en\/self-check\/\?nationality=SY$/);
  await answer(page, 'residence', 'BE');
  await expect(page.locator('fieldset[data-question="unaccompaniedMinor"]')).toBeVisible();
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  expect(await page.evaluate(() => document.cookie)).toBe('');
});

test('without JavaScript the self-check page lists every question as a printable checklist', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/self-check/');
  await expect(page.locator('.sc-nojs')).toBeVisible();
  await expect(page.locator('fieldset.sc-question')).toHaveCount(20);
  await expect(page.locator('fieldset[data-question="article1F"] legend')).toBeVisible();
  await context.close();
});
