/**
 * The answers format: what an NGO worker writes into an answers file, and what the self-check saves.
 * A bad file is rejected with a message that names every bad field, by the parser and by the command.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../../src/rules/index.ts';
import { DAY, fixturePath, selfcheck } from './support.ts';

function problemsOf(raw: unknown): string[] {
  try {
    parseAnswers(raw);
  } catch (error) {
    return (error as { problems: string[] }).problems;
  }
  throw new Error(`expected ${JSON.stringify(raw)} to be rejected`);
}

const valid = { residence: 'NL', nationality: 'AF' };

describe('an answers object with one bad field is rejected, naming that field', () => {
  it.each([
    ['residence', 'lives in a country other than NL or BE', { ...valid, residence: 'FR' }],
    ['residence', 'residence is missing', { nationality: 'AF' }],
    ['nationality', 'nationality is not a country ("XX")', { ...valid, nationality: 'XX' }],
    ['nationality', 'nationality is a name, not a code', { ...valid, nationality: 'Afghanistan' }],
    ['destination', 'destination is not a country', { ...valid, destination: 'XX' }],
    ['adults', 'a negative number of adults', { ...valid, adults: -1 }],
    ['minors', 'a number of minors that is not whole', { ...valid, minors: 1.5 }],
    ['minors', 'a number of minors written as text', { ...valid, minors: '2' }],
    ['daysSinceOrderToLeave', 'a negative number of days', { ...valid, daysSinceOrderToLeave: -3 }],
    ['vulnerabilities[0]', 'an unknown vulnerability', { ...valid, vulnerabilities: ['sick'] }],
    ['vulnerabilities', 'vulnerabilities not given as a list', { ...valid, vulnerabilities: 'pregnant' }],
    ['asylum', 'an unknown asylum status', { ...valid, asylum: 'rejected' }],
    ['article1F', '"yes" instead of true', { ...valid, article1F: 'yes' }],
    ['entryBanOver5Years', 'a misspelled field', { ...valid, entryBanOver5Years: true }],
    ['unaccompaniedMinor', 'an unaccompanied minor leaving with 2 adults', { ...valid, unaccompaniedMinor: true, adults: 2 }],
    ['(top level)', 'not an object but a list', ['NL', 'AF']],
    ['(top level)', 'not an object but null', null],
  ])('%s: %s', (field, _why, raw) => {
    const problems = problemsOf(raw);
    expect(problems).toHaveLength(1);
    expect(problems[0].startsWith(`${field}: `), problems[0]).toBe(true);
  });
});

describe('the error message', () => {
  it('names every bad field at once, so a file can be fixed in one go', () => {
    const message = (() => {
      try {
        parseAnswers({ residence: 'FR', nationality: 'XX', adults: -1, minors: 1.5, vulnerabilities: ['sick'], entryBanOver5Years: true }, 'family.json');
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toMatch(/^family\.json: 6 invalid fields/);
    for (const field of ['residence', 'nationality', 'adults', 'minors', 'vulnerabilities[0]', 'entryBanOver5Years']) {
      expect(message).toContain(`  - ${field}: `);
    }
  });

  it('says a misspelled field is unknown and suggests checking the spelling', () => {
    expect(problemsOf({ ...valid, minor: 2 })).toEqual(['minor: unknown field (check the spelling)']);
  });
});

describe('valid answers', () => {
  it('accept residence and nationality alone (every other answer may be "I don\'t know")', () => {
    expect(parseAnswers(valid)).toEqual(valid);
  });

  it('accept country codes in lower case, such as "af", as the capital code', () => {
    expect(parseAnswers({ residence: 'BE', nationality: 'af', destination: 'ca' })).toEqual({ residence: 'BE', nationality: 'AF', destination: 'CA' });
  });

  it('accept Kosovo (XK), a user-assigned code in common use', () => {
    expect(parseAnswers({ residence: 'NL', nationality: 'XK' }).nationality).toBe('XK');
  });

  it('accept every field filled in', () => {
    const full = {
      residence: 'NL',
      nationality: 'SY',
      plan: 'third-country',
      destination: 'CA',
      adults: 2,
      minors: 1,
      unaccompaniedMinor: false,
      asylum: 'refused',
      daysSinceOrderToLeave: 0,
      vulnerabilities: ['pregnant', 'medical', 'trafficking', 'other'],
      otherReintegrationRegistration: false,
      entryBanOverFiveYears: false,
      personaNonGrata: false,
      seriousCrimeConviction: false,
      article1F: false,
      meansToPayDeparture: false,
      assistedDepartureWithinFiveYears: false,
      governmentObjection: false,
      travelDocument: 'can-obtain',
      permanentResidenceInDestination: true,
    };
    expect(parseAnswers(full)).toEqual(full);
  });
});

describe('the selfcheck command with bad input', () => {
  it('exits 2 and names every bad field of a bad answers file on stderr, printing nothing on stdout', () => {
    const file = fixturePath('invalid/many-bad-fields.json');
    const run = selfcheck(file, '--date', DAY);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(file);
    for (const field of ['residence', 'nationality', 'adults', 'minors', 'vulnerabilities[0]', 'entryBanOver5Years']) {
      expect(run.stderr).toContain(`- ${field}: `);
    }
  });

  it('exits 2 for a file that is not an object', () => {
    const run = selfcheck(fixturePath('invalid/not-an-object.json'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('(top level)');
  });

  it('exits 2 for a file that is not valid JSON', () => {
    const run = selfcheck(fixturePath('invalid/not-json.json'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('not valid JSON');
  });

  it('exits 2 for a file that does not exist', () => {
    const run = selfcheck(fixturePath('no-such-file.json'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('cannot read the file');
  });

  it('exits 2 for a date that does not exist (2017-13-45)', () => {
    const run = selfcheck(fixturePath('nl-afghan-family.json'), '--date', '2017-13-45');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--date');
    expect(run.stdout).toBe('');
  });
});

describe('the selfcheck command with a date', () => {
  it('evaluates on the date given and echoes it (2017-05-01: the older AVRR arrangements)', () => {
    const run = selfcheck(fixturePath('nl-afghan-family.json'), '--date', '2017-05-01');
    expect(run.status, run.stderr).toBe(0);
    const output = JSON.parse(run.stdout);
    expect(output.date).toBe('2017-05-01');
    const iom = output.results.find((r: { programme: string }) => r.programme === 'nl-iom-reintegration');
    expect(iom.budget).toEqual({ maxEur: 2 * 1500 + 3 * 2500 });
    expect(iom.conditions.map((c: { id: string }) => c.id)).toContain('departs-by-older-arrangements-deadline');
  });
});

describe('the selfcheck command with hostile files', () => {
  const write = (name: string, content: string) => {
    const path = join(mkdtempSync(join(tmpdir(), 'answers-')), name);
    writeFileSync(path, content);
    return path;
  };

  it('refuses a file over 64 KB before reading it', () => {
    const run = selfcheck(write('big.json', JSON.stringify({ residence: 'NL', nationality: 'AF', padding: 'x'.repeat(70_000) })));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/big\.json: the file has \d+ bytes; an answers file has at most 65536 \(64 KB\)/);
  });

  it('lists the first 20 of thousands of bad items, then how many more, and exits 2', () => {
    const run = selfcheck(write('bad.json', JSON.stringify({ residence: 'NL', nationality: 'AF', vulnerabilities: Array.from({ length: 3000 }, () => 'sick') })));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('3000 invalid fields');
    expect(run.stderr.match(/^ {2}- vulnerabilities\[\d+\]/gm)).toHaveLength(20);
    expect(run.stderr).toContain('... and 2980 more');
  });
});
