/**
 * Persona cases: people the source documents describe, with the verdicts those documents imply.
 * Each persona's answers are a file in tests/fixtures/answers/, so an NGO worker can run the same case with
 * `npm run --silent selfcheck -- tests/fixtures/answers/<file> --date 2025-06-01`.
 *
 * Seeds: 000 IOM NL reintegration, 001 IOM NL AVRR-NL (from 2017-07-01), 002 IOM NL resettlement,
 * 003 Fedasil reintegration (Belgium), 004 Dutch government overview (NGO projects).
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { programme, programmeIds } from '../../../src/rules/index.ts';
import type { Budget, HostCountry, ProgrammeId, Verdict } from '../../../src/rules/index.ts';
import { answersDir, DAY, fixturePath, notMet, readFixture, resultsByProgramme, selfcheck } from './support.ts';

interface Persona {
  who: string;
  file: string;
  /** Expected verdict for every programme of the persona's host country. */
  verdicts: Partial<Record<ProgrammeId, Verdict>>;
  /** Conditions the seeds say this person does not meet, per programme. */
  because?: Partial<Record<ProgrammeId, string[]>>;
  /** The household budget for the two Dutch reintegration programmes (IOM and NGO), where they apply. */
  budget?: Budget;
  /** The day of the check, when it matters (list memberships are dated); otherwise DAY. */
  date?: string;
  /** Conditions whose result carries a note that says why (sources differ, a published list decides). */
  notes?: Partial<Record<ProgrammeId, Record<string, string>>>;
}

