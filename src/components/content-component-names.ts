/**
 * The names MDX content may use for components, without importing them: the content-safety check (which runs
 * where .astro files cannot be loaded) reads this list, and content-components.ts must provide exactly these.
 */
export const contentComponentNames = [
  'Amount',
  'AmountTable',
  'Conditions',
  'DeliveryFacts',
  'Glossary',
  'GroupTable',
  'InForceSince',
  'NetworkList',
  'Notice',
  'Phone',
  'PlanSteps',
  'ProjectList',
  'ReinstallationPremium',
  'Source',
  'SourceTable',
  'TermList',
  'TranslationTable',
] as const;

export type ContentComponentName = (typeof contentComponentNames)[number];
