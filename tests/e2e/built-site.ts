/** Reading the built site from disk, for checks that need no browser (links, budgets, sitemap). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

export const dist = join(import.meta.dirname, '../../dist');

export function htmlFiles(root = dist): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));
  return walk(root);
}

/** The URL path a file is served at: dist/en/index.html -> /en/. */
export function urlPathOf(file: string, root = dist): string {
  return `/${relative(root, file)}`.replace(/index\.html$/, '').replace(/\\/g, '/');
}

/** Every internal link or `#anchor` in a built site that leads nowhere, as "page -> href". */
export function brokenLinks(root = dist): string[] {
  const pages = htmlFiles(root).map((file) => ({ path: urlPathOf(file, root), html: read(file) }));
  const ids = new Map(pages.map((p) => [p.path, new Set([...p.html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))]));
  const resolves = (path: string) => {
    const file = join(root, decodeURIComponent(path));
    return path.endsWith('/') ? existsSync(join(file, 'index.html')) : existsSync(file);
  };
  const broken: string[] = [];
  for (const page of pages) {
    for (const [, href] of page.html.matchAll(/\shref="([^"]+)"/g)) {
      if (/^(https?:|tel:|mailto:)/.test(href)) continue;
      const url = new URL(href.replace(/&amp;/g, '&'), `http://site${page.path}`);
      if (!resolves(url.pathname)) broken.push(`${page.path} -> ${href}`);
      else if (url.hash && !ids.get(url.pathname)?.has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${page.path} -> ${href} (no such anchor)`);
    }
  }
  return broken;
}

export function read(path: string): string {
  return readFileSync(path, 'utf8');
}

/** Bytes on the wire with Brotli at the quality static hosts use for pre-compressed files. */
export function brotliBytes(content: string | Buffer): number {
  return brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}
