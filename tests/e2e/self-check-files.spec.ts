/**
 * Hostile and broken answers: a file too large is refused before it is read; a file with many bad answers lists
 * at most 10 problems, by question, in the reader's language; answers stored in the tab are checked on reload.
 */
import { expect, test } from '@playwright/test';

async function openFile(page: import('@playwright/test').Page, name: string, content: string) {
  await page.locator('.sc-privacy summary').click();
  await page.locator('.sc-load input').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
}

test('a file over 64 KB is refused without being read', async ({ page }) => {
  await page.goto('/en/self-check/');
  await openFile(page, 'big.json', JSON.stringify({ residence: 'NL', nationality: 'AF', padding: 'x'.repeat(70_000) }));
  await expect(page.locator('.sc-load-error')).toContainText('too large');
});

test('many bad answers: at most 10 listed, by question, in French, then how many more', async ({ page }) => {
  await page.goto('/fr/self-check/');
  const bad: Record<string, unknown> = { residence: 'XX', nationality: '"]x', adults: -1, minors: 'many', vulnerabilities: Array.from({ length: 2000 }, () => 'sick') };
  for (let i = 0; i < 15; i++) bad[`unknown${i}`] = true;
  await openFile(page, 'bad.json', JSON.stringify(bad));
  const items = page.locator('.sc-load-error li');
  await expect(items).toHaveCount(11);
  await expect(items.first()).toContainText('Où vivez-vous');
  await expect(items.last()).toContainText('Autres problèmes non affichés');
  await expect(page.locator('fieldset[data-question="residence"]')).toBeVisible();
});

test('a valid file takes the reader to "Check your answers", turning a number of days into the day of the order', async ({ page }) => {
  await page.goto('/en/self-check/');
  await openFile(page, 'answers.json', JSON.stringify({ residence: 'BE', nationality: 'IQ', unaccompaniedMinor: false, minors: 0, asylum: 'refused', daysSinceOrderToLeave: 10, vulnerabilities: [] }));
  await expect(page.locator('.sc-review')).toBeVisible();
  await expect(page.locator('.sc-review [data-answer="orderToLeaveDate"]')).toBeVisible();
});

test('answers stored in the tab are checked on reload: a broken nationality is dropped, not run', async ({ page }) => {
  await page.goto('/en/self-check/');
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.evaluate(() =>
    sessionStorage.setItem('self-check-answers', JSON.stringify({ answers: { residence: 'NL', nationality: '"]x', adults: 1e9 }, skipped: ['nope'], path: ['residence'], step: 'q-<img>' })),
  );
  await page.reload();
  await expect(page.locator('fieldset[data-question="residence"] input[value="NL"]')).toBeChecked();
  await page.locator('.sc-next').click();
  await expect(page.locator('fieldset[data-question="nationality"] select')).toHaveValue('');
  expect(errors).toEqual([]);
});
