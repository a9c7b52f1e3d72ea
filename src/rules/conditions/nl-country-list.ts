/**
 * The Dutch reintegration country list ("landenlijst herintegratieondersteuning"), which we do not have. Our two
 * sources describe it differently: seed 004 says a nationality qualifies in principle when it needs a visa for
 * the Netherlands OR is on the OECD DAC list; the government's DT&V page says DAC countries whose nationals need
 * a visa (AND). So there are three answers, not two:
 * - on both lists: met (both readings agree);
 * - on one list only (Russia, Qatar, Ukraine ...): unknown, because the sources differ and the published list decides;
 * - on neither: not met ("probably not"), and the published list still decides.
 * Used by AVRR-NL and the NGO projects alike.
 */
import { isMember } from '../countries.ts';
import type { Citation, Condition, IsoDate } from '../types.ts';

export interface NlListStanding {
  visaRequired: boolean;
  dac: boolean;
  /** true: on the list by both readings; null: the readings differ; false: on neither. */
  met: boolean | null;
}

export function nlListStanding(nationality: string, date: IsoDate): NlListStanding {
  const visaRequired = isMember('schengen-visa-required', nationality, date);
  const dac = isMember('oecd-dac-2024-2025', nationality, date);
  return { visaRequired, dac, met: visaRequired && dac ? true : visaRequired || dac ? null : false };
}

export function onNlReintegrationList(citation: Citation): Condition {
  return {
    id: 'nationality-on-reintegration-list',
    citation,
    reads: ['nationality'],
    test: (answers, context) => nlListStanding(answers.nationality, context.date).met,
    note: (answers, context) => {
      const { met } = nlListStanding(answers.nationality, context.date);
      return met === null ? 'sources-differ' : met === false ? 'published-list-decides' : undefined;
    },
  };
}
