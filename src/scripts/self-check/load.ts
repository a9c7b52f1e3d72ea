/**
 * Opening a saved answers file. A file over 64 KB is refused before it is read (an answers file is under 2 KB);
 * problems are listed per question in the reader's language, at most 10, then "and N more". The answers schema
 * (zod) loads only here, when a reader opens a file, to keep the self-check's first download small.
 */
import type { Answers } from '../../rules/answers.ts';
import { fill, type Words } from './words.ts';
import { localeFormat } from '../locale-format.ts';

export const maxFileBytes = 64 * 1024;
const maxListed = 10;

export type LoadOutcome = { answers: Answers } | { problems: string[] };

/** `label` names a question in the reader's language, or undefined for a field that is not a question. */
export async function readAnswersFile(file: File, words: Words, label: (field: string) => string | undefined): Promise<LoadOutcome> {
  if (file.size > maxFileBytes) return { problems: [words('selfcheck.loadTooBig')] };
  let raw: unknown;
  try {
    raw = JSON.parse(await file.text());
  } catch {
    return { problems: [words('selfcheck.loadNotAnswers')] };
  }
  const { answersIssues } = await import('../../rules/answers.ts');
  const result = answersIssues(raw);
  if ('answers' in result) return result;
  const lines = [...new Set(result.fields)].map((field) => {
    if (field === '') return words('selfcheck.loadNotAnswers');
    const name = label(field);
    return name === undefined ? fill(words('selfcheck.loadUnknownField'), { field }) : fill(words('selfcheck.loadField'), { field: name });
  });
  const unique = [...new Set(lines)];
  const shown = unique.slice(0, maxListed);
  if (unique.length > maxListed) shown.push(fill(words('selfcheck.loadMore'), { count: localeFormat().number(unique.length - maxListed) }));
  return { problems: shown };
}
