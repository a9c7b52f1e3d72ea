/**
 * The self-check's questions as data: one question per answer field, in the order they are asked, with the
 * kind of input and its options. Words live in the i18n files under `question.<id>.*`.
 *
 * When a question is asked is decided in two ways, both data: `askWhen` (a question that only makes sense
 * after a given answer), and need: a question is asked only while a programme that is still open (not already
 * `unlikely`) has an unknown condition that reads it, or needs it for its budget estimate.
 */
import type { AnswerField, Answers } from './answers.ts';
import { answerLimits, asylumOptions, planOptions, residenceOptions, travelDocumentOptions, vulnerabilityOptions } from './answer-options.ts';
import { conditionsOf, evaluateProgramme } from './evaluate.ts';
import { programmes } from './programmes/index.ts';
import type { EvaluationContext } from './types.ts';

export type QuestionKind = 'choice' | 'yes-no' | 'count' | 'country' | 'multi' | 'date';

export interface Question {
  id: AnswerField;
  kind: QuestionKind;
  options?: readonly string[];
  /** Must be answered: the self-check cannot go on with "I don't know". */
  required?: true;
  /** Asked only when another answer has this value. */
  askWhen?: { field: AnswerField; equals?: string | boolean; notEquals?: string | boolean };
  /** The smallest and largest numbers accepted, for `count`. */
  min?: number;
  max?: number;
}

export const questions: readonly Question[] = [
  { id: 'residence', kind: 'choice', options: residenceOptions, required: true },
  { id: 'nationality', kind: 'country', required: true },
  { id: 'plan', kind: 'choice', options: planOptions },
  { id: 'destination', kind: 'country', askWhen: { field: 'plan', equals: 'third-country' } },
  { id: 'permanentResidenceInDestination', kind: 'yes-no', askWhen: { field: 'plan', equals: 'third-country' } },
  { id: 'unaccompaniedMinor', kind: 'yes-no' },
  { id: 'adults', kind: 'count', min: 0, max: answerLimits.people, askWhen: { field: 'unaccompaniedMinor', notEquals: true } },
  { id: 'minors', kind: 'count', min: 0, max: answerLimits.people, askWhen: { field: 'unaccompaniedMinor', notEquals: true } },
  { id: 'asylum', kind: 'choice', options: asylumOptions },
  // A day, not a count: people know when they received the order, not how many days ago that was.
  { id: 'orderToLeaveDate', kind: 'date' },
  { id: 'vulnerabilities', kind: 'multi', options: vulnerabilityOptions },
  { id: 'meansToPayDeparture', kind: 'yes-no' },
  { id: 'assistedDepartureWithinFiveYears', kind: 'yes-no' },
  { id: 'travelDocument', kind: 'choice', options: travelDocumentOptions },
  { id: 'governmentObjection', kind: 'yes-no' },
  { id: 'otherReintegrationRegistration', kind: 'yes-no' },
  { id: 'entryBanOverFiveYears', kind: 'yes-no' },
  { id: 'personaNonGrata', kind: 'yes-no' },
  { id: 'seriousCrimeConviction', kind: 'yes-no' },
  { id: 'article1F', kind: 'yes-no' },
];

/** Answer fields the command accepts but the self-check does not ask (it asks for the day of the order instead). */
export const commandOnlyFields: readonly AnswerField[] = ['daysSinceOrderToLeave'];

/** Answers a budget estimate needs, for programmes with amounts. */
export const budgetFields: readonly AnswerField[] = ['unaccompaniedMinor', 'adults', 'minors'];

/** Answers being collected: the required fields may still be missing. */
export type PartialAnswers = Partial<Answers>;

function askWhenHolds(question: Question, answers: PartialAnswers): boolean {
  const rule = question.askWhen;
  if (!rule) return true;
  const value = answers[rule.field];
  if (rule.equals !== undefined && value !== rule.equals) return false;
  if (rule.notEquals !== undefined && value === rule.notEquals) return false;
  return true;
}

/** Answer fields that an open programme still needs, given the answers so far. */
export function neededFields(answers: Answers, context: EvaluationContext): Set<AnswerField> {
  const needed = new Set<AnswerField>();
  for (const programme of programmes) {
    const result = evaluateProgramme(programme, answers, context);
    if (result.verdict === 'unlikely') continue;
    const unknown = new Set(result.conditions.filter((c) => c.met === null && !c.confirmWithCounsellor).map((c) => c.id));
    for (const condition of conditionsOf(programme, context.date)) {
      if (unknown.has(condition.id)) condition.reads.forEach((field) => needed.add(field));
    }
    if (programme.amounts) budgetFields.forEach((field) => needed.add(field));
  }
  return needed;
}

/**
 * The next question to ask, or undefined when the self-check has everything it can use. `skipped` holds the
 * questions answered "I don't know": they stay unanswered and are not asked again.
 */
export function nextQuestion(answers: PartialAnswers, skipped: ReadonlySet<AnswerField>, context: EvaluationContext): Question | undefined {
  const pending = questions.filter((q) => answers[q.id] === undefined && !skipped.has(q.id) && askWhenHolds(q, answers));
  const required = pending.find((q) => q.required);
  if (required) return required;
  if (answers.residence === undefined || answers.nationality === undefined) return undefined;
  const needed = neededFields(answers as Answers, context);
  return pending.find((q) => needed.has(q.id));
}

/**
 * The answers that matter for this person: the required ones, and those the programmes of their country of
 * residence read or need for a budget, where a follow-up's own condition holds. An answer outside them (the
 * destination after the plan changed to "return", Dutch questions after moving the residence to Belgium) is
 * dropped, so the answers the reader checks are exactly those the result uses.
 */
export function relevantFields(answers: PartialAnswers): Set<AnswerField> {
  const read = new Set<AnswerField>();
  for (const programme of programmes.filter((p) => p.host === answers.residence)) {
    conditionsOf(programme).forEach((condition) => condition.reads.forEach((field) => read.add(field)));
    if (programme.amounts) budgetFields.forEach((field) => read.add(field));
  }
  return new Set(questions.filter((q) => (q.required || read.has(q.id)) && askWhenHolds(q, answers)).map((q) => q.id));
}
