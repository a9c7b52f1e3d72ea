// `npm run bench`: builds the site and prints figures (not a test: nothing here passes or fails).
//  - pages built, build and indexing seconds, peak memory (the real site, all its languages)
//  - seconds per 1,000 pages as languages grow to 30 (synthetic copies of English, built outside the real site)
//  - Brotli bytes per page type (min / median / max)
//  - pagefind bytes fetched for a first and a second query, in Chromium
//  - the self-check's time to a result with the CPU slowed 4x
// Output goes to bench-output/ (ignored by git). The browser is the tests' (tests/browser/launch.ts); set
// CHROMIUM_PATH for another Chromium.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { chromium } from '@playwright/test';
import { testBrowserLaunch } from '../tests/browser/launch.ts';
import { locales } from '../src/i18n/locales.ts';

const realLanguages = locales.length;

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'bench-output');
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const pagefind = join(root, 'node_modules/.bin/pagefind');

/** Runs a command, sampling the peak resident memory (VmHWM) of it and its children from /proc. */
function run(command, args, env = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peakKb = 0;
    const tree = (pid) => {
      const children = (() => {
        try {
          return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
        } catch {
          return [];
        }
      })();
      return [pid, ...children.flatMap(tree)];
    };
    const sample = setInterval(() => {
      let total = 0;
      for (const pid of tree(child.pid)) {
        try {
          total += Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
        } catch {}
      }
      peakKb = Math.max(peakKb, total);
    }, 100);
    child.on('close', (code) => {
      clearInterval(sample);
      if (code !== 0) return reject(new Error(`${command} ${args.join(' ')} failed:\n${output.slice(-3000)}`));
      resolve({ seconds: (performance.now() - started) / 1000, peakMb: Math.round(peakKb / 1024), output });
    });
  });
}

async function buildSite(dir, syntheticLocales = 0) {
  rmSync(dir, { recursive: true, force: true });
  const env = { BENCH_SYNTHETIC_LOCALES: String(syntheticLocales), ASTRO_CACHE_DIR: `${dir}-cache` };
  const build = await run(process.execPath, [astro, 'build', '--outDir', dir], env);
  const pages = Number(/(\d+) page\(s\) built/.exec(build.output)?.[1] ?? 0);
  const index = await run(pagefind, ['--site', dir]);
  return { pages, build, index };
}

const htmlFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));
const brotli = (file) => brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const pageType = (path) => {
  const rest = path.replace(/^\/[a-z]+\//, '').replace(/index\.html$/, '');
  if (/^countries\/[a-z]{2}\/$/.test(rest)) return 'country page';
  if (rest === '') return 'home';
  if (/^(netherlands|belgium)/.test(rest)) return 'programme page';
  return rest.replace(/\/$/, '');
};

console.log('Benchmark (figures, not a test). Machine:', `${(await import('node:os')).cpus().length} cores,`, process.version);

// 1. The real site.
const site = join(out, 'site');
const real = await buildSite(site);
console.log(`\nReal site (${realLanguages} languages): ${real.pages} pages`);
console.log(`  build ${real.build.seconds.toFixed(1)} s, peak ${real.build.peakMb} MB; pagefind ${real.index.seconds.toFixed(1)} s, peak ${real.index.peakMb} MB`);

// 2. Growth beyond the real languages, to 40 (synthetic copies of English).
console.log('\nGrowth (synthetic languages are copies of English, built in bench-output/, never in dist/):');
console.log('  languages  pages  build s  s/1000 pages  build MB  index s  index MB');
for (const languages of [realLanguages, ...[20, 30, 40].filter((n) => n > realLanguages)]) {
  const result = languages === realLanguages ? real : await buildSite(join(out, `scale-${languages}`), languages - realLanguages);
  const perThousand = (result.build.seconds / result.pages) * 1000;
  console.log(
    `  ${String(languages).padStart(9)}  ${String(result.pages).padStart(5)}  ${result.build.seconds.toFixed(1).padStart(7)}  ${perThousand.toFixed(2).padStart(12)}  ${String(result.build.peakMb).padStart(8)}  ${result.index.seconds.toFixed(1).padStart(7)}  ${String(result.index.peakMb).padStart(8)}`,
  );
  if (languages !== realLanguages) rmSync(join(out, `scale-${languages}`), { recursive: true, force: true });
}

// 3. Brotli bytes per page type.
const byType = new Map();
for (const file of htmlFiles(site)) {
  const path = `/${relative(site, file)}`;
  if (!/^\/[a-z]{2,3}\//.test(path)) continue;
  const type = pageType(path);
  byType.set(type, [...(byType.get(type) ?? []), brotli(file)]);
}
console.log('\nHTML bytes with Brotli per page type (min / median / max):');
for (const [type, sizes] of [...byType].sort()) console.log(`  ${type.padEnd(16)} ${Math.min(...sizes)} / ${median(sizes)} / ${Math.max(...sizes)}  (${sizes.length} pages)`);
const assets = readdirSync(join(site, '_astro')).map((name) => `${name.replace(/\.[A-Za-z0-9_-]+\.(js|css)$/, '.$1')}: ${brotli(join(site, '_astro', name))} B`);
console.log(`  assets: ${assets.join('; ')}`);

// 4. and 5. In a real browser.
const server = spawn(process.execPath, [join(root, 'scripts/serve.mjs'), '4410', site], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 500));
const browser = await chromium.launch(await testBrowserLaunch());
try {
  const page = await browser.newPage();
  let pagefindBytes = 0;
  page.on('response', async (response) => {
    if (new URL(response.url()).pathname.startsWith('/pagefind/')) pagefindBytes += (await response.body().catch(() => Buffer.alloc(0))).length;
  });
  await page.goto('http://127.0.0.1:4410/en/search/');
  await page.waitForLoadState('networkidle');
  const query = async (text) => {
    pagefindBytes = 0;
    await page.locator('#search-input').fill(text);
    await page.locator('#search-input').press('Enter');
    await page.locator('.search-results li').first().waitFor();
    await page.waitForLoadState('networkidle');
    return pagefindBytes;
  };
  console.log(`\nSearch: pagefind bytes fetched for a first query ("Afghanistan") ${await query('Afghanistan')}, a second ("Fedasil") ${await query('Fedasil')}`);

  // A slow phone on a slow network (Lighthouse's slow 4G: 562.5 ms latency, 1.47 Mbit/s down; CPU 4x slower), cold
  // cache: the reader opens the search page, taps the box and types (about 10 letters a second), then presses
  // Enter. Measured from Enter to the first result on screen, and from opening the page.
  const slow = await browser.newPage();
  const slowCdp = await slow.context().newCDPSession(slow);
  await slowCdp.send('Network.enable');
  await slowCdp.send('Network.emulateNetworkConditions', { offline: false, latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 });
  await slowCdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const searchStart = performance.now();
  await slow.goto('http://127.0.0.1:4410/en/search/');
  await slow.locator('#search-input').click();
  await slow.locator('#search-input').pressSequentially('Afghanistan', { delay: 100 });
  const enter = performance.now();
  await slow.locator('#search-input').press('Enter');
  await slow.locator('.search-results li').first().waitFor({ timeout: 60_000 });
  const shown = performance.now();
  console.log(`Search on slow 4G with the CPU slowed 4x: first result ${((shown - enter) / 1000).toFixed(2)} s after Enter (goal: under 2 s), ${((shown - searchStart) / 1000).toFixed(2)} s after opening the page`);

  const check = await browser.newPage();
  const cdp = await check.context().newCDPSession(check);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const loadStart = performance.now();
  await check.goto('http://127.0.0.1:4410/en/self-check/');
  await check.locator('fieldset[data-question="residence"]:visible').waitFor();
  const ready = performance.now() - loadStart;
  const answers = [['residence', 'NL'], ['nationality', 'AF'], ['plan', 'return'], ['unaccompaniedMinor', 'false'], ['adults', '2'], ['minors', '3']];
  for (const [id, value] of answers) {
    const fieldset = check.locator(`fieldset[data-question="${id}"]`);
    const kind = await fieldset.getAttribute('data-kind');
    if (kind === 'country') await fieldset.locator('select').selectOption(value);
    else if (kind === 'count') await fieldset.locator('input').fill(value);
    else await fieldset.locator(`input[value="${value}"]`).check();
    await check.locator('.sc-next').click();
  }
  // Time each remaining step inside the page: from the click to the next question or the results being shown.
  const steps = await check.evaluate(async () => {
    const times = [];
    const review = document.querySelector('.sc-review');
    while (review.hidden) {
      const visible = document.querySelector('fieldset.sc-question:not([hidden])');
      const start = performance.now();
      visible.querySelector('input[value="false"], input[value="has"]')?.click();
      document.querySelector('.sc-next').click();
      await new Promise((resolve) => requestAnimationFrame(() => resolve()));
      times.push(performance.now() - start);
    }
    // "Check your answers", then the result.
    const start = performance.now();
    document.querySelector('.sc-see-result').click();
    await new Promise((resolve) => requestAnimationFrame(() => resolve()));
    times.push(performance.now() - start);
    return times;
  });
  console.log(`\nSelf-check with the CPU slowed 4x: script ready ${ready.toFixed(0)} ms after navigation; each answer to the next step, and the check of answers to the result: median ${median(steps).toFixed(1)} ms, slowest ${Math.max(...steps).toFixed(1)} ms (${steps.length} steps), result shown after the last`);
} finally {
  await browser.close();
  server.kill();
}
console.log(`\nSite size on disk: ${(htmlFiles(site).reduce((sum, f) => sum + statSync(f).size, 0) / 1e6).toFixed(1)} MB of HTML`);
