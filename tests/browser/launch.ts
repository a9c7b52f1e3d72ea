/**
 * How the browser tests and the bench start Chromium, on any machine with Node and npm.
 *
 * - `CHROMIUM_PATH` when set (Debian's /usr/bin/chromium, a developer's Chrome ...).
 * - Otherwise the headless Chromium inside the npm package `@sparticuz/chromium`, unpacked once into
 *   node_modules/.cache/test-chromium/<version>/ (about 2 s; later runs reuse it). The unpacking goes to a
 *   folder of its own and is renamed into place when complete, so an interrupted run never leaves half a
 *   binary behind, and a new package version never reuses an old binary.
 *
 * Either way Chromium gets the project's flags, not the package's exported `args` (those are for serverless
 * use: `--single-process` breaks a second browser context, `--disable-web-security` would make the security
 * tests prove nothing), and fonts from npm through our own fontconfig file (see fonts.ts).
 * See docs/decisions/0006-test-browser-from-npm.md.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { writeFontconfig } from './fonts.ts';

const require = createRequire(import.meta.url);
const cacheRoot = join(import.meta.dirname, '../../node_modules/.cache');

/**
 * `--no-zygote` because the npm build has no setuid sandbox helper; the quiet flags because this machine's
 * network is closed and Chromium's background connections would only fail.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--no-zygote',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

async function unpackNpmChromium(): Promise<string> {
  // The package exports only its entry (build/index.js); its folder is two levels up.
  const packageFolder = dirname(dirname(require.resolve('@sparticuz/chromium')));
  const { version } = JSON.parse(readFileSync(join(packageFolder, 'package.json'), 'utf8')) as { version: string };
  const target = join(cacheRoot, 'test-chromium', version);
  const binary = join(target, 'chromium');
  if (existsSync(binary)) return binary;

  const partial = `${target}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  // The package's `inflate` unpacks into os.tmpdir(), which reads TMPDIR at each call: point it at our folder.
  const { inflate } = (await import('@sparticuz/chromium')) as { inflate: (file: string) => Promise<string> };
  const savedTmpdir = process.env.TMPDIR;
  process.env.TMPDIR = partial;
  try {
    await inflate(join(packageFolder, 'bin', 'chromium.br'));
  } finally {
    if (savedTmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmpdir;
  }
  try {
    renameSync(partial, target);
  } catch (error) {
    // Another process finished first: use its copy.
    rmSync(partial, { recursive: true, force: true });
    if (!existsSync(binary)) throw error;
  }
  return binary;
}

export interface TestBrowserLaunch {
  executablePath: string;
  args: string[];
  env: Record<string, string>;
}

/** Launch options for Playwright's `chromium.launch` (or `use.launchOptions`). */
export async function testBrowserLaunch(): Promise<TestBrowserLaunch> {
  const executablePath = process.env.CHROMIUM_PATH || (await unpackNpmChromium());
  const fontconfig = writeFontconfig(join(cacheRoot, 'test-fonts'));
  const env = Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined));
  return { executablePath, args: chromiumArgs, env: { ...env, FONTCONFIG_FILE: fontconfig } };
}
