/**
 * Content safety: malformed content must never ship. Each fixture is rejected with a message naming the file,
 * the field and what was expected. Frontmatter and source versions go through a real `astro build` of fixture
 * pages; the other checks call the same functions the build calls.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareKeys, parseStringFile } from '../../src/i18n/string-files.ts';
import { loadGroups } from '../../src/rules/country-validation.ts';
import { countryCodes } from '../../src/rules/countries.ts';
import { brokenLinks } from '../e2e/built-site.ts';
import { stringFile } from './content-files.ts';
import { buildFixture } from './fixture-build.ts';

const root = join(import.meta.dirname, '../..');
const fixtures = join(root, 'tests/fixtures');

describe('malformed content fails the build, naming file, field and expectation', { timeout: 120_000 }, () => {
  it('a bad frontmatter field', () => {
    const { status, output } = buildFixture('bad-frontmatter');
    expect(status, output).not.toBe(0);
    expect(output).toContain('tests/fixtures/content/bad-frontmatter/en/index.mdx');
    expect(output).toMatch(/translation\.status: expected status "source" \(with version\)/);
    expect(output).toMatch(/description/);
  });

  it('an unknown programme id', () => {
    const { status, output } = buildFixture('unknown-programme');
    expect(status, output).not.toBe(0);
    expect(output).toContain('tests/fixtures/content/unknown-programme/en/index.mdx');
    expect(output).toMatch(/programmes\.0: Invalid option: expected one of "nl-iom-reintegration"/);
  });

  it('a translation whose source version is unknown', () => {
    const { status, output } = buildFixture('unknown-source-version');
    expect(status, output).not.toBe(0);
    expect(output).toContain('tests/fixtures/content/unknown-source-version/nl/index.mdx: sourceVersion: expected a version of the English source (1 to 2), found 7');
  });
});

describe('the checks the build runs on data and strings', () => {
  it('a country code that does not exist', () => {
    const file = 'tests/fixtures/data/bad-group/visa-list.json';
    const raw = JSON.parse(readFileSync(join(root, file), 'utf8'));
    expect(() => loadGroups({ [file]: raw }, countryCodes)).toThrow(`${file}: invalid field\n  - members[2]: "QQ" is not a country code in content/data/countries.json`);
  });

  it('a missing UI string', () => {
    const english = parseStringFile('content/i18n/en.json', stringFile('en')).strings;
    const file = parseStringFile('tests/fixtures/i18n/nl-missing-key.json', JSON.parse(readFileSync(join(fixtures, 'i18n/nl-missing-key.json'), 'utf8')));
    const problems = compareKeys('nl', file.strings, english);
    expect(problems).toContain('nav.home: missing (the English file has it)');
    expect(problems).toContain('household.adults_one: missing (plural form "one" is needed in nl)');
  });

  it('a string file without its translation status', () => {
    expect(() => parseStringFile('content/i18n/xx.json', { 'site.name': 'x' })).toThrow(/content\/i18n\/xx\.json: invalid string file\n {2}- \$meta/);
  });

  it('a broken internal link and a missing #anchor in a built site', () => {
    expect(brokenLinks(join(fixtures, 'site-with-broken-link'))).toEqual(['/en/ -> /en/about/#privacy (no such anchor)', '/en/ -> /en/contact/']);
  });
});
