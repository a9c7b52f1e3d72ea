/**
 * Small building blocks for condition tests. Each returns null when the answer it needs is missing, so an
 * unanswered question never counts as met.
 */
import type { AnswerField, Answers } from '../answers.ts';

type BooleanField = { [K in AnswerField]-?: NonNullable<Answers[K]> extends boolean ? K : never }[AnswerField];

/** Met when the answer to a yes/no question is "no" (for questions that ask about an obstacle). */
export function answeredNo(field: BooleanField) {
  return (answers: Answers): boolean | null => (answers[field] === undefined ? null : answers[field] === false);
}

/** Met when the answer to a yes/no question is "yes". */
export function answeredYes(field: BooleanField) {
  return (answers: Answers): boolean | null => (answers[field] === undefined ? null : answers[field] === true);
}
