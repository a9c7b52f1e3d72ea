// `npm run screenshots`: phone-sized (360 px) pictures of the pages a reviewer should see without building, in
// docs/screenshots/. Builds nothing itself: run `npm run build` first. Uses the tests' browser and fonts.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { testBrowserLaunch } from '../tests/browser/launch.ts';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'docs/screenshots');
const pages = [
  ['/', 'language-chooser'],
  ['/en/', 'en-home'],
  ['/ar/countries/sy/', 'ar-country-syria'],
  ['/fr/belgium/', 'fr-belgium'],
  ['/en/self-check/', 'en-self-check'],
  // One page per script of the newer languages: Persian (Naskh), Urdu (Nastaliq), Tigrinya (Ethiopic).
  ['/fa/countries/ir/', 'fa-country-iran'],
  ['/ur/', 'ur-home'],
  ['/ti/countries/er/', 'ti-country-eritrea'],
];

mkdirSync(out, { recursive: true });
const server = spawn(process.execPath, [join(root, 'scripts/serve.mjs'), '0', join(root, 'dist')], { stdio: ['ignore', 'pipe', 'inherit'] });
const port = await new Promise((resolve) => server.stdout.on('data', (data) => resolve(Number(/:(\d+)\//.exec(String(data))?.[1]))));
const browser = await chromium.launch(await testBrowserLaunch());
try {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
  for (const [path, name] of pages) {
    await page.goto(`http://127.0.0.1:${port}${path}`);
    await page.screenshot({ path: join(out, `${name}-360.png`), fullPage: true });
    console.log(`docs/screenshots/${name}-360.png`);
  }
} finally {
  await browser.close();
  server.kill();
}
