/**
 * What readers are told about the Dutch country list (three answers: yes, our sources differ, probably not) and
 * about places that are not nationalities (territories, land without people, the host countries themselves).
 */
import { expect, test } from '@playwright/test';
import { afghanFamily, answer, answerAll } from './helpers.ts';

test('country pages give the Dutch list\'s three answers: Afghanistan yes, Russia our sources differ, the United States probably not', async ({ page }) => {
  // The "yes" sentence needs no caveat of its own: the reasons under it say that the official list decides.
  const standing = [
    ['af', 'yes', 'can in principle get reintegration support', false],
    ['ru', 'maybe', 'our sources describe the Dutch rule differently', true],
    ['us', 'no', 'probably not eligible', true],
  ] as const;
  for (const [code, value, words, caveat] of standing) {
    await page.goto(`/en/countries/${code}/`);
    const verdict = page.locator('[data-list="nl-reintegration"]');
    await expect(verdict).toHaveAttribute('data-standing', value);
    await expect(verdict).toContainText(words);
    if (caveat) await expect(verdict).toContainText('The published Dutch country list decides');
  }
  await page.goto('/nl/countries/ru/');
  await expect(page.locator('[data-list="nl-reintegration"]')).toContainText('De gepubliceerde Nederlandse landenlijst is beslissend');
});

test('a territory\'s page sends readers to the nationality its people hold; the host countries and empty land have no verdicts', async ({ page }) => {
  await page.goto('/en/countries/wf/');
  await expect(page.locator('[data-nationality="FR"]')).toContainText('The people of Wallis & Futuna hold the nationality of France');
  await expect(page.locator('a[href="/en/countries/fr/"]')).toBeVisible();
  await expect(page.locator('[data-list]')).toHaveCount(0);

  await page.goto('/fr/countries/aq/');
  await expect(page.locator('[data-nationality="none"]')).toBeVisible();
  await expect(page.locator('[data-list]')).toHaveCount(0);

  await page.goto('/en/countries/nl/');
  await expect(page.locator('[data-host-nationality]')).toContainText('do not need return support');
  await expect(page.locator('[data-list]')).toHaveCount(0);
  await page.goto('/en/countries/aw/');
  await expect(page.locator('[data-host-nationality]')).toContainText('Netherlands');
});

test('the self-check offers nationalities, finds a territory by its name as its people\'s nationality, and explains a list our sources disagree on', async ({ page }) => {
  await page.goto('/en/self-check/');
  const nationality = page.locator('fieldset[data-question="nationality"] select');
  const values = await nationality.locator('option').evaluateAll((options) => options.map((o) => [(o as HTMLOptionElement).value, o.textContent ?? '']));
  const offered = new Set(values.map(([value]) => value));
  for (const code of ['NL', 'BE', 'WF', 'AQ', 'AW']) expect(offered.has(code), code).toBe(false);
  expect(values).toContainEqual(['FR', 'Wallis & Futuna (France)']);

  // The Afghan family's answers, but a Russian adult alone.
  await answerAll(page, [['residence', 'NL'], ['nationality', 'RU'], ['plan', 'return'], ['unaccompaniedMinor', false], ['adults', 1], ['minors', 0], ...afghanFamily.slice(6)]);
  await page.locator('.sc-see-result').click();
  await expect(page.locator('.sc-answer [data-programme="nl-iom-reintegration"]')).toHaveAttribute('data-verdict', 'uncertain');
  const why = page.locator('.sc-why [data-why="nl-iom-reintegration"]');
  await why.locator('summary').click();
  await expect(why.locator('[data-condition="nationality-on-reintegration-list"]')).toHaveAttribute('data-note', 'sources-differ');
  await expect(why.locator('[data-condition="nationality-on-reintegration-list"]')).toContainText('Our sources differ for your nationality');
});

test('a country page link for a territory fills in the nationality its people hold (Wallis and Futuna: French, so EU)', async ({ page }) => {
  await page.goto('/en/self-check/?nationality=wf');
  await answer(page, 'residence', 'NL');
  // Nothing more to ask: as EU citizens, the people of Wallis and Futuna cannot get any of the Dutch programmes.
  await expect(page.locator('.sc-review [data-answer="nationality"] dd').first()).toHaveText('France');
  await page.locator('.sc-see-result').click();
  await expect(page.locator('.sc-answer [data-programme="nl-iom-resettlement"]')).toHaveAttribute('data-verdict', 'unlikely');
  await expect(page.locator('.sc-why [data-why="nl-iom-resettlement"] [data-condition="nationality-not-eu-eea-swiss"]')).toHaveCount(1);
  await expect(page.locator('.sc-why [data-why="nl-iom-reintegration"] [data-note="published-list-decides"]')).toHaveCount(1);
});
