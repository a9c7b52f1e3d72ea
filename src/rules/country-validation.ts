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
  /** Where the territories' nationalities come from: needed once any entry has `nationality` or `noPermanentPopulation`. */
  territoriesSource: z.optional(dataSourceSchema),
  countries: z.array(
    z.strictObject({
      code: alpha2,
      userAssigned: z.optional(z.literal(true)),
      nationality: z.optional(alpha2),
      noPermanentPopulation: z.optional(z.literal(true)),
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
  memberPeriods: z.optional(
    z.record(
      alpha2,
      z.strictObject({
        validFrom: z.optional(isoDate),
        validUntil: z.optional(isoDate),
        passage: z.string({ error: 'expected the passage or act that dates the membership' }),
      }),
    ),
  ),
  tiers: z.optional(z.record(z.string(), z.array(alpha2))),
  /** A derived group is the union (any of) or the intersection (all of) of other groups, named by id. */
  union: z.optional(z.array(z.string())),
  intersection: z.optional(z.array(z.string())),
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

/**
 * Validates the country list: codes well formed and unique; a territory's nationality is a listed state that is
 * not itself a territory; a place without permanent population has no nationality to point to.
 */
export function loadCountries(file: string, raw: unknown): Country[] {
  const data = parseWith(countriesSchema, file, raw);
  const byCode = new Map(data.countries.map((country) => [country.code, country]));
  const problems = listedTwice(
    data.countries.map((country) => country.code),
    (index) => `countries[${index}].code`,
  );
  const firstTerritory = data.countries.findIndex((country) => country.nationality !== undefined || country.noPermanentPopulation);
  if (firstTerritory >= 0 && !data.territoriesSource) problems.push(`territoriesSource: expected the source of the territories' nationalities (countries[${firstTerritory}] is a territory)`);
  data.countries.forEach((country, index) => {
    if (country.nationality === undefined) return;
    const state = byCode.get(country.nationality);
    if (!state) problems.push(`countries[${index}].nationality: "${country.nationality}" is not a code in this list`);
    else if (state.nationality || state.noPermanentPopulation) problems.push(`countries[${index}].nationality: "${country.nationality}" is itself a territory; expected the state whose nationality the people hold`);
    if (country.noPermanentPopulation) problems.push(`countries[${index}]: expected either "nationality" or "noPermanentPopulation", not both`);
  });
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
    const definitions = [data.members, data.union, data.intersection].filter((d) => d !== undefined).length;
    if (definitions !== 1) problems.push('members: expected exactly one of "members" (a list of codes), "union" or "intersection" (lists of group ids)');
    Object.keys(data.memberPeriods ?? {}).forEach((code) => {
      if (!data.members?.includes(code)) problems.push(`memberPeriods.${code}: "${code}" is not in members`);
    });
    (data.members ?? []).forEach((code, index) => {
      if (!countryCodes.has(code)) problems.push(`members[${index}]: "${code}" is not a country code in content/data/countries.json`);
    });
    problems.push(...listedTwice(data.members ?? [], (index) => `members[${index}]`));
    Object.entries(data.tiers ?? {}).forEach(([tier, codes]) =>
      codes.forEach((code, index) => {
        if (!data.members?.includes(code)) problems.push(`tiers.${tier}[${index}]: "${code}" is not in members`);
      }),
    );
    const derivedField = data.union ? 'union' : 'intersection';
    (data.union ?? data.intersection ?? []).forEach((id, index) => {
      const part = byId.get(id)?.data;
      if (!part) problems.push(`${derivedField}[${index}]: unknown group "${id}"; known groups: ${[...byId.keys()].join(', ')}`);
      else if (part.union || part.intersection) problems.push(`${derivedField}[${index}]: "${id}" is itself derived; derive from source groups only`);
    });
    if (problems.length) throw new InvalidInputError(file, problems);
  }
  return resolveGroups(parsed.map((entry) => entry.data));
}

