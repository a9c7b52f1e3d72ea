/**
 * Content safety: malformed content must never ship. Each fixture is rejected with a message naming the file,
 * the field and what was expected. Frontmatter and source versions go through a real `astro build` of fixture
 * pages; the other checks call the same functions the build calls.
 */
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { contentComponentNames } from '../../src/components/content-component-names.ts';
import { contentProblems } from '../../src/content-safety/check-mdx.ts';
import { pageSafetyProblems } from '../../src/content-safety/check-pages.ts';
import { compareKeys, parseStringFile, unsafeStringProblems } from '../../src/i18n/string-files.ts';
import { loadGroups } from '../../src/rules/country-validation.ts';
import { countryCodes } from '../../src/rules/countries.ts';
import { brokenLinks } from '../e2e/built-site.ts';
import { locales } from '../../src/i18n/locales.ts';
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

  it('a page that imports Node and prints the build machine\'s name', () => {
    const { status, output } = buildFixture('unsafe-import');
    expect(status, output).not.toBe(0);
    expect(output).toContain(`tests/fixtures/content/unsafe-import/en/index.mdx:7: import/export is not allowed: "import os from 'node:os'"`);
    expect(output).toContain('tests/fixtures/content/unsafe-import/en/index.mdx:9: {...} expressions are not allowed: "{os.hostname()}"');
    expect(output).not.toContain(hostname());
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

describe('content cannot carry code: each kind of code is refused naming file, line and what is not allowed', () => {
  const kinds = join(fixtures, 'unsafe-content/kinds');
  const fromEnglish = new Set(['Notice', 'Source']);
  const problemsOf = (name: string) => contentProblems(readFileSync(join(kinds, name), 'utf8'), fromEnglish).map((p) => `${p.line}: ${p.problem}`);
  const cases: [string, RegExp[]][] = [
    ['import-and-expression.mdx', [/^7: import\/export is not allowed: "import os from 'node:os'"$/, /^9: \{\.\.\.\} expressions are not allowed: "\{os\.hostname\(\)\}"$/]],
    ['script.mdx', [/^9: <script> is not allowed: content may use Markdown, the components the English page uses \(<Notice>, <Source>\)/]],
    ['iframe-uppercase.mdx', [/^9: <IFRAME> is not allowed/]],
    ['form.mdx', [/^9: <form> is not allowed/, /^10: <input> is not allowed/]],
    ['img-onerror.mdx', [/^7: <img> is not allowed/]],
    ['javascript-link.mdx', [/^7: link "javascript:alert\(1\)" uses javascript:/]],
    ['meta-refresh.mdx', [/^9: <meta> is not allowed/]],
    [
      'links-elsewhere.mdx',
      [/^7: link "\/\/evil\.example\/en\/" leaves the site without https:/, /^7: link "https:\/\/evil\.example\/return" goes to evil\.example, which the site does not cite/, /^9: link "http:\/\/www\.fedasil\.be\/" uses http:/],
    ],
    [
      'attributes-and-image.mdx',
      [/^7: <span onclick>: HTML elements may carry only lang, dir, title$/, /^7: <span style>/, /^7: <Notice kind=\{\.\.\.\}>: attribute values must be plain text/, /^7: <Notice> has a spread or expression attribute \{\.\.\.props\}/, /^9: image "https:\/\/evil\.example\/pixel\.png" is not from this site/],
    ],
  ];

  it('every fixture of a kind is covered here', () => {
    expect(readdirSync(kinds).filter((f) => f !== 'allowed.mdx').sort()).toEqual(cases.map(([name]) => name).sort());
  });

  it.each(cases)('%s', (name, expected) => {
    const problems = problemsOf(name);
    expect(problems).toHaveLength(expected.length);
    expected.forEach((pattern, i) => expect(problems[i]).toMatch(pattern));
  });

  it('Markdown, organisations\' https links, tel:, internal links, <abbr>, <bdi> and the English page\'s components pass', () => {
    expect(problemsOf('allowed.mdx')).toEqual([]);
  });

  it('a translation may use only the components of its English page, spelt as there', () => {
    expect(pageSafetyProblems(join(fixtures, 'unsafe-content/pages'), root)).toEqual([
      'tests/fixtures/unsafe-content/pages/nl/index.mdx:7: <notice> is not allowed: write it as the English page does, <Notice>',
      expect.stringMatching(/^tests\/fixtures\/unsafe-content\/pages\/nl\/index\.mdx:11: <AmountTable> is not allowed: content may use Markdown, the components the English page uses \(<Notice>, <Source>\)/),
    ]);
  });

  it('the site\'s own pages carry none of it, and every registered component is one MDX can use', () => {
    expect(pageSafetyProblems(join(root, 'content/pages'), root)).toEqual([]);
    expect(contentComponentNames.every((name) => /^[A-Z][A-Za-z]+$/.test(name))).toBe(true);
  });
});

describe('UI strings are plain text', () => {
  it('nesting, HTML and entities are refused, naming the key', () => {
    const file = parseStringFile('tests/fixtures/i18n/nl-unsafe.json', JSON.parse(readFileSync(join(fixtures, 'i18n/nl-unsafe.json'), 'utf8')));
    expect(unsafeStringProblems(file.strings)).toEqual([
      'nav.home: "$t(...)" nesting is not allowed in a string',
      'nav.about: HTML is not allowed in a string (found "<img src=x onerror=alert(1)>")',
      'nav.contact: HTML is not allowed in a string (found "<a href="https://evil.example">")',
      'nav.search: HTML entities are not allowed in a string (found "&lt;"); write the character itself',
    ]);
  });

  it.each(locales.filter((l) => !l.copyOf).map((l) => l.key))('content/i18n/%s.json has none', (locale) => {
    expect(unsafeStringProblems(parseStringFile(`content/i18n/${locale}.json`, stringFile(locale)).strings)).toEqual([]);
  });
});
