/**
 * Legal terms readers meet in the questions, each explained in one plain line (i18n keys `glossary.<term>.term`
 * and `glossary.<term>.text`). The self-check shows them under the question that uses them; pages can reuse them.
 */
import type { AnswerField } from './answers.ts';

export const glossaryTerms = ['international-protection', 'order-to-leave', 'travel-document', 'entry-ban', 'persona-non-grata', 'article-1f', 'reintegration-support'] as const;
export type GlossaryTerm = (typeof glossaryTerms)[number];

/** Which terms each question uses. */
export const questionTerms: Partial<Record<AnswerField, readonly GlossaryTerm[]>> = {
  asylum: ['international-protection'],
  orderToLeaveDate: ['order-to-leave'],
  travelDocument: ['travel-document'],
  otherReintegrationRegistration: ['reintegration-support'],
  entryBanOverFiveYears: ['entry-ban'],
  personaNonGrata: ['persona-non-grata'],
  article1F: ['article-1f'],
};
