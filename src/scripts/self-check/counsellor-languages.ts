/**
 * The languages a counsellor reads the appointment summary in: Dutch and French (the Netherlands and Belgium)
 * and English. The default follows where the reader lives; the reader can choose.
 */
export const counsellorLanguages = ['nl', 'fr', 'en'] as const;
export type CounsellorLanguage = (typeof counsellorLanguages)[number];

export function defaultCounsellorLanguage(residence: string | undefined, readerLanguage: string): CounsellorLanguage {
  if (residence === 'NL') return 'nl';
  // Belgium's counsellors work in French and Dutch: a Dutch reader keeps Dutch, anyone else gets French.
  if (residence === 'BE') return readerLanguage === 'nl' ? 'nl' : 'fr';
  return 'en';
}
