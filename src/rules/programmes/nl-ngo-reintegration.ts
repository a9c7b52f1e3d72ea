/**
 * Reintegration support from the Dutch NGO projects funded under the Subsidieregeling Ondersteuning Zelfstandig
 * Vertrek, for people who leave the Netherlands independently. Source: Dutch government overview (seed 004).
 */
import type { Citation, Programme, ReintegrationAmounts } from '../types.ts';
import { livesIn, returnConditions } from '../conditions/common.ts';
import { onNlReintegrationList } from '../conditions/nl-country-list.ts';

const overview = (passage: string): Citation => ({ source: 'nl-government-reintegration', passage });
const regulation: Citation = { source: 'nl-ozv-regulation-2023', passage: 'In force from 1 August 2023 until 1 August 2028' };

const amountsPassage = 'Financieel en in natura: "maximaal €1.800 per volwassene en €2.800 per minderjarige. Hiervan mag maximaal €300 bestaan uit een financiële bijdrage"';
const underRegulation2023 = { validFrom: '2023-08-01', validUntil: '2028-07-31', lastVerified: '2026-11-23', citation: overview(amountsPassage) } as const;

export const amounts: ReintegrationAmounts = {
  adultMaxEur: [{ value: 1800, ...underRegulation2023 }],
  minorWithFamilyMaxEur: [{ value: 2800, ...underRegulation2023 }],
  unaccompaniedMinorMaxEur: [{ value: 2800, ...underRegulation2023 }],
  cashMaxEurPerPerson: [{ value: 300, ...underRegulation2023 }],
};

/** The projects, named as their organisations write them. */
export const projects = [
  { id: 'goedwerk', organisation: 'Goedwerk Foundation', project: 'Ondersteuning Zelfstandig Vertrek 8.0' },
  { id: 'ros', organisation: 'Stichting ROS (Rotterdams Ongedocumenteerden Steunpunt)', project: 'Vice Versa 6.0' },
  { id: 'solid-road', organisation: 'Stichting Solid Road', project: 'Meer Perspectief' },
  { id: 'wereldwijd', organisation: 'Stichting WereldWijd', project: 'WereldTools 2021-2024' },
  { id: 'vluchtelingenwerk', organisation: 'VluchtelingenWerk Nederland', project: 'Met Opgeheven Hoofd 4' },
] as const;

/** The networks that deliver the support in the country of return, named as their owners write them. */
export const networks = [
  { id: 'eurp', name: 'European Union Reintegration Programme (EURP)' },
  { id: 'erso', name: 'European Reintegration Support Organisations network (ERSO)' },
  { id: 'iom', name: 'IOM' },
] as const;

/** The kinds of help (i18n keys `help.<id>`). */
export const kindsOfHelp = [
  'empowerment',
  'family-contact',
  'documents',
  'translating-diplomas',
  'vocational-training',
  'reintegration-plan',
  'business',
  'work',
  'education',
  'housing',
] as const;

export const projectsCitation = overview('Ondersteuning bij herintegratie: list of projects and "netwerken: EURP; ERSO; IOM"');
export const microcreditCitation = overview('Microkrediet na terugkeer');

export const nlNgoReintegration: Programme = {
  id: 'nl-ngo-reintegration',
  host: 'NL',
  operators: projects.map((p) => p.organisation),
  validFrom: '2023-08-01',
  validUntil: '2028-07-31',
  citation: regulation,
  amounts,
  conditions: [
    livesIn('NL', overview('"vreemdelingen die zelfstandig vertrekken uit Nederland"')),
    // Seed 004 only says "Migranten die in aanmerking komen voor de basisvertrekondersteuning"; the conditions
    // themselves are IOM's REAN conditions, which DT&V's page names for reintegration support (public facts).
    ...returnConditions({
      source: 'iom-nl-rean',
      passage: 'REAN conditions; DT&V: reintegration support is for people who meet the REAN conditions; seed 004: "Migranten die in aanmerking komen voor de basisvertrekondersteuning"',
    }),
    onNlReintegrationList(overview('"De nationaliteiten die in aanmerking komen ... staan vermeld in de landenlijst herintegratieondersteuning"')),
    { id: 'leaves-independently', citation: overview('"vreemdelingen die zelfstandig vertrekken uit Nederland, naast de basisvertrekondersteuning"'), reads: [] },
    { id: 'project-accepts-you', citation: { source: 'nl-ozv-regulation-2023', passage: 'Projects target a country or region, unaccompanied minors, or families with children' }, reads: [] },
  ],
};
