import { defineConfig } from '@playwright/test';
import { testBrowserLaunch } from './tests/browser/launch.ts';

// The tests bring their own browser and fonts from npm (CHROMIUM_PATH overrides the browser): tests/browser/.
const launchOptions = await testBrowserLaunch();
const port = Number(process.env.E2E_PORT ?? 4399);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions,
  },
  webServer: {
    command: `node scripts/serve.mjs ${port} dist`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
