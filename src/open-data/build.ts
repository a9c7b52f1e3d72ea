/**
 * The open data files, built from the rule modules and the country data: nothing here is typed by hand. Each is
 * validated against its schema before it is written, so a file that would not match fails the build.
 */
import { conditionsOf, isAsked } from '../rules/evaluate.ts';
import { programmes } from '../rules/programmes/index.ts';
import { sources } from '../rules/sources.ts';
import { countries, groups, isMember } from '../rules/countries.ts';
import { nlListStanding } from '../rules/conditions/nl-country-list.ts';
import type { IsoDate } from '../rules/types.ts';
import { countriesSchema, formatVersion, programmesSchema, type CountriesData, type ProgrammesData } from './schemas.ts';

const periodOf = (item: { validFrom?: IsoDate; validUntil?: IsoDate }) => ({
  ...(item.validFrom ? { validFrom: item.validFrom } : {}),
  ...(item.validUntil ? { validUntil: item.validUntil } : {}),
});

export function programmesData(generated: IsoDate): ProgrammesData {
  return programmesSchema.parse({
    formatVersion,
    generated,
    sources: Object.fromEntries(Object.entries(sources).map(([id, s]) => [id, { title: s.title, publisher: s.publisher, ...('url' in s && s.url ? { url: s.url } : {}), retrieved: s.retrieved }])),
    programmes: programmes.map((p) => ({
      id: p.id,
      host: p.host,
      operators: [...p.operators],
      ...periodOf(p),
      citation: p.citation,
      conditions: conditionsOf(p).map((c) => ({ id: c.id, asked: isAsked(c), reads: [...c.reads], ...periodOf(c), citation: c.citation })),
      ...(p.amounts ? { amounts: p.amounts } : {}),
    })),
  });
}

/** What a nationality means for each programme's country list on a day. */
function programmeStanding(code: string, date: IsoDate): Record<string, 'yes' | 'sources-differ' | 'no'> {
  const nl = nlListStanding(code, date).met;
  const nlStanding = nl === true ? 'yes' : nl === null ? 'sources-differ' : 'no';
  const be = isMember('be-reintegration-basic', code, date) ? 'yes' : 'no';
  return { 'nl-iom-reintegration': nlStanding, 'nl-ngo-reintegration': nlStanding, 'be-reintegration-basic': be, 'be-reintegration-complementary': be };
}

export function countriesData(generated: IsoDate): CountriesData {
  return countriesSchema.parse({
    formatVersion,
    generated,
    groups: Object.fromEntries(
      [...groups.values()].map((g) => [
        g.id,
        { title: g.source.title, ...(g.source.url ? { url: g.source.url } : {}), asOf: g.source.asOf ?? g.source.retrieved, needsCheck: g.needsCheck, ...(g.combine ? { combine: g.combine, parts: [...(g.parts ?? [])] } : {}) },
      ]),
    ),
    countries: countries.map((c) => ({
      code: c.code,
      ...(c.nationality ? { nationality: c.nationality } : {}),
      ...(c.noPermanentPopulation ? { noPermanentPopulation: true } : {}),
      memberships: [...groups.values()].filter((g) => !g.combine && g.members.has(c.code)).map((g) => ({ group: g.id, ...periodOf(g.memberPeriods[c.code] ?? {}) })),
      programmes: c.nationality || c.noPermanentPopulation ? {} : programmeStanding(c.code, generated),
      page: `/{lang}/countries/${c.code.toLowerCase()}/`,
    })),
  });
}
