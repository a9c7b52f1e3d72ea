/**
 * The open data files NGOs reuse: each validates against its published JSON Schema (with Ajv, as a reuser
 * would), and says what the rules and the self-check say: every programme and condition, the amounts, and each
 * country's list memberships on the day of the build.
 */
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { conditionsOf, isAsked } from '../../src/rules/evaluate.ts';
import { programmes } from '../../src/rules/programmes/index.ts';
import { countries, groups, isMember } from '../../src/rules/countries.ts';
import { nlListStanding } from '../../src/rules/conditions/nl-country-list.ts';
import { isWithin } from '../../src/rules/dated.ts';
import type { CountriesData, ProgrammesData } from '../../src/open-data/schemas.ts';
import { dist, read } from './built-site.ts';

const json = (name: string) => JSON.parse(read(join(dist, 'data', name)));

for (const name of ['programmes', 'countries']) {
  test(`/data/${name}.json validates against /data/${name}.schema.json`, () => {
    const validate = new Ajv2020({ allErrors: true, formats: { uri: (value: string) => URL.canParse(value) } }).compile(json(`${name}.schema.json`));
    const valid = validate(json(`${name}.json`));
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
    expect(valid).toBe(true);
  });
}

test('programmes.json has every programme and condition of the rules, with their amounts', () => {
  const data = json('programmes.json') as ProgrammesData;
  expect(data.programmes.map((p) => p.id)).toEqual(programmes.map((p) => p.id));
  for (const programme of programmes) {
    const published = data.programmes.find((p) => p.id === programme.id);
    expect(published?.conditions.map((c) => [c.id, c.asked]), programme.id).toEqual(conditionsOf(programme).map((c) => [c.id, isAsked(c)]));
    expect(published?.amounts, programme.id).toEqual(programme.amounts ? JSON.parse(JSON.stringify(programme.amounts)) : undefined);
    for (const condition of published?.conditions ?? []) expect(Object.keys(data.sources), condition.id).toContain(condition.citation.source);
  }
});

test('countries.json gives each country the memberships and standing the self-check uses on the day of the build', () => {
  const data = json('countries.json') as CountriesData;
  const day = data.generated;
  expect(data.countries.map((c) => c.code)).toEqual(countries.map((c) => c.code));
  const wrong: string[] = [];
  for (const country of data.countries) {
    for (const group of [...groups.values()].filter((g) => !g.combine)) {
      const listed = country.memberships.find((m) => m.group === group.id);
      const onDay = listed !== undefined && isWithin(day, listed);
      if (onDay !== isMember(group.id as Parameters<typeof isMember>[0], country.code, day)) wrong.push(`${country.code} ${group.id}`);
    }
    if (country.nationality || country.noPermanentPopulation) continue;
    const nl = nlListStanding(country.code, day).met;
    if (country.programmes['nl-iom-reintegration'] !== (nl === true ? 'yes' : nl === null ? 'sources-differ' : 'no')) wrong.push(`${country.code} nl standing`);
    if ((country.programmes['be-reintegration-basic'] === 'yes') !== isMember('be-reintegration-basic', country.code, day)) wrong.push(`${country.code} be standing`);
  }
  expect(wrong).toEqual([]);
  // Kosovo's dated membership is published with its end.
  expect(data.countries.find((c) => c.code === 'XK')?.memberships).toContainEqual({ group: 'schengen-visa-required', validUntil: '2023-12-31' });
});
