/**
 * The answers format: what the self-check collects, what the `selfcheck` command reads and what the browser
 * saves and loads. Every field but `residence` and `nationality` may be missing, which means "I don't know".
 * Uses zod's small build (`zod/mini`) because this module also ships in the browser self-check.
 */
import * as z from 'zod/mini';
import { countryCodes } from './countries.ts';
import { describeIssues, InvalidInputError } from './schema-errors.ts';

const countryCode = (what: string) =>
  z.string({ error: `expected ${what} as an ISO 3166-1 alpha-2 code, such as "AF"` }).check(
    z.refine((code) => countryCodes.has(code), { error: `expected ${what} as an ISO 3166-1 alpha-2 code, such as "AF"; this code is not a country` }),
  );
/** A real calendar day as YYYY-MM-DD. */
const day = (what: string) => {
  const error = `expected ${what} as a date, YYYY-MM-DD`;
  return z.string({ error }).check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, { error }),
    z.refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), { error }),
  );
};
const yesNo = z.boolean({ error: 'expected true or false (leave the field out for "I don\'t know")' });
const count = (what: string, max: number) => {
  const error = `expected a whole number from 0 to ${max} (${what})`;
  return z.int({ error }).check(z.minimum(0, { error }), z.maximum(max, { error }));
};

import { answerLimits, asylumOptions, planOptions, residenceOptions, travelDocumentOptions, vulnerabilityOptions } from './answer-options.ts';

export { answerLimits, asylumOptions, planOptions, residenceOptions, travelDocumentOptions, vulnerabilityOptions };

const quoted = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

export const answersSchema = z
  .strictObject({
    residence: z.enum(residenceOptions, { error: `expected where the person lives now: one of ${quoted(residenceOptions)}` }),
    nationality: countryCode('the nationality'),
    plan: z.optional(z.enum(planOptions, { error: `expected one of ${quoted(planOptions)}` })),
    destination: z.optional(countryCode('the destination country')),
    adults: z.optional(count('the number of adults (18 or older) who leave, the person included', answerLimits.people)),
    minors: z.optional(count('the number of children under 18 who leave with them', answerLimits.people)),
    unaccompaniedMinor: z.optional(yesNo),
    asylum: z.optional(z.enum(asylumOptions, { error: `expected one of ${quoted(asylumOptions)}` })),
    orderToLeaveDate: z.optional(day('the day the order to leave the territory was received')),
    daysSinceOrderToLeave: z.optional(count('the number of days since the order to leave the territory', answerLimits.days)),
    vulnerabilities: z.optional(
      z
        .array(z.enum(vulnerabilityOptions, { error: `expected each item to be one of ${quoted(vulnerabilityOptions)}` }), {
          error: `expected a list, such as ["pregnant"] ([] for none)`,
        })
        // Each option at most once, so at most as many items as options. (Checks run even when the value is not a
        // list, hence the guard: a string gets one clear error, not two.)
        .check(z.refine((items) => !Array.isArray(items) || new Set(items).size === items.length, { error: `expected each item only once (at most ${vulnerabilityOptions.length} items)` })),
    ),
    otherReintegrationRegistration: z.optional(yesNo),
    entryBanOverFiveYears: z.optional(yesNo),
    personaNonGrata: z.optional(yesNo),
    seriousCrimeConviction: z.optional(yesNo),
    article1F: z.optional(yesNo),
    meansToPayDeparture: z.optional(yesNo),
    assistedDepartureWithinFiveYears: z.optional(yesNo),
    governmentObjection: z.optional(yesNo),
    travelDocument: z.optional(z.enum(travelDocumentOptions, { error: `expected one of ${quoted(travelDocumentOptions)}` })),
    permanentResidenceInDestination: z.optional(yesNo),
  }, { error: 'expected an object of answers, such as { "residence": "NL", "nationality": "AF" }' })
  .check(
    z.refine((answers) => answers.orderToLeaveDate === undefined || answers.daysSinceOrderToLeave === undefined, {
      error: 'give either the day of the order to leave (orderToLeaveDate) or the number of days since (daysSinceOrderToLeave), not both',
      path: ['orderToLeaveDate'],
    }),
    z.refine((answers) => answers.unaccompaniedMinor !== true || ((answers.adults ?? 0) === 0 && (answers.minors ?? 1) === 1), {
      error: 'an unaccompanied minor leaves alone: expected adults 0 and minors 1 (or leave them out)',
      path: ['unaccompaniedMinor'],
    }),
  );

export type Answers = z.infer<typeof answersSchema>;
export type AnswerField = keyof Answers;

/** Country codes are written in capitals; people and spreadsheets often write "af", which is just as clear. */
function withCapitalCodes(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const copy: Record<string, unknown> = { ...raw };
  for (const field of ['nationality', 'destination']) {
    if (typeof copy[field] === 'string') copy[field] = (copy[field] as string).toUpperCase();
  }
  return copy;
}

/** Parses answers; on failure throws an error naming every bad field. `file` names the input in the message. */
export function parseAnswers(raw: unknown, file = 'answers'): Answers {
  const result = z.safeParse(answersSchema, withCapitalCodes(raw));
  if (!result.success) throw new InvalidInputError(file, describeIssues(result.error.issues));
  return result.data;
}

/**
 * Parses answers without throwing, for the browser: the answers, or the fields that are wrong (the first part of
 * each issue's path; '' for the file as a whole), so the page can name them in the reader's language.
 */
export function answersIssues(raw: unknown): { answers: Answers } | { fields: string[] } {
  const result = z.safeParse(answersSchema, withCapitalCodes(raw));
  if (result.success) return { answers: result.data };
  return {
    fields: result.error.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys' ? issue.keys.map(String) : [issue.path.length === 0 ? '' : String(issue.path[0])],
    ),
  };
}
