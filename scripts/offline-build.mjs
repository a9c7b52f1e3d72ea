// After `astro build`: writes, per language, dist/{lang}/offline.json (what "keep this language on my phone"
// stores: every page but the country pages, and the site's assets, with their sizes as stored and as
// downloaded with Brotli) and dist/sw.js (the service worker, with this build's version and, per language, what
// a first visit keeps: home page, self-check page, the stylesheet and the self-check's script with its imports).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, process.argv[2] ?? 'dist');
const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
const urlOf = (file) => `/${relative(dist, file).replace(/index\.html$/, '')}`;
const fileOf = (url) => join(dist, url.endsWith('/') ? `${url}index.html` : url);

const languages = readdirSync(dist, { withFileTypes: true })
  .filter((e) => e.isDirectory() && /^[a-z]{2,3}(-[A-Za-z0-9]+)?$/.test(e.name) && statSync(join(dist, e.name, 'index.html'), { throwIfNoEntry: false }))
  .map((e) => e.name);
const assets = readdirSync(join(dist, '_astro')).map((name) => `/_astro/${name}`);

/** A page's stylesheet and scripts, with the modules they import (statically: what must be there to run). */
function filesOf(page) {
  const html = readFileSync(fileOf(page), 'utf8');
  const direct = [...html.matchAll(/(?:href|src)="(\/_astro\/[^"]+)"/g)].map((m) => m[1]);
  const found = new Set();
  const visit = (url) => {
    if (found.has(url)) return;
    found.add(url);
    if (!url.endsWith('.js')) return;
    const code = readFileSync(fileOf(url), 'utf8');
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w${}\s,*]+from\s*)?["'](\.\/[^"']+\.js)["']/g)) visit(`/_astro/${m[1].slice(2)}`);
  };
  direct.forEach(visit);
  return [...found];
}

const sizes = (urls) => urls.reduce((sum, url) => {
  const body = readFileSync(fileOf(url));
  return { bytes: sum.bytes + body.length, transferBytes: sum.transferBytes + brotliCompressSync(body).length };
}, { bytes: 0, transferBytes: 0 });

const core = {};
const manifests = {};
for (const lang of languages) {
  const pages = walk(join(dist, lang))
    .filter((file) => file.endsWith('index.html') && !/\/countries\/[a-z]{2}\/index\.html$/.test(file))
    .map(urlOf)
    .sort();
  manifests[lang] = { lang, pages, assets, ...sizes([...pages, ...assets]) };
  const corePages = [`/${lang}/`, `/${lang}/self-check/`];
  core[lang] = [...new Set([...corePages, ...corePages.flatMap(filesOf)])];
}
const version = createHash('sha256').update(JSON.stringify({ manifests, assets: assets.map((a) => [a, sizes([a]).bytes]) })).digest('hex').slice(0, 12);
for (const [lang, manifest] of Object.entries(manifests)) writeFileSync(join(dist, lang, 'offline.json'), JSON.stringify({ version, ...manifest }));
const worker = readFileSync(join(root, 'src/offline/service-worker.js'), 'utf8').replace("'__VERSION__'", JSON.stringify(version)).replace('__CORE__', JSON.stringify(core));
writeFileSync(join(dist, 'sw.js'), worker);
console.log(`offline: sw.js version ${version}; kept per language: ${Object.values(manifests).map((m) => `${m.lang} ${Math.round(m.transferBytes / 1024)} KB`).join(', ')}`);
