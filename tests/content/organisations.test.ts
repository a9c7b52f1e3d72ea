/**
 * Organisation names as readers know them: French readers know IOM as OIM, Arabic readers need the name in Arabic
 * script. Each language has a data file (content/organisations/<lang>.json) with the name readers know beside
 * the official one; pages give the official name in brackets at the first use, and elsewhere use the known name.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { contentRoot, pageFiles, stringFile } from './content-files.ts';

const organisation = z.strictObject({ official: z.string().min(1), name: z.string().min(1), full: z.optional(z.string().min(1)) });
const file = z.object({ $about: z.string(), iom: organisation, fedasil: organisation, schiphol: organisation });
const realLocales = locales.filter((l) => !l.copyOf);
const organisationsOf = (key: string) => file.parse(JSON.parse(readFileSync(join(contentRoot, 'organisations', `${key}.json`), 'utf8')));

describe('organisation names per language', () => {
  it.each(realLocales.map((l) => l.key))('content/organisations/%s.json names IOM, Fedasil and Schiphol', (key) => {
    expect(() => organisationsOf(key)).not.toThrow();
  });

  for (const locale of realLocales) {
    // A missing or broken file fails the test above, naming the language; the other languages are still checked.
    let orgs: ReturnType<typeof organisationsOf>;
    try {
      orgs = organisationsOf(locale.key);
    } catch {
      continue;
    }
    const renamed = (['iom', 'fedasil'] as const).filter((id) => orgs[id].name !== orgs[id].official);
    if (renamed.length === 0) continue;
    // The official Latin name may stand only in brackets after the known name, or inside an organisation's own
    // name as it writes it ("IOM Netherlands").
    const bare = (text: string, official: string) =>
      [...text.matchAll(new RegExp(`(.{0,2})\\b${official}\\b(?! Netherlands| Nederland)`, 'g'))].filter((m) => !m[1].endsWith('(')).map((m) => m[0]);

    it(`${locale.key}: strings use ${renamed.map((id) => orgs[id].name).join(' and ')}, not the official name alone`, () => {
      const strings = Object.entries(stringFile(locale.key) as Record<string, unknown>).filter(([key]) => key !== '$meta');
      const found = strings.flatMap(([key, text]) => renamed.flatMap((id) => bare(String(text), orgs[id].official).map((hit) => `${key}: ${hit}`)));
      expect(found).toEqual([]);
    });

    it(`${locale.key}: pages use the known name and give the official one in brackets at the first use`, () => {
      const problems: string[] = [];
      for (const page of pageFiles().filter((p) => p.locale === locale.key)) {
        for (const id of renamed) {
          const { name, official } = orgs[id];
          bare(page.body, official).forEach((hit) => problems.push(`${page.file}: "${hit}"`));
          const first = page.body.indexOf(name);
          if (first >= 0 && !page.body.slice(first, first + name.length + official.length + 6).includes(`(${official}`)) problems.push(`${page.file}: first "${name}" without (${official})`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
