/**
 * Evaluates every programme against the answers on a given day. A condition the self-check asks about is met,
 * not met or unknown; one it does not ask about is "to confirm with a counsellor" and never changes the verdict.
 * Verdict: any condition not met makes it `unlikely`; otherwise any unknown makes it `uncertain`; otherwise
 * `likely`. So an unanswered question can never make a verdict `likely`.
 */
import type { Answers } from './answers.ts';
import type { Citation, Condition, ConditionResult, EvaluationContext, IsoDate, Programme, ProgrammeResult, ResolvedCitation, Verdict } from './types.ts';
import { householdBudget, householdOf } from './budget.ts';
import { isWithin } from './dated.ts';
import { nationalityOf } from './countries.ts';
import { programmes } from './programmes/index.ts';
import { sources } from './sources.ts';

export function resolveCitation(citation: Citation): ResolvedCitation {
  const document = sources[citation.source];
  return {
    id: citation.source,
    title: document.title,
    publisher: document.publisher,
    ...(document.url ? { url: document.url } : {}),
    passage: citation.passage,
    retrieved: document.retrieved,
  };
}

/** The programme's own period as a condition, so a day outside it shows why the verdict is `unlikely`. */
function inForce(programme: Programme): Condition | undefined {
  if (programme.validFrom === undefined && programme.validUntil === undefined) return undefined;
  return { id: 'in-force', citation: programme.citation, reads: [], test: (_answers, context) => isWithin(context.date, programme) };
}

/**
 * The conditions of a programme, the period first when it has one. With a date, only those that apply on that
 * day (a condition of the older arrangements does not apply today); without, all of them.
 */
export function conditionsOf(programme: Programme, date?: IsoDate): Condition[] {
  const period = inForce(programme);
  const own = date === undefined ? programme.conditions : programme.conditions.filter((condition) => isWithin(date, condition));
  return period ? [period, ...own] : [...own];
}

export function isAsked(condition: Condition): boolean {
  return condition.test !== undefined;
}

function checkCondition(condition: Condition, answers: Answers, context: EvaluationContext): ConditionResult {
  const source = resolveCitation(condition.citation);
  if (!condition.test) return { id: condition.id, met: null, confirmWithCounsellor: true, source };
  const note = condition.note?.(answers, context);
  return { id: condition.id, met: condition.test(answers, context), ...(note ? { note } : {}), source };
}

/**
 * The answers as the rules read them: a territory given as the nationality (Wallis and Futuna) is read as the
 * nationality its people hold (France), so a territory on a list never makes anyone eligible.
 */
export function assessedAnswers(answers: Answers): Answers {
  if (answers.nationality === undefined) return answers;
  const nationality = nationalityOf(answers.nationality);
  return nationality === answers.nationality ? answers : { ...answers, nationality };
}

export function verdictOf(conditions: readonly ConditionResult[]): Verdict {
  const asked = conditions.filter((c) => !c.confirmWithCounsellor);
  if (asked.some((c) => c.met === false)) return 'unlikely';
  if (asked.some((c) => c.met === null)) return 'uncertain';
  return 'likely';
}

export function evaluateProgramme(programme: Programme, given: Answers, context: EvaluationContext): ProgrammeResult {
  const answers = assessedAnswers(given);
  const conditions = conditionsOf(programme, context.date).map((condition) => checkCondition(condition, answers, context));
  const budget = programme.amounts ? householdBudget(programme.amounts, householdOf(answers), context.date) : undefined;
  return { programme: programme.id, verdict: verdictOf(conditions), conditions, ...(budget ? { budget } : {}) };
}

/** Results for every programme, in the order of `programmes`. */
export function evaluate(answers: Answers, context: EvaluationContext): ProgrammeResult[] {
  return programmes.map((programme) => evaluateProgramme(programme, answers, context));
}
