/**
 * The fonts the test browser sees, all from npm (no system font package needed): Noto Sans for Latin, Greek
 * and Cyrillic, and a Noto font for each other script the site's languages are written in. They are given to
 * Chromium through a fontconfig file of our own, so a test renders the same on every machine, whatever fonts
 * the machine has. The site itself keeps system fonts; this is only what the test browser has installed.
 *
 * The packages ship TrueType files: the fontconfig inside the npm Chromium does not read WOFF or WOFF2.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Script -> npm package. A language in a new script needs its font here before its screenshot tests. */
export const testFontPackages = {
  'Latin, Greek, Cyrillic': '@expo-google-fonts/noto-sans',
  Arabic: '@expo-google-fonts/noto-sans-arabic',
  // Urdu's Nastaliq style, which the site asks for first on Urdu pages (where a reader's system has it).
  'Arabic (Nastaliq)': '@expo-google-fonts/noto-nastaliq-urdu',
  Ethiopic: '@expo-google-fonts/noto-sans-ethiopic',
  Bengali: '@expo-google-fonts/noto-sans-bengali',
  Tamil: '@expo-google-fonts/noto-sans-tamil',
  Armenian: '@expo-google-fonts/noto-sans-armenian',
  Georgian: '@expo-google-fonts/noto-sans-georgian',
  'Chinese (Simplified)': '@expo-google-fonts/noto-sans-sc',
} as const;

/** The weights the site's CSS uses (body text and bold headings); other weights would only slow fontconfig. */
const weightFolders = ['400Regular', '400Regular_Italic', '700Bold'];

function packageFolder(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

/** Family names as fontconfig knows them, in fallback order for the generic families the site's CSS names. */
const families = ['Noto Sans', 'Noto Sans Arabic', 'Noto Nastaliq Urdu', 'Noto Sans Ethiopic', 'Noto Sans Bengali', 'Noto Sans Tamil', 'Noto Sans Armenian', 'Noto Sans Georgian', 'Noto Sans SC'];

/** Writes `fonts.conf` into `folder` and returns its path, for Chromium's FONTCONFIG_FILE. */
export function writeFontconfig(folder: string): string {
  mkdirSync(folder, { recursive: true });
  const dirs = Object.values(testFontPackages).flatMap((name) => weightFolders.map((weight) => join(packageFolder(name), weight)));
  const prefer = families.map((family) => `<family>${family}</family>`).join('');
  const alias = (generic: string) => `  <alias><family>${generic}</family><prefer>${prefer}</prefer></alias>`;
  const conf = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    ...dirs.map((dir) => `  <dir>${dir}</dir>`),
    `  <cachedir>${join(folder, 'cache')}</cachedir>`,
    ...['sans-serif', 'serif', 'monospace', 'system-ui'].map(alias),
    '</fontconfig>',
    '',
  ].join('\n');
  const file = join(folder, 'fonts.conf');
  // Playwright's workers call this while another may already be starting Chromium: write a new file only when
  // it changes, and atomically, so no browser ever reads half of it.
  if (existsSync(file) && readFileSync(file, 'utf8') === conf) return file;
  writeFileSync(`${file}.${process.pid}`, conf);
  renameSync(`${file}.${process.pid}`, file);
  return file;
}
