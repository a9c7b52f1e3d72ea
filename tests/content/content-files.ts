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

/** A page as blocks: its title and description, then the paragraphs, lists, headings and components of the body. */
export function pageBlocks(page: Pick<PageFile, 'frontmatter' | 'body'>): string[] {
  const { title = '', description = '' } = (page.frontmatter ?? {}) as { title?: string; description?: string };
  return [title, description, ...page.body.split(/\n\s*\n/).filter((block) => block.trim())];
}

/** Each English page that `locale` has translated, both as blocks (translations keep the English blocks). */
export function translatedPages(locale: string): { file: string; english: string[]; own: string[] }[] {
  const pages = pageFiles();
  return pages
    .filter((english) => english.locale === 'en')
    .flatMap((english) => {
      const own = pages.find((p) => p.locale === locale && p.slug === english.slug);
      return own ? [{ file: own.file, english: pageBlocks(english), own: pageBlocks(own) }] : [];
    });
}

/**
 * Each UI string of `locale` beside its English text; a plural form English lacks (Russian `_few`) stands
 * beside the English `_other`.
 */
export function translatedStrings(locale: string): { key: string; english: string; own: string }[] {
  const english = stringFile('en') as Record<string, string>;
  return Object.entries(stringFile(locale) as Record<string, string>)
    .filter(([key]) => key !== '$meta')
    .map(([key, own]) => ({ key, english: english[key] ?? english[key.replace(/_[a-z]+$/, '_other')] ?? '', own }));
}
