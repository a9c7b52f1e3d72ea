/** The values an answer can take, shared by the answers schema and the questionnaire (kept free of zod). */
export const residenceOptions = ['NL', 'BE'] as const;
export const planOptions = ['return', 'third-country'] as const;
export const asylumOptions = ['never', 'pending', 'refused', 'granted'] as const;
export const vulnerabilityOptions = ['pregnant', 'medical', 'trafficking', 'other'] as const;
export const travelDocumentOptions = ['has', 'can-obtain', 'cannot'] as const;

/** Whole numbers have sane bounds, so no estimate reaches an absurd sum: 20 people, 100 years of days. */
export const answerLimits = { people: 20, days: 36_500 } as const;
