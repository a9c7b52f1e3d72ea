/** Every programme, in the order pages and results list them. */
import type { Programme, ProgrammeId } from '../types.ts';
import { nlIomReintegration } from './nl-iom-reintegration.ts';
import { nlNgoReintegration } from './nl-ngo-reintegration.ts';
import { nlIomResettlement } from './nl-iom-resettlement.ts';
import { beReintegrationBasic, beReintegrationComplementary, beReintegrationVulnerability } from './be-reintegration.ts';

export const programmes: readonly Programme[] = [
  nlIomReintegration,
  nlNgoReintegration,
  nlIomResettlement,
  beReintegrationBasic,
  beReintegrationComplementary,
  beReintegrationVulnerability,
];

export const programmeIds = programmes.map((p) => p.id) as readonly ProgrammeId[];

export function programme(id: ProgrammeId): Programme {
  const found = programmes.find((p) => p.id === id);
  if (!found) throw new Error(`unknown programme id "${id}"`);
  return found;
}
