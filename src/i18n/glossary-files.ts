/**
 * Per-language glossaries (`content/glossary/<lang>.json`): one agreed term per fixed concept of the English
 * glossary (`content/glossary/en.json`), so "reintegration" or "entry ban" is said the same way on every page and
 * in every string of a language. `forms` are the spellings the check accepts (inflections, with or without the
 * article); IOM and Fedasil also accept their names from `content/organisations/<lang>.json`.
 */
import { z } from 'zod';

export const englishGlossarySchema = z.strictObject({
  $about: z.string(),
  concepts: z.record(z.string(), z.strictObject({ match: z.string().min(1), meaning: z.string().min(1) })),
});
export type EnglishGlossary = z.infer<typeof englishGlossarySchema>;

export const glossarySchema = z.strictObject({
  $about: z.optional(z.string()),
  terms: z.record(
    z.string(),
    z.strictObject({
      term: z.string().min(1, 'expected the agreed term in this language'),
      forms: z.array(z.string().min(1)).min(1, 'expected at least one form the check accepts (the term itself)'),
      note: z.optional(z.string()),
    }),
  ),
});
export type Glossary = z.infer<typeof glossarySchema>;

/** Compared without case, zero-width joiners/non-joiners or tatweel, so a spelling variant of these is no miss. */
export function normalised(text: string): string {
  return text.normalize('NFC').replace(/[\u200c\u200d\u0640]/g, '').toLocaleLowerCase();
}

/** Concepts missing from a language's glossary, or terms it has that the English glossary does not. */
export function glossaryShapeProblems(file: string, glossary: Glossary, english: EnglishGlossary): string[] {
  const problems: string[] = [];
  for (const id of Object.keys(english.concepts)) if (!glossary.terms[id]) problems.push(`${file}: terms.${id}: missing (the English glossary has it)`);
  for (const id of Object.keys(glossary.terms)) if (!english.concepts[id]) problems.push(`${file}: terms.${id}: not a concept of content/glossary/en.json`);
  for (const [id, entry] of Object.entries(glossary.terms)) {
    if (!entry.forms.some((form) => normalised(entry.term).includes(normalised(form)))) problems.push(`${file}: terms.${id}: the term "${entry.term}" contains none of its forms`);
  }
  return problems;
}

export interface AlignedText {
  /** Where the text is, for the message: a string key or `file block N`. */
  where: string;
  english: string;
  translated: string;
}

/**
 * The words a reader reads: without components, their attributes and link targets (`programme="be-reintegration"`).
 * The glossary and the numbers checks both compare only these.
 */
export function prose(text: string): string {
  return text.replace(/<[^>]*>/g, ' ').replace(/\]\([^)]*\)/g, ']');
}

/** Each place where the English text names a concept and the translation uses none of the agreed forms. */
export function missingTerms(texts: readonly AlignedText[], english: EnglishGlossary, forms: Record<string, readonly string[]>): string[] {
  const problems: string[] = [];
  for (const [id, concept] of Object.entries(english.concepts)) {
    const pattern = new RegExp(concept.match, 'i');
    const accepted = (forms[id] ?? []).map(normalised);
    for (const text of texts) {
      if (!pattern.test(prose(text.english))) continue;
      const own = normalised(prose(text.translated));
      if (!accepted.some((form) => own.includes(form))) problems.push(`${text.where}: English says "${concept.match.replace(/\\b/g, '')}"; expected one of ${JSON.stringify(forms[id] ?? [])}`);
    }
  }
  return problems;
}