const personas: Persona[] = [
  // ---- The Netherlands --------------------------------------------------------------------------------
  {
    who: 'Afghan family of 2 adults and 3 children in the Netherlands, meeting every condition',
    file: 'nl-afghan-family.json',
    verdicts: { 'nl-iom-reintegration': 'likely', 'nl-ngo-reintegration': 'likely', 'nl-iom-resettlement': 'unlikely' },
    because: { 'nl-iom-resettlement': ['plans-third-country'] },
    budget: { maxEur: 2 * 1800 + 3 * 2800, cashMaxEur: 5 * 300 },
  },
  {
    who: 'Eritrean unaccompanied minor in the Netherlands',
    file: 'nl-unaccompanied-minor.json',
    verdicts: { 'nl-iom-reintegration': 'likely', 'nl-ngo-reintegration': 'likely', 'nl-iom-resettlement': 'unlikely' },
    budget: { maxEur: 2800, cashMaxEur: 300 },
  },
  {
    who: 'Nigerian who can pay the departure themself',
    file: 'nl-can-pay-departure.json',
    verdicts: { 'nl-iom-reintegration': 'unlikely', 'nl-ngo-reintegration': 'unlikely', 'nl-iom-resettlement': 'unlikely' },
    because: {
      'nl-iom-reintegration': ['cannot-pay-departure'],
      'nl-ngo-reintegration': ['cannot-pay-departure'],
      'nl-iom-resettlement': ['cannot-pay-departure'],
    },
  },
  {
    who: 'Syrian who left the Netherlands with IOM help 3 years ago',
    file: 'nl-left-with-iom-3-years-ago.json',
    verdicts: { 'nl-iom-reintegration': 'unlikely', 'nl-ngo-reintegration': 'unlikely', 'nl-iom-resettlement': 'unlikely' },
    because: {
      'nl-iom-reintegration': ['no-assisted-departure-within-5-years'],
      'nl-ngo-reintegration': ['no-assisted-departure-within-5-years'],
      'nl-iom-resettlement': ['no-assisted-departure-within-5-years'],
    },
  },
  {
    // Seeds 000/001 exclude an entry ban over 5 years from IOM reintegration; seed 004 (NGO projects) does not.
    who: 'Afghan with an entry ban of more than 5 years',
    file: 'nl-entry-ban-over-5-years.json',
    verdicts: { 'nl-iom-reintegration': 'unlikely', 'nl-ngo-reintegration': 'likely', 'nl-iom-resettlement': 'unlikely' },
    because: { 'nl-iom-reintegration': ['no-entry-ban-over-5-years'] },
    budget: { maxEur: 1800, cashMaxEur: 300 },
  },
  {
    // Article 1F is an IOM condition (seeds 000/001); seed 004 does not list it for the NGO projects.
    who: 'Iraqi refused a residence permit under article 1F of the Refugee Convention',
    file: 'nl-article-1f.json',
    verdicts: { 'nl-iom-reintegration': 'unlikely', 'nl-ngo-reintegration': 'likely', 'nl-iom-resettlement': 'unlikely' },
    because: { 'nl-iom-reintegration': ['not-refused-under-article-1f'] },
  },
  {
    who: 'Moroccan already registered with another organisation offering reintegration assistance',
    file: 'nl-registered-with-other-organisation.json',
    verdicts: { 'nl-iom-reintegration': 'unlikely', 'nl-ngo-reintegration': 'likely', 'nl-iom-resettlement': 'unlikely' },
    because: { 'nl-iom-reintegration': ['not-registered-elsewhere'] },
  },
  {
    who: 'Polish (EU) national in the Netherlands, even with permanent residence in the United States',
    file: 'nl-eu-national.json',
    verdicts: { 'nl-iom-reintegration': 'unlikely', 'nl-ngo-reintegration': 'unlikely', 'nl-iom-resettlement': 'unlikely' },
    because: {
      'nl-iom-reintegration': ['nationality-on-reintegration-list'],
      'nl-ngo-reintegration': ['nationality-on-reintegration-list'],
      'nl-iom-resettlement': ['nationality-not-eu-eea-swiss'],
    },
  },
  {
    // Russia needs a visa for the Netherlands but is not on the OECD DAC list: seed 004 (visa OR DAC) includes it,
    // the government's DT&V page (visa AND DAC) does not. Our sources differ; the published list decides.
    who: 'Russian national in the Netherlands (on one of the two lists only)',
    file: 'nl-russian-national.json',
    verdicts: { 'nl-iom-reintegration': 'uncertain', 'nl-ngo-reintegration': 'uncertain', 'nl-iom-resettlement': 'unlikely' },
    notes: { 'nl-iom-reintegration': { 'nationality-on-reintegration-list': 'sources-differ' }, 'nl-ngo-reintegration': { 'nationality-on-reintegration-list': 'sources-differ' } },
  },
  {
    // Wallis and Futuna is on the OECD DAC list, but it is a French territory: its people are French, so EU citizens.
    who: 'Person from Wallis and Futuna moving on to Australia',
    file: 'nl-wallis-futuna.json',
    verdicts: { 'nl-iom-reintegration': 'unlikely', 'nl-ngo-reintegration': 'unlikely', 'nl-iom-resettlement': 'unlikely' },
    because: {
      'nl-iom-reintegration': ['nationality-on-reintegration-list'],
      'nl-ngo-reintegration': ['nationality-on-reintegration-list'],
      'nl-iom-resettlement': ['nationality-not-eu-eea-swiss'],
    },
    notes: { 'nl-iom-reintegration': { 'nationality-on-reintegration-list': 'published-list-decides' } },
  },
  {
    // REAN (under which resettlement runs) excludes nationals of "the richest countries"; IOM's list decides.
    who: 'United States national moving on to Canada with guaranteed permanent residence',
    file: 'nl-us-resettlement.json',
    verdicts: { 'nl-iom-reintegration': 'unlikely', 'nl-ngo-reintegration': 'unlikely', 'nl-iom-resettlement': 'uncertain' },
    notes: { 'nl-iom-resettlement': { 'nationality-not-richest-country': 'iom-list-decides' } },
  },
  {
    who: 'United States national in the Netherlands (not on the reintegration country list)',
    file: 'nl-us-national.json',
    verdicts: { 'nl-iom-reintegration': 'unlikely', 'nl-ngo-reintegration': 'unlikely', 'nl-iom-resettlement': 'unlikely' },
    because: {
      'nl-iom-reintegration': ['nationality-on-reintegration-list'],
      'nl-ngo-reintegration': ['nationality-on-reintegration-list'],
    },
  },
  {
    // Seed 002: permanent residence guaranteed in a country other than the country of origin. Seed 001: AVRR-NL
    // supports reintegration "in their country of origin or in a third country", so reintegration stays open.
    who: 'Syrian moving on to Canada, where permanent residence is guaranteed',
    file: 'nl-resettlement-permanent-residence.json',
    verdicts: { 'nl-iom-reintegration': 'likely', 'nl-ngo-reintegration': 'likely', 'nl-iom-resettlement': 'likely' },
    budget: { maxEur: 1800, cashMaxEur: 300 },
  },
  {
    who: 'Syrian moving on to Canada with only a short-stay visa',
    file: 'nl-resettlement-short-stay-visa.json',
    verdicts: { 'nl-iom-reintegration': 'likely', 'nl-ngo-reintegration': 'likely', 'nl-iom-resettlement': 'unlikely' },
    because: { 'nl-iom-resettlement': ['permanent-residence-in-destination'] },
  },
  {
    who: 'Afghan in the Netherlands who gave only residence and nationality',
    file: 'nl-only-residence-and-nationality.json',
    verdicts: { 'nl-iom-reintegration': 'uncertain', 'nl-ngo-reintegration': 'uncertain', 'nl-iom-resettlement': 'uncertain' },
  },
  // ---- Belgium ----------------------------------------------------------------------------------------
  {
    who: 'Moroccan in Belgium whose asylum claim was refused, order to leave 10 days ago',
    file: 'be-refused-10-days-ago.json',
    verdicts: { 'be-reintegration-basic': 'likely', 'be-reintegration-complementary': 'likely', 'be-reintegration-vulnerability': 'unlikely' },
  },
  {
    who: 'Moroccan in Belgium whose asylum claim was refused, order to leave 45 days ago',
    file: 'be-refused-45-days-ago.json',
    verdicts: { 'be-reintegration-basic': 'likely', 'be-reintegration-complementary': 'unlikely', 'be-reintegration-vulnerability': 'unlikely' },
    because: { 'be-reintegration-complementary': ['procedure-running-or-recent-order-to-leave'] },
  },
  {
    who: 'Afghan in Belgium whose asylum procedure is still running (vulnerability not answered)',
    file: 'be-procedure-pending.json',
    verdicts: { 'be-reintegration-basic': 'likely', 'be-reintegration-complementary': 'likely', 'be-reintegration-vulnerability': 'uncertain' },
  },
  {
    who: 'Nigerian in Belgium who never applied for international protection',
    file: 'be-never-applied.json',
    verdicts: { 'be-reintegration-basic': 'unlikely', 'be-reintegration-complementary': 'unlikely', 'be-reintegration-vulnerability': 'unlikely' },
    because: { 'be-reintegration-basic': ['applied-for-international-protection'], 'be-reintegration-complementary': ['applied-for-international-protection'] },
  },
  {
    who: 'Ukrainian in Belgium (no visa needed for Belgium), refused 10 days ago',
    file: 'be-ukrainian.json',
    verdicts: { 'be-reintegration-basic': 'unlikely', 'be-reintegration-complementary': 'unlikely', 'be-reintegration-vulnerability': 'unlikely' },
    because: { 'be-reintegration-basic': ['nationality-visa-required-for-belgium'], 'be-reintegration-complementary': ['nationality-visa-required-for-belgium'] },
  },
  {
    who: 'Pregnant Georgian woman in Belgium who never applied for protection',
    file: 'be-pregnant-woman.json',
    verdicts: { 'be-reintegration-basic': 'unlikely', 'be-reintegration-complementary': 'unlikely', 'be-reintegration-vulnerability': 'likely' },
  },
  {
    who: 'Afghan family with 3 children in Belgium, refused 100 days ago',
    file: 'be-family-with-children.json',
    verdicts: { 'be-reintegration-basic': 'likely', 'be-reintegration-complementary': 'unlikely', 'be-reintegration-vulnerability': 'likely' },
  },
  {
    // Kosovo needed a visa for the Schengen area until 2023-12-31 (Regulation (EU) 2023/850).
    who: 'Kosovar in Belgium refused 10 days ago, checked in 2023 (a visa was still needed)',
    file: 'be-kosovar-refused-10-days-ago.json',
    date: '2023-06-01',
    verdicts: { 'be-reintegration-basic': 'likely', 'be-reintegration-complementary': 'likely', 'be-reintegration-vulnerability': 'unlikely' },
  },
  {
    // Seed 003 names pregnant women, health problems, victims of slavery, families with children, "etc.": a child
    // alone is not among the examples, so Fedasil decides (unknown), not "no".
    who: 'Guinean child alone in Belgium, refused 45 days ago',
    file: 'be-child-alone.json',
    verdicts: { 'be-reintegration-basic': 'likely', 'be-reintegration-complementary': 'unlikely', 'be-reintegration-vulnerability': 'uncertain' },
  },
  {
    who: 'Afghan in Belgium who gave only residence and nationality',
    file: 'be-only-residence-and-nationality.json',
    verdicts: { 'be-reintegration-basic': 'uncertain', 'be-reintegration-complementary': 'uncertain', 'be-reintegration-vulnerability': 'uncertain' },
  },
];

