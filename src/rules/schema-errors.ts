/**
 * Turns zod issues into one line per bad field, naming the field and what was expected. Shared by the answers
 * parser and the data loaders so every "bad input" message reads the same way.
 */
import type { core } from 'zod/mini';

export function fieldPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(top level)' : path.map((part) => (typeof part === 'number' ? `[${part}]` : String(part))).join('.').replace(/\.\[/g, '[');
}

export function describeIssues(issues: readonly core.$ZodIssue[]): string[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => `${fieldPath([...issue.path, key])}: unknown field (check the spelling)`);
    }
    return [`${fieldPath(issue.path)}: ${issue.message}`];
  });
}

/** How many problems a message lists; a hostile file with thousands of bad items gets a count for the rest. */
export const listedProblems = 20;

/**
 * Error thrown when a data or answers file does not match its schema; the message lists the bad fields (the
 * first 20, then how many more), and `problems` keeps them all.
 */
export class InvalidInputError extends Error {
  readonly problems: string[];
  constructor(file: string, problems: string[]) {
    const listed = problems.slice(0, listedProblems).map((p) => `  - ${p}`);
    if (problems.length > listedProblems) listed.push(`  ... and ${problems.length - listedProblems} more`);
    super(`${file}: ${problems.length === 1 ? 'invalid field' : `${problems.length} invalid fields`}\n${listed.join('\n')}`);
    this.name = 'InvalidInputError';
    this.problems = problems;
  }
}
