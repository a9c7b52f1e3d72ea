/**
 * Translation status, shared by page frontmatter and string files. `source` is English, the reference;
 * `reviewed` has been checked by a person who reads both languages; `machine-assisted` was drafted with machine
 * help and awaits that review. Readers see the status on every translated page.
 */
import { z } from 'astro/zod';

/** Source files carry `version`; translations carry the `sourceVersion` of the English file they follow. */
export const translationMetaSchema = z.discriminatedUnion(
  'status',
  [
    z.strictObject({ status: z.literal('source'), version: z.int().min(1, 'expected the version of this English text, 1 or more') }),
    z.strictObject({
      status: z.enum(['reviewed', 'machine-assisted']),
      sourceVersion: z.int('expected the version of the English text this translation follows').min(1),
    }),
  ],
  { error: `expected status "source" (with version) for English, or "reviewed" / "machine-assisted" (with sourceVersion) for a translation` },
);
export type TranslationMeta = z.infer<typeof translationMetaSchema>;
export type TranslationStatus = TranslationMeta['status'];

/**
 * Checks a translation's `sourceVersion` against the English file's `version`: a version the English file never
 * had is an error; an older one means the translation is behind and the page says so.
 */
export function compareWithSource(meta: TranslationMeta, sourceVersion: number, file: string): 'current' | 'behind' {
  if (meta.status === 'source') return 'current';
  if (meta.sourceVersion > sourceVersion) {
    throw new Error(`${file}: sourceVersion: expected a version of the English source (1 to ${sourceVersion}), found ${meta.sourceVersion}`);
  }
  return meta.sourceVersion === sourceVersion ? 'current' : 'behind';
}
