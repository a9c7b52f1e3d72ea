/** The components content files may use, by the names MDX sees. Anything else in MDX fails the build. */
import Amount from './rules/Amount.astro';
import AmountTable from './rules/AmountTable.astro';
import Conditions from './rules/Conditions.astro';
import DeliveryFacts from './rules/DeliveryFacts.astro';
import Glossary from './rules/Glossary.astro';
import GroupTable from './rules/GroupTable.astro';
import InForceSince from './rules/InForceSince.astro';
import NetworkList from './rules/NetworkList.astro';
import Phone from './rules/Phone.astro';
import PlanSteps from './rules/PlanSteps.astro';
import ProjectList from './rules/ProjectList.astro';
import ReinstallationPremium from './rules/ReinstallationPremium.astro';
import Source from './rules/Source.astro';
import SourceTable from './rules/SourceTable.astro';
import TermList from './rules/TermList.astro';
import TranslationTable from './rules/TranslationTable.astro';
import Notice from './notices/Notice.astro';
import type { ContentComponentName } from './content-component-names.ts';

export const contentComponents: Record<ContentComponentName, unknown> = {
  Amount,
  AmountTable,
  Conditions,
  DeliveryFacts,
  Glossary,
  GroupTable,
  InForceSince,
  NetworkList,
  Notice,
  Phone,
  PlanSteps,
  ProjectList,
  ReinstallationPremium,
  Source,
  SourceTable,
  TermList,
  TranslationTable,
};
