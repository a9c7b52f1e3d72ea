/**
 * Other names people search for a country by (Burma, Ivory Coast, Swaziland ...), from
 * `content/data/country-aliases.json`. Used by the country filter and search; names themselves come from Intl.
 */
import { z } from 'astro/zod';
import aliasFile from '../../content/data/country-aliases.json' with { type: 'json' };
import { countryCodes } from '../rules/countries.ts';

const file = 'content/data/country-aliases.json';
const schema = z.strictObject({
  source: z.strictObject({ title: z.string(), retrieved: z.string() }),
  aliases: z.record(z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code in capitals'), z.array(z.string().min(1))),
});

function load(): Record<string, string[]> {
  const result = schema.safeParse(aliasFile);
  if (!result.success) throw new Error(`${file}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const unknown = Object.keys(result.data.aliases).filter((code) => !countryCodes.has(code));
  if (unknown.length) throw new Error(`${file}: aliases.${unknown[0]}: "${unknown[0]}" is not a country code in content/data/countries.json`);
  return result.data.aliases;
}

const aliases = load();

export function aliasesOf(code: string): readonly string[] {
  return aliases[code] ?? [];
}