const programmesIn = (host: HostCountry) => programmeIds.filter((id) => programme(id).host === host);
const otherHost = (host: HostCountry): HostCountry => (host === 'NL' ? 'BE' : 'NL');
const withBudget: ProgrammeId[] = ['nl-iom-reintegration', 'nl-ngo-reintegration'];

for (const persona of personas) describe(`${persona.who} (${persona.file})`, () => {
  const answers = readFixture(persona.file);
  const results = resultsByProgramme(answers, persona.date ?? DAY);

  it('has an expected verdict for every programme of its host country', () => {
    expect(Object.keys(persona.verdicts).sort()).toEqual(programmesIn(answers.residence).sort());
  });

  it.each(Object.entries(persona.verdicts))('%s: %s', (id, verdict) => {
    expect(results[id as ProgrammeId].verdict).toBe(verdict);
  });

  if (persona.because) {
    it.each(Object.entries(persona.because))('%s: not met because of %j', (id, conditionIds) => {
      expect(notMet(results[id as ProgrammeId])).toEqual(expect.arrayContaining(conditionIds));
    });
  }

  if (persona.notes) {
    it.each(Object.entries(persona.notes))('%s: the conditions say why (%j)', (id, notes) => {
      for (const [condition, note] of Object.entries(notes)) {
        expect(results[id as ProgrammeId].conditions.find((c) => c.id === condition)?.note, condition).toBe(note);
      }
    });
  }

  if (persona.budget) {
    it(`can get up to ${persona.budget.maxEur} EUR, of which ${persona.budget.cashMaxEur} EUR in cash`, () => {
      for (const id of withBudget) expect(results[id].budget, id).toEqual(persona.budget);
    });
  }

  it(`is told the ${otherHost(answers.residence)} programmes are unlikely because they do not live there`, () => {
    for (const id of programmesIn(otherHost(answers.residence))) {
      expect(results[id].verdict, id).toBe('unlikely');
      expect(notMet(results[id]), id).toContain('residence');
    }
  });
});

