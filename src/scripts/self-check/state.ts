/**
 * The self-check's memory: answers, questions answered "I don't know", the order they were asked in, and the
 * step on screen. Kept in memory only; copied to sessionStorage only while the reader asks for it (so it
 * survives a language switch in the same tab). Never in a URL. What comes back from storage is checked field
 * by field against the questionnaire; anything that does not fit is dropped.
 */
import type { AnswerField } from '../../rules/answers.ts';
import { countryCodes } from '../../rules/countries.ts';
import { questions, relevantFields, type PartialAnswers, type Question } from '../../rules/questionnaire.ts';

const storageKey = 'self-check-answers';

/** A step of the self-check: a question, "check your answers", or the result. Its id is the URL's hash. */
export type Step = { kind: 'question'; id: AnswerField } | { kind: 'review' } | { kind: 'result' };

export interface State {
  answers: PartialAnswers;
  skipped: Set<AnswerField>;
  /** Questions in the order they were asked, for the step number. */
  path: AnswerField[];
}

export function emptyState(): State {
  return { answers: {}, skipped: new Set(), path: [] };
}

export function stepId(step: Step): string {
  return step.kind === 'question' ? `q-${step.id}` : step.kind === 'review' ? 'check' : 'result';
}

const byId = new Map(questions.map((q) => [q.id, q]));

export function stepFromId(id: string): Step | undefined {
  if (id === 'check') return { kind: 'review' };
  if (id === 'result') return { kind: 'result' };
  const question = id.startsWith('q-') ? byId.get(id.slice(2) as AnswerField) : undefined;
  return question ? { kind: 'question', id: question.id } : undefined;
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a value is a possible answer to the question: the browser's check of what comes back from storage. */
export function fits(question: Question, value: unknown): boolean {
  switch (question.kind) {
    case 'choice':
      return typeof value === 'string' && (question.options ?? []).includes(value);
    case 'yes-no':
      return typeof value === 'boolean';
    case 'count':
      return Number.isInteger(value) && (value as number) >= (question.min ?? 0) && (question.max === undefined || (value as number) <= question.max);
    case 'country':
      return typeof value === 'string' && countryCodes.has(value);
    case 'multi':
      return Array.isArray(value) && new Set(value).size === value.length && value.every((v) => typeof v === 'string' && (question.options ?? []).includes(v));
    case 'date':
      return typeof value === 'string' && isoDay.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
  }
}

/** Answers from an untrusted place (storage), keeping only fields that are questions and values that fit them. */
export function cleanAnswers(raw: unknown): PartialAnswers {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const answers: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(raw)) {
    const question = byId.get(field as AnswerField);
    if (question && fits(question, value)) answers[field] = value;
  }
  return answers as PartialAnswers;
}

/**
 * Drops answers that no longer matter after a change (the destination once the plan is "return", the Dutch
 * questions once the residence is Belgium), so what the reader checks is exactly what the result uses.
 */
export function prune(state: State): void {
  const relevant = relevantFields(state.answers);
  for (const field of Object.keys(state.answers) as AnswerField[]) {
    if (!relevant.has(field)) delete state.answers[field];
  }
  for (const field of state.skipped) if (!relevant.has(field)) state.skipped.delete(field);
  state.path = state.path.filter((field) => relevant.has(field));
}

export function saveToSession(state: State, step: Step): void {
  try {
    sessionStorage.setItem(storageKey, JSON.stringify({ answers: state.answers, skipped: [...state.skipped], path: state.path, step: stepId(step) }));
  } catch {
    // Storage may be unavailable (private mode): the answers then live in memory only.
  }
}

export function loadFromSession(): { state: State; step?: Step } | undefined {
  try {
    const raw = sessionStorage.getItem(storageKey);
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as { answers?: unknown; skipped?: unknown; path?: unknown; step?: unknown };
    const fields = (list: unknown) => (Array.isArray(list) ? list.filter((f): f is AnswerField => typeof f === 'string' && byId.has(f as AnswerField)) : []);
    const state: State = { answers: cleanAnswers(parsed.answers), skipped: new Set(fields(parsed.skipped)), path: fields(parsed.path) };
    prune(state);
    return { state, step: typeof parsed.step === 'string' ? stepFromId(parsed.step) : undefined };
  } catch {
    return undefined;
  }
}

export function clearSession(): void {
  try {
    sessionStorage.removeItem(storageKey);
  } catch {
    // Storage may be unavailable (private mode); there is then nothing to clear.
  }
}
