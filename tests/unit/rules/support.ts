/**
 * Small helpers shared by the rule tests: a fixed day to evaluate on, results by programme, the persona answer
 * files and the `selfcheck` command. Tests import the rules only through their public face, `src/rules/index.ts`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { evaluate, parseAnswers } from '../../../src/rules/index.ts';
import type { Answers, ProgrammeId, ProgrammeResult } from '../../../src/rules/index.ts';

export const repoRoot = resolve(import.meta.dirname, '../../..');
export const answersDir = resolve(repoRoot, 'tests/fixtures/answers');

/** A day on which every programme modelled is in force (the NGO regulation runs 2023-08-01 to 2028-07-31). */
export const DAY = '2025-06-01';

export function resultsByProgramme(answers: Answers, date = DAY): Record<ProgrammeId, ProgrammeResult> {
  return Object.fromEntries(evaluate(answers, { date }).map((result) => [result.programme, result])) as Record<ProgrammeId, ProgrammeResult>;
}

/** The condition ids of a result that are not met. */
export function notMet(result: ProgrammeResult): string[] {
  return result.conditions.filter((c) => c.met === false).map((c) => c.id);
}

export function fixturePath(name: string): string {
  return resolve(answersDir, name);
}

export function readFixture(name: string): Answers {
  return parseAnswers(JSON.parse(readFileSync(fixturePath(name), 'utf8')), name);
}

/** Runs `npm run --silent selfcheck -- ...args` from the project root, as an NGO worker would. */
export function selfcheck(...args: string[]) {
  const run = spawnSync('npm', ['run', '--silent', 'selfcheck', '--', ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 30_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
