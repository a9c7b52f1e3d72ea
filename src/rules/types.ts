/**
 * Shared types of the rule modules. Pure TypeScript: no Astro, DOM, i18n or Node-only imports, so the same
 * rules run at build time, in the browser self-check, in the `selfcheck` command and in unit tests.
 */
import type { Answers } from './answers.ts';
import type { SourceId } from './sources.ts';

/** ISO date, `YYYY-MM-DD`. Compared as strings, which sorts correctly for this format. */
export type IsoDate = string;

/** Where a value or condition comes from: a registered source document and the passage that says it. */
export interface Citation {
  source: SourceId;
  /** The passage or section of the source, in the source's own language (for maintainers and reviewers). */
  passage: string;
}

/**
 * One value of a parameter for a period. `validUntil` is the last day the value applies, when known; a value
 * without `validFrom` applied from before our sources begin (the older AVRR arrangements).
 */
export interface DatedValue<T> {
  value: T;
  validFrom?: IsoDate;
  validUntil?: IsoDate;
  citation: Citation;
  /** The last day someone checked this value against its source. */
  lastVerified: IsoDate;
}

/** A parameter's history: the values it had and has, each for its own period. */
export type Parameter<T = number> = readonly DatedValue<T>[];

export type HostCountry = 'NL' | 'BE';

export type ProgrammeId =
  | 'nl-iom-reintegration'
  | 'nl-ngo-reintegration'
  | 'nl-iom-resettlement'
  | 'be-reintegration-basic'
  | 'be-reintegration-complementary'
  | 'be-reintegration-vulnerability';

export interface EvaluationContext {
  date: IsoDate;
}

/**
 * A condition of a programme. With `test`, the self-check can decide it from the answers: true (met),
 * false (not met) or null (unknown, because an answer is missing). Without `test`, the self-check does not ask
 * about it: it is listed as "to confirm with a counsellor" and never changes the verdict.
 * The label shown to readers is the i18n key `condition.<id>`.
 */
export interface Condition {
  id: string;
  citation: Citation;
  /** Answer fields the test reads; the questionnaire asks a question only when an open condition needs it. */
  reads: readonly (keyof Answers)[];
  test?: (answers: Answers, context: EvaluationContext) => boolean | null;
  /** A condition that applies only for a period (the older AVRR arrangements' departure deadline). */
  validFrom?: IsoDate;
  validUntil?: IsoDate;
  /** Why the result is what it is, where a reader needs more than met / not met (i18n key `condition-note.<note>`). */
  note?: (answers: Answers, context: EvaluationContext) => ConditionNote | undefined;
}

/**
 * - `sources-differ`: our sources disagree for this answer (the Dutch country list), so it is unknown.
 * - `published-list-decides`: probably not, but a published list we do not have decides.
 * - `iom-list-decides`: IOM's own country list, which we do not have, decides (nationals of the richest countries).
 */
export type ConditionNote = 'sources-differ' | 'published-list-decides' | 'iom-list-decides';

export interface Programme {
  id: ProgrammeId;
  host: HostCountry;
  /** Organisations that run the programme, written as their owners write them (never translated). */
  operators: readonly string[];
  /** First day the rules modelled here apply, where the sources give one (adds the `in-force` condition). */
  validFrom?: IsoDate;
  validUntil?: IsoDate;
  citation: Citation;
  conditions: readonly Condition[];
  /** Amount limits, for the reintegration programmes whose sources give them. */
  amounts?: ReintegrationAmounts;
}

/** Reintegration budget limits per person, in euros. */
export interface ReintegrationAmounts {
  adultMaxEur: Parameter;
  minorWithFamilyMaxEur: Parameter;
  unaccompaniedMinorMaxEur: Parameter;
  /** Of each person's budget, the part that may be paid in cash; the rest is in kind. */
  cashMaxEurPerPerson: Parameter;
}

export type Verdict = 'likely' | 'unlikely' | 'uncertain';

export interface ConditionResult {
  id: string;
  met: boolean | null;
  note?: ConditionNote;
  /** True when the self-check does not ask about this condition: a counsellor confirms it. */
  confirmWithCounsellor?: true;
  source: ResolvedCitation;
}

export interface ResolvedCitation {
  id: SourceId;
  title: string;
  publisher: string;
  url?: string;
  passage: string;
  retrieved: IsoDate;
}

export interface Budget {
  maxEur: number;
  /** Left out where the sources give no cash part for that day. */
  cashMaxEur?: number;
}

export interface ProgrammeResult {
  programme: ProgrammeId;
  verdict: Verdict;
  conditions: ConditionResult[];
  budget?: Budget;
}
