/**
 * The self-check's question graph, walked from no answers at all. At each question the walk tries every
 * option (sample values for numbers and countries) and, where the question allows it, "I don't know".
 *
 * Walking every combination would take about a million steps. The walk therefore follows, from each question,
 * every path on which at most MAX_DETOURS answers differ from the first option listed (the first options
 * describe a person who meets every condition, so the untouched path is the longest one). Residence and
 * nationality are always walked in full. Each property below is checked at every step or every end of the
 * walk; "asked twice" and "ends" are also guaranteed step by step, since each step adds one answered or
 * skipped question.
 */
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { answersSchema, commandOnlyFields, evaluate, nextQuestion, parseAnswers, programmeIds, questions } from '../../../src/rules/index.ts';
import type { AnswerField, PartialAnswers, Question } from '../../../src/rules/index.ts';
import { DAY } from './support.ts';

const context = { date: DAY };
const shiftDay = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const MAX_DETOURS = 3;
const DONT_KNOW = Symbol("I don't know");

/** The options tried for a question, the "meets every condition" one first. */
function samples(question: Question, answers: PartialAnswers): unknown[] {
  switch (question.kind) {
    case 'choice':
      return [...(question.options ?? [])];
    case 'yes-no':
      return [false, true];
    case 'count':
      if (question.id === 'adults') return [1, 2, 0];
      return [0, 1, 2];
    case 'date':
      // The order to leave 10 and 45 days before the day of the check.
      return [shiftDay(DAY, -10), shiftDay(DAY, -45)];
    case 'country':
      // AF: on both countries' lists; UA: Dutch list only (OECD DAC); DE: EU; US: on neither list.
      if (question.id === 'destination') return ['CA', answers.nationality, 'NL'];
      return ['AF', 'UA', 'DE', 'US'];
    case 'multi':
      return [[], ['pregnant']];
  }
}

interface Step {
  answers: PartialAnswers;
  skipped: ReadonlySet<AnswerField>;
  question: Question;
  /** The questions asked before this one on the same path. */
  path: readonly AnswerField[];
}
interface End {
  answers: PartialAnswers;
  skipped: ReadonlySet<AnswerField>;
  path: readonly AnswerField[];
}

function walk(): { steps: Step[]; ends: End[]; tooLong: End[] } {
  const steps: Step[] = [];
  const ends: End[] = [];
  const tooLong: End[] = [];
  const visit = (answers: PartialAnswers, skipped: ReadonlySet<AnswerField>, path: readonly AnswerField[], detours: number) => {
    if (path.length > questions.length) return void tooLong.push({ answers, skipped, path });
    const question = nextQuestion(answers, skipped, context);
    if (!question) return void ends.push({ answers, skipped, path });
    steps.push({ answers, skipped, question, path });
    const options = [...samples(question, answers), ...(question.required ? [] : [DONT_KNOW])];
    options.forEach((option, index) => {
      const cost = question.required || index === 0 ? detours : detours + 1;
      if (cost > MAX_DETOURS) return;
      if (option === DONT_KNOW) visit(answers, new Set([...skipped, question.id]), [...path, question.id], cost);
      else visit({ ...answers, [question.id]: option }, skipped, [...path, question.id], cost);
    });
  };
  visit({}, new Set(), [], 0);
  return { steps, ends, tooLong };
}

const { steps, ends, tooLong } = walk();

/** What a reader sees: each programme's verdict, and the budget of programmes not ruled out. */
function outcome(answers: PartialAnswers): string {
  return JSON.stringify(evaluate(answers as never, context).map((r) => [r.verdict, r.verdict === 'unlikely' ? undefined : r.budget]));
}
const askWhenHolds = (question: Question, answers: PartialAnswers) => {
  const rule = question.askWhen;
  if (!rule) return true;
  const value = answers[rule.field];
  return (rule.equals === undefined || value === rule.equals) && (rule.notEquals === undefined || value !== rule.notEquals);
};

