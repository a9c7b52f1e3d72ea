/** Country groups as the rules use them: member sets, with derived groups resolved. Free of zod (see decisions). */

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
}

/** A group file as stored in `content/data/country-groups/`. */
export interface CountryGroupFile {
  id: string;
  source: DataSource;
  needsCheck: boolean;
  notes?: string;
  memberNotes?: Record<string, string>;
  members?: string[];
  tiers?: Record<string, string[]>;
  /** A derived group is the union of other groups, named by id. */
  union?: string[];
}

export interface CountryGroup {
  id: string;
  source: DataSource;
  needsCheck: boolean;
  /** For a derived group, the groups it is made of. */
  union?: readonly string[];
  members: ReadonlySet<string>;
}

export function resolveGroups(files: readonly CountryGroupFile[]): Map<string, CountryGroup> {
  const byId = new Map(files.map((file) => [file.id, file]));
  return new Map(
    files.map((file) => {
      const members = file.members ?? (file.union ?? []).flatMap((id) => byId.get(id)?.members ?? []);
      return [file.id, { id: file.id, source: file.source, needsCheck: file.needsCheck, union: file.union, members: new Set(members) }];
    }),
  );
}
