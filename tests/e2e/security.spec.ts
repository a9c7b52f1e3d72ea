import { expect, test } from '@playwright/test';
import { pageTypes } from './helpers.ts';

// The test server (scripts/serve.mjs) sends exactly the headers in dist/_headers, as the static host would.
for (const locale of ['en', 'nl', 'ar']) {
  for (const type of pageTypes) {
    test(`/${locale}/${type}: no CSP violation, console error, cookie, or request to another origin`, async ({ page, context, baseURL }) => {
      const problems: string[] = [];
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
      });
      page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('request', (request) => new URL(request.url()).origin !== new URL(baseURL ?? '').origin && problems.push(`request to ${request.url()}`));
      const response = await page.goto(`/${locale}/${type}`);
      const headers = response?.headers() ?? {};
      expect(headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
      expect(headers['content-security-policy']).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
      expect(headers['referrer-policy']).toBe('no-referrer');
      expect(headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['permissions-policy']).toMatch(/camera=\(\)/);
      if (type === 'search/') {
        expect(headers['content-security-policy']).toMatch(/'wasm-unsafe-eval'/);
        await page.locator('#search-input').fill(locale === 'ar' ? 'أفغانستان' : 'Afghanistan');
        await page.locator('#search-input').press('Enter');
        await expect(page.locator('.search-results li').first()).toBeVisible();
      } else {
        expect(headers['content-security-policy']).not.toMatch(/wasm-unsafe-eval/);
        expect(headers['content-security-policy']).toMatch(/connect-src 'none'/);
      }
      if (type === 'self-check/') {
        await page.locator('fieldset[data-question="residence"] input[value="NL"]').check();
        await page.locator('.sc-next').click();
        await expect(page.locator('fieldset[data-question="nationality"]')).toBeVisible();
      }
      await page.waitForLoadState('networkidle');
      expect(await context.cookies()).toEqual([]);
      expect(problems).toEqual([]);
    });
  }
}