/**
 * An answer is useful when it can change the outcome by itself, or when it decides whether a follow-up question
 * is asked that can (whether the person is a child alone decides whether they are asked how many children leave
 * with them, and that number decides Belgium's "family with children").
 */
function couldChangeOutcome(question: Question, answers: PartialAnswers, before = outcome(answers)): boolean {
  return samples(question, answers).some((option) => {
    const next = { ...answers, [question.id]: option };
    if (outcome(next) !== before) return true;
    return questions.some((q) => q.askWhen?.field === question.id && next[q.id] === undefined && askWhenHolds(q, next) && couldChangeOutcome(q, next, before));
  });
}

describe('walking the questionnaire from no answers', () => {
  it('walks a sizeable number of paths', () => {
    expect(ends.length).toBeGreaterThan(1000);
  });

  it('reaches every question on some path', () => {
    const asked = new Set(steps.map((s) => s.question.id));
    expect(questions.map((q) => q.id).filter((id) => !asked.has(id))).toEqual([]);
  });

  it('asks residence and then nationality first', () => {
    for (const step of steps.filter((s) => s.path.length < 2)) expect(step.question.id).toBe(['residence', 'nationality'][step.path.length]);
  });

  it('never asks a question twice on a path', () => {
    const repeated = steps.filter((s) => s.path.includes(s.question.id) || s.answers[s.question.id] !== undefined || s.skipped.has(s.question.id));
    expect(repeated.map((s) => `${s.question.id} after ${s.path.join(' > ')}`)).toEqual([]);
  });

  it(`ends every path within ${questions.length} questions`, () => {
    expect(tooLong.map((e) => e.path.join(' > '))).toEqual([]);
    expect(Math.max(...ends.map((e) => e.path.length))).toBeLessThanOrEqual(questions.length);
  });

  it('gives a verdict for every programme at the end of every path', () => {
    const verdicts = new Set(['likely', 'unlikely', 'uncertain']);
    const wrong = ends.filter((end) => {
      const results = evaluate(parseAnswers(end.answers), context);
      return results.map((r) => r.programme).join() !== programmeIds.join() || !results.every((r) => verdicts.has(r.verdict));
    });
    expect(wrong.map((e) => JSON.stringify(e.answers))).toEqual([]);
  });

  it('asks a follow-up question only after the answer it follows (destination after a third-country plan, ...)', () => {
    const outOfPlace = steps.filter((s) => !askWhenHolds(s.question, s.answers));
    expect(outOfPlace.map((s) => `${s.question.id} with ${JSON.stringify(s.answers)}`)).toEqual([]);
  });
});

