/**
 * The `selfcheck` command: `npm run --silent selfcheck -- answers.json [--date YYYY-MM-DD]`.
 * Prints `{ date, assessedNationality?, results }` as JSON and exits 0; on a bad file or option prints what is wrong and exits 2.
 * The one Node-only file of the rules: it reads the file and the command line, then calls the pure modules.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseAnswers } from './answers.ts';
import { todayIso } from './dated.ts';
import { nationalityOf } from './countries.ts';
import { evaluate } from './evaluate.ts';

const usage = 'usage: npm run --silent selfcheck -- answers.json [--date YYYY-MM-DD]';

function fail(message: string): never {
  process.stderr.write(`selfcheck: ${message}\n`);
  process.exit(2);
}


function parseDate(value: string | undefined): string {
  if (value === undefined) fail(`--date needs a value\n${usage}`);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!date || date.toISOString().slice(0, 10) !== value) fail(`--date: expected a real date as YYYY-MM-DD, got "${value}"`);
  return value;
}

function parseArguments(args: string[]): { file: string; date: string } {
  let file: string | undefined;
  let date = todayIso();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--date') date = parseDate(args[++i]);
    else if (arg.startsWith('--date=')) date = parseDate(arg.slice('--date='.length));
    else if (arg.startsWith('--')) fail(`unknown option ${arg}\n${usage}`);
    else if (file === undefined) file = arg;
    else fail(`only one answers file, got "${file}" and "${arg}"\n${usage}`);
  }
  if (file === undefined) fail(`no answers file given\n${usage}`);
  return { file, date };
}

/** An answers file is under 2 KB; anything over 64 KB is refused before it is read (as the self-check does). */
const maxFileBytes = 64 * 1024;

function readJson(file: string): unknown {
  let text: string;
  try {
    // npm runs scripts from the project folder; INIT_CWD is where the reader typed the command.
    const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
    const { size } = statSync(path);
    if (size > maxFileBytes) fail(`${file}: the file has ${size} bytes; an answers file has at most ${maxFileBytes} (64 KB)`);
    text = readFileSync(path, 'utf8');
  } catch (error) {
    fail(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    fail(`${file}: not valid JSON (${(error as Error).message})`);
  }
}

const { file, date } = parseArguments(process.argv.slice(2));
let answers;
try {
  answers = parseAnswers(readJson(file), file);
} catch (error) {
  fail((error as Error).message);
}
// A territory given as the nationality is read as the nationality its people hold: say so.
const assessed = nationalityOf(answers.nationality);
const output = { date, ...(assessed !== answers.nationality ? { assessedNationality: assessed } : {}), results: evaluate(answers, { date }) };
process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
