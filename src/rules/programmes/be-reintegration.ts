/**
 * Fedasil reintegration support in Belgium: three levels. Basic (visa-required nationality and an application
 * for international protection at some time), complementary (added to basic, during the procedure or within 30
 * days of an order to leave) and vulnerability (in parallel). Source: Fedasil "Reintegration" (seed 003).
 * Support is in kind through local partners of IOM and Caritas International, used within 12 months of return.
 */
import type { Answers } from '../answers.ts';
import type { Citation, Condition, IsoDate, Parameter, Programme } from '../types.ts';
import { livesIn } from '../conditions/common.ts';
import { isMember } from '../countries.ts';
import { addDays, daysBetween } from '../dated.ts';

const seed = (passage: string): Citation => ({ source: 'fedasil-reintegration', passage });
const operators = ['Fedasil', 'IOM', 'Caritas International'] as const;
const residence = livesIn('BE', seed('"The voluntary return programme includes reintegration assistance into the home country"'));

/** Facts every page about Belgium shows. */
export const delivery = {
  monthsToUse: 12,
  partners: ['IOM', 'Caritas International'],
  citation: seed('"These allowances must be used within twelve months after the return"; "not provided in cash to migrants but are given to local partners"'),
} as const;

const basicConditions: Condition[] = [
  {
    id: 'nationality-visa-required-for-belgium',
    citation: seed('"accessible to migrants coming from countries which require a visa for Belgium"'),
    reads: ['nationality'],
    test: (answers, context) => isMember('be-reintegration-basic', answers.nationality, context.date),
  },
  {
    id: 'applied-for-international-protection',
    citation: seed('"provided that they have ever filed an application for international protection, regardless of whether they have been turned down or not"'),
    reads: ['asylum'],
    test: (answers) => (answers.asylum === undefined ? null : answers.asylum !== 'never'),
  },
  { id: 'no-return-support-within-5-years', citation: { source: 'be-return-exclusions', passage: 'Excluded: people who received voluntary return support in the last 5 years' }, reads: [] },
  { id: 'return-counsellor-assessment', citation: seed('"the return advisor analyses the migrant’s personal situation and defines his reintegration opportunities"'), reads: [] },
];

export const beReintegrationBasic: Programme = {
  id: 'be-reintegration-basic',
  host: 'BE',
  operators,
  citation: seed('Access to reintegration: the basic level'),
  conditions: [residence, ...basicConditions],
};

/**
 * Fedasil's reinstallation premium, paid in cash at departure, as a news report gives it from 2022-01-01. Not in
 * the seeds and not confirmed by Fedasil's own pages: pages show it with its date and "confirm with Fedasil".
 * Nationals of countries that need a visa for Belgium get the higher amounts.
 */
const premiumCitation: Citation = {
  source: 'agii-fedasil-premiums-2022',
  passage: 'Since 2022-01-01: a reinstallation premium in cash at departure of 350 EUR per adult and 175 EUR per child for nationals of visa-required countries; 50 EUR / 25 EUR for visa-free countries',
};
const from2022 = { validFrom: '2022-01-01', lastVerified: '2026-11-25', citation: premiumCitation } as const;
export const reinstallationPremium = {
  verify: true,
  visaRequired: { adultEur: [{ value: 350, ...from2022 }], childEur: [{ value: 175, ...from2022 }] },
  visaFree: { adultEur: [{ value: 50, ...from2022 }], childEur: [{ value: 25, ...from2022 }] },
} as const satisfies { verify: true; visaRequired: Record<string, Parameter>; visaFree: Record<string, Parameter> };

/** The vulnerabilities the seed names as examples (answer options; "other" is the seed's "etc."). */
const seedVulnerabilities: ReadonlySet<string> = new Set(['pregnant', 'medical', 'trafficking']);

/** Days after an order to leave the territory during which the complementary level can still be given. */
export const orderToLeaveWindowDays = 30;

/**
 * Days from the order to leave to the day of the check: the command may give the number, the self-check gives the
 * day it was received. A day after the check is a mistake in the answer, so it counts as unknown.
 */
export function daysSinceOrderToLeave(answers: Answers, date: IsoDate): number | undefined {
  if (answers.daysSinceOrderToLeave !== undefined) return answers.daysSinceOrderToLeave;
  if (answers.orderToLeaveDate === undefined) return undefined;
  const days = daysBetween(answers.orderToLeaveDate, date);
  return days < 0 ? undefined : days;
}

/** The last day of the 30-day period after the order to leave, and the days left from `date`, when known. */
export function orderToLeaveDeadline(answers: Answers, date: IsoDate): { lastDay: IsoDate; daysLeft: number } | undefined {
  const days = daysSinceOrderToLeave(answers, date);
  if (days === undefined || days > orderToLeaveWindowDays) return undefined;
  const daysLeft = orderToLeaveWindowDays - days;
  return { lastDay: addDays(date, daysLeft), daysLeft };
}

export const beReintegrationComplementary: Programme = {
  id: 'be-reintegration-complementary',
  host: 'BE',
  operators,
  citation: seed('Access to reintegration: "To this may be added a complementary assistance"'),
  conditions: [
    residence,
    ...basicConditions,
    {
      id: 'procedure-running-or-recent-order-to-leave',
      citation: seed('"accessible to applicants for international protection during their procedure or during the 30-day period following the order to leave the territory"'),
      // The self-check asks for the day of the order; the command may give the number of days instead.
      reads: ['asylum', 'orderToLeaveDate'],
      test: (answers, context) => {
        if (answers.asylum === 'pending') return true;
        // "During the 30-day period following the order": day 30 is in, day 31 is out.
        const days = daysSinceOrderToLeave(answers, context.date);
        if (days !== undefined) return days <= orderToLeaveWindowDays;
        return answers.asylum === 'never' ? false : null;
      },
    },
  ],
};

export const beReintegrationVulnerability: Programme = {
  id: 'be-reintegration-vulnerability',
  host: 'BE',
  operators,
  citation: seed('Access to reintegration: "In parallel, there is also a reintegration assistance accessible to people fulfilling the vulnerability criteria"'),
  conditions: [
    residence,
    {
      id: 'meets-vulnerability-criteria',
      citation: seed('"people taken into account include pregnant women, people with health problems, victims of slavery, families with children, etc."'),
      reads: ['vulnerabilities', 'minors', 'unaccompaniedMinor'],
      test: (answers) => {
        // The seed's examples: pregnancy, health problems, victims of slavery (trafficking), families with children.
        const listed = answers.vulnerabilities?.some((v) => seedVulnerabilities.has(v)) ?? false;
        const familyWithChildren = answers.unaccompaniedMinor !== true && (answers.minors ?? 0) > 0;
        if (listed || familyWithChildren) return true;
        // Anything else falls under the seed's "etc.": Fedasil decides, so it is unknown, not met. That includes
        // "another situation" and a child travelling alone, which the seed does not name.
        if (answers.vulnerabilities?.includes('other') || answers.unaccompaniedMinor === true) return null;
        // A family with children counts, so "no vulnerability" is only a "no" once the children are known.
        return answers.vulnerabilities === undefined || answers.minors === undefined ? null : false;
      },
    },
    { id: 'vulnerability-assessed-by-fedasil', citation: seed('"the return advisor analyses the migrant’s personal situation"'), reads: [] },
  ],
};