describe('questions not needed are not asked', () => {
  it('asks only questions whose answer could change a verdict, or the budget of a programme still open', () => {
    const pointless = steps.filter((s) => !s.question.required && !couldChangeOutcome(s.question, s.answers));
    expect(pointless.map((s) => `${s.question.id} with ${JSON.stringify(s.answers)}`)).toEqual([]);
  });

  it('stops only when no question left unanswered could change a verdict, or the budget of a programme still open', () => {
    const missed = ends.flatMap((end) => {
      const before = outcome(end.answers);
      return questions
        .filter((q) => end.answers[q.id] === undefined && !end.skipped.has(q.id) && askWhenHolds(q, end.answers))
        .filter((q) => couldChangeOutcome(q, end.answers, before))
        .map((q) => `${q.id} with ${JSON.stringify(end.answers)}`);
    });
    expect(missed).toEqual([]);
  });

  const dutchOnly: AnswerField[] = [
    'plan',
    'destination',
    'permanentResidenceInDestination',
    'adults',
    'meansToPayDeparture',
    'assistedDepartureWithinFiveYears',
    'travelDocument',
    'governmentObjection',
    'otherReintegrationRegistration',
    'entryBanOverFiveYears',
    'personaNonGrata',
    'seriousCrimeConviction',
    'article1F',
  ];
  const belgianOnly: AnswerField[] = ['asylum', 'orderToLeaveDate', 'vulnerabilities'];

  it('never asks someone in Belgium the Dutch-only questions (IOM conditions such as article 1F, resettlement, household size)', () => {
    const inBelgium = steps.filter((s) => s.answers.residence === 'BE');
    expect(inBelgium.length).toBeGreaterThan(0);
    expect(inBelgium.filter((s) => dutchOnly.includes(s.question.id)).map((s) => s.question.id)).toEqual([]);
  });

  it('never asks someone in the Netherlands about asylum, the order to leave or vulnerability (Belgian conditions)', () => {
    const inNetherlands = steps.filter((s) => s.answers.residence === 'NL');
    expect(inNetherlands.filter((s) => belgianOnly.includes(s.question.id)).map((s) => s.question.id)).toEqual([]);
  });

  it('asks nothing more in the Netherlands once the person says they can pay the departure', () => {
    const asked = steps.filter((s) => s.answers.residence === 'NL' && s.question.id === 'meansToPayDeparture');
    expect(asked.length).toBeGreaterThan(0);
    for (const step of asked) expect(nextQuestion({ ...step.answers, meansToPayDeparture: true }, step.skipped, context)).toBeUndefined();
  });

  it('asks an EU national in the Netherlands nothing after the nationality', () => {
    expect(nextQuestion({ residence: 'NL', nationality: 'DE' }, new Set(), context)).toBeUndefined();
  });

  it('does not ask an unaccompanied minor how many adults or children leave', () => {
    const minors = steps.filter((s) => s.answers.unaccompaniedMinor === true);
    expect(minors.length).toBeGreaterThan(0);
    expect(minors.filter((s) => s.question.id === 'adults' || s.question.id === 'minors')).toEqual([]);
  });

  it('does not ask a Belgian resident who never applied for protection about the order to leave', () => {
    const neverApplied = steps.filter((s) => s.answers.residence === 'BE' && s.answers.asylum === 'never');
    expect(neverApplied.length).toBeGreaterThan(0);
    expect(neverApplied.filter((s) => s.question.id === 'orderToLeaveDate')).toEqual([]);
  });
});

describe('the questions match the answers format', () => {
  const schema = z.toJSONSchema(answersSchema, { io: 'input', unrepresentable: 'any' }) as {
    properties: Record<string, { type?: string; enum?: string[]; minimum?: number; items?: { enum?: string[] } }>;
    required: string[];
  };

  it('has exactly one question per answer field, but for the command-only number of days (the self-check asks the day)', () => {
    expect([...questions.map((q) => q.id), ...commandOnlyFields].sort()).toEqual(Object.keys(schema.properties).sort());
  });

  it('requires exactly the answers the format requires (residence, nationality)', () => {
    expect(questions.filter((q) => q.required).map((q) => q.id).sort()).toEqual([...schema.required].sort());
  });

  it.each(questions.map((q) => [q.id, q] as const))('%s: the kind and options fit the field', (_id, question) => {
    const field = schema.properties[question.id];
    switch (question.kind) {
      case 'choice':
        expect(question.options).toEqual(field.enum);
        break;
      case 'multi':
        expect(field.type).toBe('array');
        expect(question.options).toEqual(field.items?.enum);
        break;
      case 'yes-no':
        expect(field.type).toBe('boolean');
        break;
      case 'count':
        expect(field.type).toBe('integer');
        expect(question.min).toBe(field.minimum);
        break;
      case 'country':
      case 'date':
        expect(field.type).toBe('string');
        break;
    }
  });

  it.each(questions.map((q) => [q.id, q] as const))('%s: every sample answer the walk gives is valid', (_id, question) => {
    const base: PartialAnswers = { residence: 'NL', nationality: 'AF' };
    for (const option of samples(question, base)) expect(() => parseAnswers({ ...base, [question.id]: option })).not.toThrow();
  });

  it('points every follow-up rule at a question asked before it', () => {
    const order = questions.map((q) => q.id);
    for (const question of questions.filter((q) => q.askWhen)) {
      expect(order.indexOf(question.askWhen!.field), question.id).toBeLessThan(order.indexOf(question.id));
    }
  });
});