it('has a persona in this table for every answers file in tests/fixtures/answers/', () => {
  const files = readdirSync(answersDir).filter((file) => file.endsWith('.json'));
  expect(files.sort()).toEqual(personas.map((p) => p.file).sort());
});

describe('someone who gives only their residence and nationality', () => {
  const nationalities = ['AF', 'SY', 'MA', 'UA', 'GE', 'DE', 'US', 'JP'];
  it.each(['NL', 'BE'] as const)('is never told a programme is likely (living in %s)', (residence) => {
    for (const nationality of nationalities) {
      for (const result of Object.values(resultsByProgramme({ residence, nationality }))) {
        expect(result.verdict, `${nationality} ${result.programme}`).not.toBe('likely');
      }
    }
  });
});

describe('the selfcheck command gives the same verdicts for persona files', () => {
  const cases = ['nl-afghan-family.json', 'nl-resettlement-permanent-residence.json', 'be-refused-10-days-ago.json'];
  it.each(cases)('%s', (file) => {
    const persona = personas.find((p) => p.file === file)!;
    const run = selfcheck(fixturePath(file), '--date', DAY);
    expect(run.status, run.stderr).toBe(0);
    const output = JSON.parse(run.stdout) as { date: string; results: { programme: ProgrammeId; verdict: Verdict; budget?: Budget }[] };
    expect(output.date).toBe(DAY);
    expect(output.results.map((r) => r.programme)).toEqual(programmeIds);
    for (const [id, verdict] of Object.entries(persona.verdicts)) {
      expect(output.results.find((r) => r.programme === id)?.verdict, id).toBe(verdict);
    }
    if (persona.budget) expect(output.results.find((r) => r.programme === 'nl-iom-reintegration')?.budget).toEqual(persona.budget);
  });
});
