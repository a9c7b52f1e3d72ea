/**
 * A page missing in a language: built from the English page inside that language's layout, marked
 * `lang="en" dir="ltr"`, with a notice in the reader's language, and left out of that language's search index.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture } from './fixture-build.ts';

describe('an untranslated page', { timeout: 120_000 }, () => {
  let out = '';
  beforeAll(() => {
    const build = buildFixture('partial-translation');
    expect(build.status, build.output).toBe(0);
    out = build.out;
  }, 180_000);
  const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');

  it('shows the English text in the Arabic layout, the English part marked as English', () => {
    const html = page('ar/about');
    expect(html).toMatch(/<html lang="ar" dir="rtl"[ >]/);
    expect(html).toMatch(/<div class="content" lang="en" dir="ltr">\s*<h1>About<\/h1>/);
    expect(html).toContain('Only in English so far.');
  });

  it('tells the reader in their own language, outside the English part', () => {
    const html = page('nl/about');
    const notice = /<aside[^>]*data-translation-status="fallback"[^>]*>([\s\S]*?)<\/aside>/.exec(html)?.[1] ?? '';
    expect(notice).toContain('Nederlands');
    expect(html.indexOf('data-translation-status="fallback"')).toBeLessThan(html.indexOf('<div class="content" lang="en" dir="ltr">'));
  });

  it('is left out of that language’s search index, while translated pages are in it', () => {
    expect(page('nl/about')).not.toContain('data-pagefind-body');
    expect(page('nl')).toContain('data-pagefind-body');
    expect(page('en/about')).toContain('data-pagefind-body');
  });
});
