/** Reads the content pages and string files as files, the way a reviewer sees them (getCollection is not available in vitest). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

export const contentRoot = join(import.meta.dirname, '../../content');

export interface PageFile {
  file: string;
  locale: string;
  slug: string;
  frontmatter: unknown;
  body: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
}

export function splitFrontmatter(text: string, file: string): { frontmatter: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: no frontmatter block`);
  return { frontmatter: parse(match[1]), body: match[2] };
}

export function pageFiles(root = join(contentRoot, 'pages')): PageFile[] {
  return walk(root)
    .filter((file) => file.endsWith('.mdx'))
    .map((path) => {
      const file = relative(join(contentRoot, '..'), path);
      const [locale, ...rest] = relative(root, path).replace(/\.mdx$/, '').split('/');
      const slug = rest.join('/').replace(/(^|\/)index$/, '');
      return { file, locale, slug, ...splitFrontmatter(readFileSync(path, 'utf8'), file) };
    });
}

export function stringFile(locale: string): unknown {
  return JSON.parse(readFileSync(join(contentRoot, 'i18n', `${locale}.json`), 'utf8'));
}

/** Component tags with their attributes, in order: what must stay identical in every translation. */
export function componentTags(body: string): string[] {
  return [...body.matchAll(/<([A-Z][A-Za-z]*)\b[^>]*\/?>/g)].map((m) => m[0].replace(/\s+/g, ' '));
}

/** Internal links written in Markdown or HTML. */
export function internalLinks(body: string): string[] {
  return [...body.matchAll(/\]\((\/[^)\s]*)\)|href="(\/[^"]*)"/g)].map((m) => m[1] ?? m[2]);
}
