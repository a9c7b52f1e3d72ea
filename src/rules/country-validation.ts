/**
 * Validation of the country data files with zod: a bad code, a duplicate, or a union naming an unknown group
 * fails naming the file and the entry. `countries.ts` runs it whenever the data loads outside the browser.
 */
import * as z from 'zod/mini';
import { describeIssues, InvalidInputError } from './schema-errors.ts';
import { resolveGroups, type Country, type CountryGroup, type CountryGroupFile } from './country-groups.ts';

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date as YYYY-MM-DD' }));
const alpha2 = z.string().check(z.regex(/^[A-Z]{2}$/, { error: 'expected an ISO 3166-1 alpha-2 code in capitals, such as "AF"' }));

const dataSourceSchema = z.strictObject({
  title: z.string({ error: 'expected the title of the source' }),
  url: z.optional(z.url({ error: 'expected the address (URL) of the source' })),
  passage: z.optional(z.string()),
  retrieved: isoDate,
  asOf: z.optional(isoDate),
});

const countriesSchema = z.strictObject({
  source: dataSourceSchema,
  countries: z.array(
    z.strictObject({
      code: alpha2,
      userAssigned: z.optional(z.literal(true)),
    }),
  ),
});

const groupSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/, { error: 'expected a lower-case id such as "eu-eea-switzerland"' })),
  source: dataSourceSchema,
  needsCheck: z.boolean({ error: 'expected true or false: must the list still be checked against its source?' }),
  notes: z.optional(z.string()),
  memberNotes: z.optional(z.record(alpha2, z.string())),
  members: z.optional(z.array(alpha2)),
  tiers: z.optional(z.record(z.string(), z.array(alpha2))),
  /** A derived group is the union of other groups, named by id. */
  union: z.optional(z.array(z.string())),
});

// The zod-free types in country-groups.ts describe the same files: the compiler keeps the two in step.
groupSchema satisfies z.ZodMiniType<CountryGroupFile>;

/** One problem per code that appears again after its first place in a list. */
function listedTwice(codes: readonly string[], field: (index: number) => string): string[] {
  return codes.flatMap((code, index) => (codes.indexOf(code) === index ? [] : [`${field(index)}: "${code}" is listed twice`]));
}

function parseWith<T>(schema: z.ZodMiniType<T>, file: string, raw: unknown): T {
  const result = z.safeParse(schema, raw);
  if (!result.success) throw new InvalidInputError(file, describeIssues(result.error.issues));
  return result.data;
}

/** Validates the country list: codes well formed and unique. */
export function loadCountries(file: string, raw: unknown): Country[] {
  const data = parseWith(countriesSchema, file, raw);
  const problems = listedTwice(
    data.countries.map((country) => country.code),
    (index) => `countries[${index}].code`,
  );
  if (problems.length) throw new InvalidInputError(file, problems);
  return data.countries;
}

/**
 * Validates group files against the country list and resolves derived groups. Fails on a member code that is
 * not a country, a union naming an unknown group, or a file whose `id` does not match its file name.
 */
export function loadGroups(files: Record<string, unknown>, countryCodes: ReadonlySet<string>): Map<string, CountryGroup> {
  const parsed = Object.entries(files).map(([file, raw]) => ({ file, data: parseWith(groupSchema, file, raw) }));
  const byId = new Map(parsed.map((entry) => [entry.data.id, entry]));
  for (const { file, data } of parsed) {
    const problems: string[] = [];
    const expectedId = file.replace(/^.*\//, '').replace(/\.json$/, '');
    if (data.id !== expectedId) problems.push(`id: expected "${expectedId}" (the file name), found "${data.id}"`);
    if (!data.members === !data.union) problems.push('members: expected either "members" (a list of codes) or "union" (a list of group ids), not both or neither');
    (data.members ?? []).forEach((code, index) => {
      if (!countryCodes.has(code)) problems.push(`members[${index}]: "${code}" is not a country code in content/data/countries.json`);
    });
    problems.push(...listedTwice(data.members ?? [], (index) => `members[${index}]`));
    Object.entries(data.tiers ?? {}).forEach(([tier, codes]) =>
      codes.forEach((code, index) => {
        if (!data.members?.includes(code)) problems.push(`tiers.${tier}[${index}]: "${code}" is not in members`);
      }),
    );
    (data.union ?? []).forEach((id, index) => {
      if (!byId.has(id)) problems.push(`union[${index}]: unknown group "${id}"; known groups: ${[...byId.keys()].join(', ')}`);
      else if (byId.get(id)?.data.union) problems.push(`union[${index}]: "${id}" is itself derived; derive from source groups only`);
    });
    if (problems.length) throw new InvalidInputError(file, problems);
  }
  return resolveGroups(parsed.map((entry) => entry.data));
}

