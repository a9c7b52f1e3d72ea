/**
 * Conditions that several programmes share. Each factory takes the citation of the programme's own source,
 * because the same condition is stated by more than one document.
 */
import type { Citation, Condition, HostCountry } from '../types.ts';
import { answeredNo } from './tests.ts';

/** The person lives in the programme's host country. Programmes of the other host country are not for them. */
export function livesIn(host: HostCountry, citation: Citation): Condition {
  return { id: 'residence', citation, reads: ['residence'], test: (answers) => answers.residence === host };
}

/** The return (REAN) conditions of IOM Netherlands, which reintegration and resettlement build on. */
export function returnConditions(citation: Citation): Condition[] {
  return [
    { id: 'cannot-pay-departure', citation, reads: ['meansToPayDeparture'], test: answeredNo('meansToPayDeparture') },
    { id: 'no-assisted-departure-within-5-years', citation, reads: ['assistedDepartureWithinFiveYears'], test: answeredNo('assistedDepartureWithinFiveYears') },
    {
      id: 'has-travel-document',
      citation,
      reads: ['travelDocument'],
      test: (answers) => (answers.travelDocument === undefined ? null : answers.travelDocument !== 'cannot'),
    },
    { id: 'no-government-objection', citation, reads: ['governmentObjection'], test: answeredNo('governmentObjection') },
  ];
}
