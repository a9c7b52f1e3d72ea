/** Builds the site from fixture pages (tests/fixtures/content/<name>) into a temporary folder. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

export function buildFixture(name: string): { status: number | null; output: string; out: string } {
  const work = mkdtempSync(join(tmpdir(), 'fixture-site-'));
  // The cache sits beside the output, not inside it: a build empties its output folder first.
  const out = join(work, 'dist');
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_PAGES_DIR: `./tests/fixtures/content/${name}`, ASTRO_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    timeout: 120_000,
  });
  // Astro colours its messages; strip the escapes so the assertions read the words.
  return { status: result.status, output: `${result.stdout}${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, ''), out };
}
