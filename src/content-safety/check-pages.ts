/**
 * Runs the content check over a folder of pages (`<locale>/<path>.mdx`): English pages may use any content
 * component, a translation only those its English page uses. Problems are one line each, `file:line: problem`,
 * so a translator finds the place at once. Called by the content collection's loader (the build fails) and by
 * the content tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentComponentNames } from '../components/content-component-names.ts';
import { componentNames, contentProblems, parseMdx } from './check-mdx.ts';

const sourceLocale = 'en';

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? mdxFiles(join(dir, entry.name)) : entry.name.endsWith('.mdx') ? [join(dir, entry.name)] : []));
}

/** The components a translation of `pathInLocale` may use: those of its English page, or none without one. */
function englishComponents(pagesDir: string, pathInLocale: string): ReadonlySet<string> {
  const english = join(pagesDir, sourceLocale, pathInLocale);
  if (!existsSync(english)) return new Set();
  try {
    return componentNames(parseMdx(readFileSync(english, 'utf8')));
  } catch {
    return new Set(); // the English page's own problem is reported when it is checked
  }
}

export function pageSafetyProblems(pagesDir: string, projectRoot = process.cwd()): string[] {
  const registered = new Set<string>(contentComponentNames);
  return mdxFiles(pagesDir).flatMap((file) => {
    const [locale, ...rest] = relative(pagesDir, file).split('/');
    const allowed = locale === sourceLocale ? registered : new Set([...englishComponents(pagesDir, rest.join('/'))].filter((c) => registered.has(c)));
    const name = relative(projectRoot, file);
    return contentProblems(readFileSync(file, 'utf8'), allowed).map(({ line, problem }) => `${name}:${line}: ${problem}`);
  });
}
