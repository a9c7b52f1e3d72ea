// Serves the built site (dist/) on localhost with the security headers from dist/_headers, the same file a
// Netlify or Cloudflare Pages deployment reads. Used by `npm start` and by the end-to-end tests, so the tests
// see exactly the policy production gets. Usage: node scripts/serve.mjs [port] [dir] (port 0: any free port)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';

const port = Number(process.argv[2] ?? process.env.PORT ?? 4321);
const root = resolve(process.argv[3] ?? 'dist');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
};

/**
 * Parses the `_headers` format: a path pattern line, then indented `Name: value` lines; `! Name` removes a header
 * an earlier rule set (Cloudflare Pages' syntax), so a later, more specific rule can replace it.
 */
async function loadHeaderRules() {
  let text = '';
  try {
    text = await readFile(join(root, '_headers'), 'utf8');
  } catch {
    return [];
  }
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else if (line.trim().startsWith('!')) rules.at(-1)?.headers.push([line.trim().slice(1).trim(), undefined]);
    else {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

function matches(pattern, path) {
  const regex = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return regex.test(path);
}

const rules = await loadHeaderRules();

/** Files that configure the deployment, never content: `_headers` (and `_redirects`, should one appear). */
const privateNames = new Set(['_headers', '_redirects']);

/**
 * The request path as clean segments, or an HTTP status refusing it. Decoding is strict (a bad escape such as
 * `/%` is 400, not a crash); a segment that is empty is dropped (`//x` is `/x`), and one starting with a dot
 * (`.`, `..`, `.git`, `.env`) or naming a deployment file is never served.
 */
function segmentsOf(rawUrl) {
  const raw = (rawUrl ?? '/').split(/[?#]/)[0];
  if (!raw.startsWith('/')) return 400;
  let segments;
  try {
    segments = raw.split('/').map((segment) => decodeURIComponent(segment));
  } catch {
    return 400;
  }
  // A decoded segment may hide a separator or a NUL byte (`%2F`, `%5C`, `%00`): refused, not reinterpreted.
  if (segments.some((segment) => /[/\\\0]/.test(segment))) return 400;
  segments = segments.filter(Boolean);
  if (segments.some((segment) => segment.startsWith('.') || privateNames.has(segment))) return 404;
  return segments;
}

async function fileAt(segments) {
  const file = join(root, ...segments);
  try {
    const info = await stat(file);
    if (info.isFile()) return { file };
    if (info.isDirectory()) {
      const index = join(file, 'index.html');
      if ((await stat(index)).isFile()) return { file: index, directory: true };
    }
  } catch {
    // not there
  }
  return undefined;
}

async function handle(request, response) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': types['.txt'] });
    return response.end('Method not allowed');
  }
  const segments = segmentsOf(request.url);
  if (typeof segments === 'number') {
    response.writeHead(segments, { 'Content-Type': types['.txt'] });
    return response.end(segments === 400 ? 'Bad request' : 'Not found');
  }
  // The canonical path, built from the segments: never `//host` (an open redirect), never a dot-segment.
  const path = `/${segments.join('/')}`;
  const found = await fileAt(segments);
  if (found?.directory && !request.url.split(/[?#]/)[0].endsWith('/')) {
    response.writeHead(301, { Location: path === '/' ? '/' : `${path}/` });
    return response.end();
  }
  const headerPath = found?.directory && path !== '/' ? `${path}/` : path;
  for (const rule of rules) {
    if (!matches(rule.pattern, headerPath)) continue;
    for (const [name, value] of rule.headers) value === undefined ? response.removeHeader(name) : response.setHeader(name, value);
  }
  const send = (status, type, body) => {
    response.writeHead(status, { 'Content-Type': type });
    response.end(request.method === 'HEAD' ? undefined : body);
  };
  if (!found) {
    const notFound = await fileAt(['404.html']);
    return send(404, types['.html'], notFound ? await readFile(notFound.file) : 'Not found');
  }
  send(200, types[extname(found.file)] ?? 'application/octet-stream', await readFile(found.file));
}

const server = createServer((request, response) => {
  handle(request, response).catch((error) => {
    // One bad request must never stop the server for everyone else.
    console.error(error);
    if (!response.headersSent) response.writeHead(500, { 'Content-Type': types['.txt'] });
    response.end('Server error');
  });
});
server.listen(port, '127.0.0.1', () => console.log(`Serving ${root} at http://127.0.0.1:${server.address().port}/`));
