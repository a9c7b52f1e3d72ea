// The site's service worker. Built into dist/sw.js by scripts/offline-build.mjs, which fills in the build's
// version and, per language, the files a first visit keeps (home page, self-check page and its script).
// Pages: network first, so a new deployment is seen at once when online; the cached copy when offline.
// Hashed assets (/_astro/): cache first. Only this site's GET requests; answers are never in a URL, so
// nothing cached holds them. A new version deletes every cache of older versions.
const VERSION = '__VERSION__';
const CORE = __CORE__;
const PAGES = `pages-${VERSION}`;
const ASSETS = `assets-${VERSION}`;
const OFFLINE = '/offline/';

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(PAGES).then((cache) => cache.add(OFFLINE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => !name.endsWith(`-${VERSION}`)).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

async function networkFirst(request) {
  const cache = await caches.open(PAGES);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch {
    return (await cache.match(request)) ?? (await caches.match(request)) ?? (await cache.match(OFFLINE)) ?? Response.error();
  }
}

async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await (await caches.open(ASSETS)).put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') event.respondWith(networkFirst(request));
  else if (url.pathname.startsWith('/_astro/')) event.respondWith(cacheFirst(request));
});

/** Stores a list of paths: pages in the pages cache, assets in the assets cache. */
async function store(paths) {
  const [pages, assets] = await Promise.all([caches.open(PAGES), caches.open(ASSETS)]);
  await Promise.all(paths.map((path) => (path.startsWith('/_astro/') ? assets : pages).add(path)));
}

async function kept(lang) {
  return (await fetch(`/${lang}/offline.json`)).json();
}

self.addEventListener('message', (event) => {
  const { type, lang } = event.data ?? {};
  const reply = (message) => event.ports[0]?.postMessage(message);
  const work = (async () => {
    if (type === 'visited' && CORE[lang]) await store(CORE[lang]);
    else if (type === 'size' && CORE[lang]) reply(await kept(lang));
    else if (type === 'keep' && CORE[lang]) {
      const manifest = await kept(lang);
      await store([...manifest.pages, ...manifest.assets]);
      reply({ done: true, ...manifest });
    } else if (type === 'clear') {
      await Promise.all((await caches.keys()).map((name) => caches.delete(name)));
      reply({ cleared: true });
    }
  })().catch((error) => reply({ error: String(error) }));
  event.waitUntil(work);
});
