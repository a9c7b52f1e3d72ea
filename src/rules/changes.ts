/**
 * Every dated change in the rules, as a list NGOs can follow: amounts that start or end, programmes that start or
 * end, list memberships that start or end, and announcements that are not in force. Derived from the dated
 * parameters, periods and memberships: a new dated value in the rules appears here by itself.
 */
import { announcedChange } from './programmes/nl-iom-reintegration.ts';
import { reinstallationPremium } from './programmes/be-reintegration.ts';
import { programmes } from './programmes/index.ts';
import { groups } from './countries.ts';
import { sources } from './sources.ts';
import { addDays } from './dated.ts';
import type { Citation, IsoDate, Parameter, ProgrammeId, ReintegrationAmounts } from './types.ts';

export type ChangeKind = 'amount' | 'programme-start' | 'programme-end' | 'list-join' | 'list-leave' | 'announced';

/** Where a change is written: a registered source document, or the official text a country list cites. */
export interface ChangeSource {
  title: string;
  url?: string;
  passage: string;
}

export interface Change {
  /** Stable id, for feed entries and anchors. */
  id: string;
  /** The first day the change applies (for an end: the day after the last day); none for an announcement. */
  date?: IsoDate;
  kind: ChangeKind;
  programme?: ProgrammeId;
  /** The amount's name (i18n `change.parameter.<name>`). */
  parameter?: string;
  value?: number;
  previous?: number;
  group?: string;
  country?: string;
  source: ChangeSource;
}

function fromCitation(citation: Citation): ChangeSource {
  const document = sources[citation.source];
  return { title: `${document.publisher}: ${document.title}`, ...('url' in document && document.url ? { url: document.url } : {}), passage: citation.passage };
}


function amountChanges(parameter: string, values: Parameter, programme?: ProgrammeId): Change[] {
  return values.flatMap((entry, i) =>
    entry.validFrom === undefined
      ? []
      : [{ id: `${programme ?? 'be'}-${parameter}-${entry.validFrom}`, date: entry.validFrom, kind: 'amount' as const, ...(programme ? { programme } : {}), parameter, value: entry.value, ...(i > 0 ? { previous: values[i - 1].value } : {}), source: fromCitation(entry.citation) }],
  );
}

function programmeAmounts(programme: ProgrammeId, amounts: ReintegrationAmounts): Change[] {
  return (Object.entries(amounts) as [string, Parameter][]).flatMap(([parameter, values]) => amountChanges(parameter, values, programme));
}

export function changeLog(): Change[] {
  const changes: Change[] = [];
  for (const programme of programmes) {
    const source = fromCitation(programme.citation);
    if (programme.validFrom) changes.push({ id: `${programme.id}-start`, date: programme.validFrom, kind: 'programme-start', programme: programme.id, source });
    if (programme.validUntil) changes.push({ id: `${programme.id}-end`, date: addDays(programme.validUntil, 1), kind: 'programme-end', programme: programme.id, source });
    // The NGO projects' amounts start and end with their regulation, which the programme's own period says.
    if (programme.amounts && programme.id === 'nl-iom-reintegration') changes.push(...programmeAmounts(programme.id, programme.amounts));
  }
  changes.push(
    ...amountChanges('premiumVisaRequiredAdult', reinstallationPremium.visaRequired.adultEur),
    ...amountChanges('premiumVisaRequiredChild', reinstallationPremium.visaRequired.childEur),
    ...amountChanges('premiumVisaFreeAdult', reinstallationPremium.visaFree.adultEur),
    ...amountChanges('premiumVisaFreeChild', reinstallationPremium.visaFree.childEur),
  );
  for (const group of groups.values()) {
    for (const [country, period] of Object.entries(group.memberPeriods)) {
      const source: ChangeSource = { title: group.source.title, ...(group.source.url ? { url: group.source.url } : {}), passage: period.passage };
      if (period.validFrom) changes.push({ id: `${group.id}-${country}-join`, date: period.validFrom, kind: 'list-join', group: group.id, country, source });
      if (period.validUntil) changes.push({ id: `${group.id}-${country}-leave`, date: addDays(period.validUntil, 1), kind: 'list-leave', group: group.id, country, source });
    }
  }
  // Announced, not in force: listed first, without a date, and never as a change of the rules.
  changes.push({ id: 'nl-iom-reintegration-announced', kind: 'announced', programme: 'nl-iom-reintegration', source: fromCitation(announcedChange) });
  // Newest first; ISO dates compare as plain strings.
  return changes.sort((a, b) => {
    if (!a.date || !b.date) return a.date ? 1 : b.date ? -1 : 0;
    return a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? 1 : -1;
  });
}
