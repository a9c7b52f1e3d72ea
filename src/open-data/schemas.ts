/**
 * The open data files NGOs can reuse: `/data/programmes.json` and `/data/countries.json`. These zod schemas are
 * the one description of both: the build validates the files against them, and their JSON Schemas
 * (`/data/*.schema.json`) are generated from them. Raise `formatVersion` when a field changes meaning or goes.
 */
import { z } from 'zod';

export const formatVersion = 1;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('A day, YYYY-MM-DD');
const code = z.string().regex(/^[A-Z]{2}$/).describe('ISO 3166-1 alpha-2 code (XK: Kosovo)');
const period = { validFrom: isoDate.optional(), validUntil: isoDate.optional().describe('The last day it applies') };

const citation = z.strictObject({
  source: z.string().describe('Id of a document in `sources`'),
  passage: z.string().describe('The passage that says it, in the source\'s own language'),
});

const datedValue = z.strictObject({ value: z.number(), ...period, citation, lastVerified: isoDate });

export const programmesSchema = z
  .strictObject({
    formatVersion: z.literal(formatVersion),
    generated: isoDate.describe('The day the site was built'),
    sources: z.record(
      z.string(),
      z.strictObject({ title: z.string(), publisher: z.string(), url: z.url().optional(), retrieved: isoDate }),
    ),
    programmes: z.array(
      z.strictObject({
        id: z.string(),
        host: z.enum(['NL', 'BE']),
        operators: z.array(z.string()),
        ...period,
        citation,
        conditions: z.array(
          z.strictObject({
            id: z.string().describe('Also the key of its wording in the site\'s string files: condition.<id>'),
            asked: z.boolean().describe('false: a counsellor confirms it; it never changes the self-check\'s verdict'),
            reads: z.array(z.string()).describe('The answers (see the self-check\'s answers format) it depends on'),
            ...period,
            citation,
          }),
        ),
        amounts: z
          .strictObject({
            adultMaxEur: z.array(datedValue),
            minorWithFamilyMaxEur: z.array(datedValue),
            unaccompaniedMinorMaxEur: z.array(datedValue),
            cashMaxEurPerPerson: z.array(datedValue),
          })
          .optional()
          .describe('Reintegration budget limits per person, in euros, each value for its period'),
      }),
    ),
  })
  .describe('Return and reintegration programmes from the Netherlands and Belgium, with dated, cited conditions and amounts');

const membership = z.strictObject({ group: z.string(), ...period });

export const countriesSchema = z
  .strictObject({
    formatVersion: z.literal(formatVersion),
    generated: isoDate.describe('The day the site was built; `programmes` describes that day'),
    groups: z.record(
      z.string(),
      z.strictObject({ title: z.string(), url: z.url().optional(), asOf: isoDate, needsCheck: z.boolean(), combine: z.enum(['union', 'intersection']).optional(), parts: z.array(z.string()).optional() }),
    ),
    countries: z.array(
      z.strictObject({
        code,
        nationality: code.optional().describe('For a territory: the state whose nationality its people hold'),
        noPermanentPopulation: z.literal(true).optional(),
        memberships: z.array(membership).describe('Lists the code is on, with the period when it is dated'),
        programmes: z
          .record(z.string(), z.enum(['yes', 'sources-differ', 'no']))
          .describe('What the nationality means for each programme\'s country list on the day of the build: yes, our sources differ (the published list decides), or no'),
        page: z.string().describe('The country page, in any language: /{lang}/countries/{code in lower case}/'),
      }),
    ),
  })
  .describe('Countries and territories, their list memberships (dated) and what they mean for each programme');

export type ProgrammesData = z.infer<typeof programmesSchema>;
export type CountriesData = z.infer<typeof countriesSchema>;
