/** Reading the built site from disk, for checks that need no browser (links, budgets, sitemap). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

export const dist = join(import.meta.dirname, '../../dist');

export function htmlFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));
  return walk(dist);
}

/** The URL path a file is served at: dist/en/index.html -> /en/. */
export function urlPathOf(file: string): string {
  return `/${relative(dist, file)}`.replace(/index\.html$/, '').replace(/\\/g, '/');
}

export function read(path: string): string {
  return readFileSync(path, 'utf8');
}

/** Bytes on the wire with Brotli at the quality static hosts use for pre-compressed files. */
export function brotliBytes(content: string | Buffer): number {
  return brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}
