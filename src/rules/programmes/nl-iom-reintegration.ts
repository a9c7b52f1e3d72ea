/**
 * IOM Netherlands reintegration assistance (AVRR-NL), on top of the return (REAN) support.
 * Sources: IOM NL "What is Reintegration Assistance?" (seed 000), "AVRR-NL" (seed 001), Dutch government
 * overview (seed 004). The amounts and conditions apply to applications from 2017-07-01 (seed 001); before that
 * date the older arrangements applied (lower amounts, and departure by 2017-08-31 at the latest), modelled as
 * dated values so that a check dated before July 2017 shows them.
 */
import type { Citation, DatedValue, Programme, ReintegrationAmounts } from '../types.ts';
import { livesIn, returnConditions } from '../conditions/common.ts';
import { onNlReintegrationList } from '../conditions/nl-country-list.ts';
import { answeredNo } from '../conditions/tests.ts';

const avrr = (passage: string): Citation => ({ source: 'iom-nl-avrr-nl', passage });
const assistance = (passage: string): Citation => ({ source: 'iom-nl-reintegration-assistance', passage });

/** The first day of the current rules; the day before it is the last of the older arrangements. */
export const currentRulesFrom = '2017-07-01';
const from2017 = { validFrom: currentRulesFrom, lastVerified: '2026-11-23' } as const;
const budgetPassage = 'Assistance in kind: "a reintegration budget of maximum 1800 Euro for adults, 2800 Euro for minor children returning with their family and 2800 for unaccompanied minor children"';

/** The older arrangements, for applications before 2017-07-01 (seed 001 N.B.; public facts: 1,500 / 2,500 EUR). */
const beforeJuly2017 = {
  validUntil: '2017-06-30',
  lastVerified: '2026-11-25',
  citation: {
    source: 'iom-nl-rean',
    passage: 'IOM NL "Reintegration assistance: changes effective as per July 2017": before 2017-07-01, 1,500 EUR per adult and 2,500 EUR per minor (shared/data/public-facts.md); seed 001: "Previous arrangements ... cease to apply from 1 July 2017"',
  },
} as const satisfies Partial<DatedValue<number>>;

export const amounts: ReintegrationAmounts = {
  adultMaxEur: [
    { value: 1500, ...beforeJuly2017 },
    { value: 1800, ...from2017, citation: avrr(budgetPassage) },
  ],
  minorWithFamilyMaxEur: [
    { value: 2500, ...beforeJuly2017 },
    { value: 2800, ...from2017, citation: avrr(budgetPassage) },
  ],
  unaccompaniedMinorMaxEur: [
    { value: 2500, ...beforeJuly2017 },
    { value: 2800, ...from2017, citation: avrr(budgetPassage) },
  ],
  // The older arrangements' cash part is not in our sources: no cash figure before July 2017.
  cashMaxEurPerPerson: [
    {
      value: 300,
      ...from2017,
      citation: avrr('Cash assistance: "maximum 300 Euro of their total budget in cash ... distributed by IOM upon departure from Schiphol airport on a debit card"'),
    },
  ],
};

/**
 * IOM Netherlands has announced new amounts in a news item whose copy shows no year. Until confirmed, the
 * amounts above stay the parameters, and pages show this announcement so readers confirm with IOM.
 */
export const announcedChange: Citation = {
  source: 'iom-nl-amounts-change',
  passage: '"as of September 2" (year not shown): 615 EUR per person after arrival plus 2,000 EUR per adult or unaccompanied child in kind; not confirmed',
};

/** What the in-kind budget can pay for (i18n keys `use.<id>`). */
export const uses = ['income-generating-activity', 'education', 'housing'] as const;

/** The steps of the reintegration plan, in order (i18n keys `plan-step.<id>`). */
export const planSteps = ['plan-before-departure', 'letter-with-amount', 'contact-iom-after-arrival', 'final-plan', 'change-plan'] as const;

export const nlIomReintegration: Programme = {
  id: 'nl-iom-reintegration',
  host: 'NL',
  operators: ['IOM Netherlands'],
  citation: avrr('N.B.: "applies to migrants who apply for voluntary return assistance from IOM from 1 July 2017 onwards"'),
  amounts,
  conditions: [
    livesIn('NL', avrr('AVRR-NL: "Migrants in the Netherlands ... can ask IOM to assist them"')),
    ...returnConditions({ source: 'iom-nl-rean', passage: 'REAN conditions (see REAN-programme), as listed on IOM NL "Voluntary Departure from the Netherlands (REAN)"' }),
    onNlReintegrationList(avrr('Conditions: "the migrant has the nationality from a country on the AVRR-NL Country List"')),
    {
      id: 'departs-by-older-arrangements-deadline',
      validUntil: '2017-06-30',
      citation: avrr('N.B.: "Migrants who have applied for IOM return assistance before 1 July 2017 will have to depart on 31 August 2017 at the latest in order to receive reintegration assistance under the old arrangements"'),
      reads: [],
    },
    {
      id: 'not-registered-elsewhere',
      citation: avrr('Conditions: "not registered with another organization offering reintegration assistance"'),
      reads: ['otherReintegrationRegistration'],
      test: answeredNo('otherReintegrationRegistration'),
    },
    {
      id: 'no-entry-ban-over-5-years',
      citation: avrr('Conditions: "has no entry ban for more than 5 years"'),
      reads: ['entryBanOverFiveYears'],
      test: answeredNo('entryBanOverFiveYears'),
    },
    {
      id: 'not-persona-non-grata',
      citation: avrr('Conditions: "is not declared persona non grata"'),
      reads: ['personaNonGrata'],
      test: answeredNo('personaNonGrata'),
    },
    {
      id: 'no-serious-crime-conviction',
      citation: assistance('Conditions: "... and/or been convicted for severe crimes"'),
      reads: ['seriousCrimeConviction'],
      test: answeredNo('seriousCrimeConviction'),
    },
    {
      id: 'not-refused-under-article-1f',
      citation: avrr('Conditions: "has not been denied a residence permit on basis of article 1F of the Refugee Convention"'),
      reads: ['article1F'],
      test: answeredNo('article1F'),
    },
    { id: 'intends-to-leave-permanently', citation: { source: 'iom-nl-rean', passage: 'REAN: intends to leave the Netherlands permanently' }, reads: [] },
    { id: 'ends-residence-procedures', citation: { source: 'iom-nl-rean', passage: 'REAN: agrees to end or withdraw any pending residence procedure before departure' }, reads: [] },
  ],
};
