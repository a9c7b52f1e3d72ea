/**
 * The self-check's memory: answers, questions answered "I don't know", and the path taken (for Back).
 * Kept in memory only; copied to sessionStorage only while the reader asks for it. Never in a URL.
 */
import type { AnswerField } from '../../rules/answers.ts';
import type { PartialAnswers } from '../../rules/questionnaire.ts';

const storageKey = 'self-check-answers';

export interface State {
  answers: PartialAnswers;
  skipped: Set<AnswerField>;
  path: AnswerField[];
}

export function emptyState(): State {
  return { answers: {}, skipped: new Set(), path: [] };
}

export function saveToSession(state: State): void {
  sessionStorage.setItem(storageKey, JSON.stringify({ answers: state.answers, skipped: [...state.skipped], path: state.path }));
}

export function loadFromSession(): State | undefined {
  try {
    const raw = sessionStorage.getItem(storageKey);
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as { answers: PartialAnswers; skipped: AnswerField[]; path: AnswerField[] };
    return { answers: parsed.answers ?? {}, skipped: new Set(parsed.skipped ?? []), path: parsed.path ?? [] };
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

/** Forget an answer and everything asked after it, so the flow can go on from there. */
export function forget(state: State, field: AnswerField): void {
  const at = state.path.indexOf(field);
  if (at >= 0) state.path = state.path.slice(0, at);
  delete state.answers[field];
  state.skipped.delete(field);
}
