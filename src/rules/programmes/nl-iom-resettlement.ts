/**
 * IOM Netherlands resettlement to a third country: for people in the Netherlands with guaranteed permanent
 * residence in a country other than their country of origin. Source: IOM NL "Resettlement to a Third Country"
 * (seed 002), which lists ten conditions; four of them only a counsellor can judge.
 */
import type { Citation, Programme } from '../types.ts';
import { livesIn, returnConditions } from '../conditions/common.ts';
import { answeredYes } from '../conditions/tests.ts';
import { isMember } from '../countries.ts';

const seed = (passage: string): Citation => ({ source: 'iom-nl-resettlement', passage });
// Resettlement runs under REAN (seed 001: people "eligible for resettlement in a third country, can ask IOM to
// assist them based on the REAN programme"), so REAN's country exclusions apply to it.
const rean = (passage: string): Citation => ({ source: 'iom-nl-rean', passage: `${passage}; resettlement runs under REAN (seed 001)` });

/** The services IOM offers (i18n keys `resettlement-service.<id>`). */
export const services = ['counselling', 'visa-application', 'visa-costs', 'journey', 'departure-transit-arrival', 'allowance', 'extra-support'] as const;

export const nlIomResettlement: Programme = {
  id: 'nl-iom-resettlement',
  host: 'NL',
  operators: ['IOM Netherlands'],
  citation: seed('Do I Qualify for Resettlement Assistance?'),
  conditions: [
    livesIn('NL', seed('"If you are residing in the Netherlands, you are eligible ... if you meet the following conditions"')),
    {
      id: 'plans-third-country',
      citation: seed('"If you have a permanent residence permit in a different country than your country of origin, IOM may be able to assist you with your resettlement"'),
      reads: ['plan'],
      test: (answers) => (answers.plan === undefined ? null : answers.plan === 'third-country'),
    },
    {
      id: 'destination-not-country-of-nationality',
      citation: seed('"a different country than your country of origin"'),
      reads: ['destination', 'nationality'],
      test: (answers) => (answers.destination === undefined ? null : answers.destination !== answers.nationality && answers.destination !== 'NL'),
    },
    {
      id: 'permanent-residence-in-destination',
      citation: seed('"Your permanent residence is guaranteed in the destination country ... IOM cannot assist you based on a short-stay visa"'),
      reads: ['permanentResidenceInDestination'],
      test: answeredYes('permanentResidenceInDestination'),
    },
    {
      id: 'nationality-not-eu-eea-swiss',
      citation: rean('REAN country list: "nationals of EU states ... are excluded"'),
      reads: ['nationality'],
      test: (answers, context) => !isMember('eu-eea-switzerland', answers.nationality, context.date),
    },
    {
      // We do not have IOM's list of "the richest countries". A nationality on the OECD DAC list (developing
      // countries) is not among them; for any other (the United States, Japan, the Gulf states ...) IOM's list decides.
      id: 'nationality-not-richest-country',
      citation: rean('REAN country list: "nationals of ... the richest countries are excluded"'),
      reads: ['nationality'],
      test: (answers, context) => (isMember('oecd-dac-2024-2025', answers.nationality, context.date) ? true : null),
      note: (answers, context) => (isMember('oecd-dac-2024-2025', answers.nationality, context.date) ? undefined : 'iom-list-decides'),
    },
    ...returnConditions(seed('Conditions 3 to 6: lack of means, no objection, no assisted departure in five years, travel document')),
    { id: 'nationality-on-iom-country-list', citation: seed('"You are a national of a country on this country list"'), reads: [] },
    {
      id: 'no-capital-investment-programme',
      citation: seed('"IOM cannot assist you ... if you are part of a resettlement programme that requires capital investment"'),
      reads: [],
    },
    { id: 'not-false-pretences', citation: seed('"Your application for resettlement assistance is not based on false pretences"'), reads: [] },
    { id: 'follows-instructions', citation: seed('"You provide the necessary information and follow our instructions"'), reads: [] },
    { id: 'safely-organised', citation: seed('"Your resettlement can be safely organized by IOM"'), reads: [] },
    { id: 'ends-residence-procedures', citation: seed('"If applicable: You agree with the termination of pending residence permit procedures"'), reads: [] },
  ],
};
