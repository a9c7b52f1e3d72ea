/** Country groups as the rules use them: dated member sets, with derived groups resolved. Free of zod (see decisions). */
import { isWithin } from './dated.ts';
import type { IsoDate } from './types.ts';

export interface DataSource {
  title: string;
  url?: string;
  passage?: string;
  retrieved: string;
  asOf?: string;
}

export interface Country {
  code: string;
  /** True for a code outside ISO 3166-1 that is in common use (XK, Kosovo). */
  userAssigned?: true;
  /** For a territory: the state whose nationality its people hold. A territory is never a nationality itself. */
  nationality?: string;
  /** No permanent population (Antarctica, Bouvet Island ...): nobody holds it as a nationality. */
  noPermanentPopulation?: true;
}

/** A member's period on a list, when it joined or left it; a member without one is on the list throughout. */
export interface MemberPeriod {
  validFrom?: IsoDate;
  validUntil?: IsoDate;
  /** The act or passage that dates it. */
  passage: string;
}

/** A group file as stored in `content/data/country-groups/`. */
export interface CountryGroupFile {
  id: string;
  source: DataSource;
  needsCheck: boolean;
  notes?: string;
  memberNotes?: Record<string, string>;
  members?: string[];
  memberPeriods?: Record<string, MemberPeriod>;
  tiers?: Record<string, string[]>;
  /** A derived group: members of any of these groups (by id). */
  union?: string[];
  /** A derived group: members of all of these groups (by id). */
  intersection?: string[];
}

export interface CountryGroup {
  id: string;
  source: DataSource;
  needsCheck: boolean;
  /** For a derived group, the groups it is made of and how. */
  parts?: readonly string[];
  combine?: 'union' | 'intersection';
  /** Every code that is a member on some day. */
  members: ReadonlySet<string>;
  memberPeriods: Readonly<Record<string, MemberPeriod>>;
  /** Membership on a given day. */
  hasOn(code: string, date: IsoDate): boolean;
}

export function resolveGroups(files: readonly CountryGroupFile[]): Map<string, CountryGroup> {
  const resolved = new Map<string, CountryGroup>();
  const byId = new Map(files.map((file) => [file.id, file]));
  const resolve = (file: CountryGroupFile): CountryGroup => {
    const known = resolved.get(file.id);
    if (known) return known;
    const combine = file.union ? 'union' : file.intersection ? 'intersection' : undefined;
    const parts = (file.union ?? file.intersection ?? []).flatMap((id) => {
      const part = byId.get(id);
      return part ? [resolve(part)] : [];
    });
    const periods = file.memberPeriods ?? {};
    const own = new Set(file.members ?? []);
    const hasOn = combine
      ? (code: string, date: IsoDate) => (combine === 'union' ? parts.some((p) => p.hasOn(code, date)) : parts.every((p) => p.hasOn(code, date)))
      : (code: string, date: IsoDate) => own.has(code) && (periods[code] === undefined || isWithin(date, periods[code]));
    const everMembers = combine
      ? combine === 'union'
        ? parts.flatMap((p) => [...p.members])
        : [...(parts[0]?.members ?? [])].filter((code) => parts.every((p) => p.members.has(code)))
      : (file.members ?? []);
    const group: CountryGroup = {
      id: file.id,
      source: file.source,
      needsCheck: file.needsCheck,
      ...(combine ? { parts: parts.map((p) => p.id), combine } : {}),
      members: new Set(everMembers),
      memberPeriods: periods,
      hasOn,
    };
    resolved.set(file.id, group);
    return group;
  };
  files.forEach(resolve);
  return new Map(files.map((file) => [file.id, resolve(file)]));
}
