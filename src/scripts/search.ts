import { localeFormat } from './locale-format.ts';
/**
 * Site search on pagefind's JavaScript API. pagefind.js and its index start loading when the reader puts the
 * cursor in the search box, so pages weigh nothing extra until then. The first 5 results are shown as soon as
 * their fragments arrive, then the rest (a slow phone shows something at once). The query never leaves the
 * device: pagefind downloads index fragments from this site and matches locally.
 */
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options?(options: { noWorker?: boolean }): Promise<void>;
  init?(): Promise<void>;
  preload?(query: string): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
}

const base = '/pagefind/';

/**
 * pagefind loads its script, then its entry file, then the language's index metadata and WebAssembly: three
 * round trips in a row before it can look anything up. Reading the entry file ourselves while the script loads
 * lets the browser fetch the metadata and the WebAssembly at the same time (as preloads pagefind's own requests
 * then use): one round trip less, about half a second on a slow phone network.
 */
function preloadIndexFiles() {
  const lang = document.documentElement.lang.toLowerCase();
  void fetch(`${base}pagefind-entry.json?ts=${Date.now()}`)
    .then((response) => response.json() as Promise<{ languages: Record<string, { hash: string; wasm?: string }> }>)
    .then(({ languages }) => {
      const index = languages[lang] ?? languages[lang.split('-')[0]];
      if (!index) return;
      for (const file of [`pagefind.${index.hash}.pf_meta`, `wasm.${index.wasm ?? 'unknown'}.pagefind`]) {
        const link = document.createElement('link');
        link.rel = 'preload';
        link.as = 'fetch';
        link.crossOrigin = 'anonymous';
        link.href = `${base}${file}`;
        document.head.append(link);
      }
    })
    .catch(() => undefined);
}

const root = document.querySelector<HTMLElement>('[data-module="search"]');
if (root) {
  const input = root.querySelector('input') as HTMLInputElement;
  const status = root.querySelector('.search-status') as HTMLElement;
  const list = root.querySelector('.search-results') as HTMLOListElement;
  let pagefind: Promise<Pagefind> | undefined;
  let latest = 0;

  // pagefind searches on the page itself, not in a web worker: the worker script would be one more round trip
  // on a slow network before the first result, and our index is small.
  const load = () =>
    (pagefind ??= (preloadIndexFiles(), import(/* @vite-ignore */ `${base}pagefind.js`) as Promise<Pagefind>).then(async (module) => {
      await module.options?.({ noWorker: true });
      return module;
    }));

  const format = localeFormat();
  const countText = (n: number) =>
    (status.getAttribute(`data-plural-${format.plural(n)}`) ?? '').replace('{{count}}', () => format.number(n));

  function show(result: { url: string; excerpt: string; meta: { title?: string } }) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    const excerpt = document.createElement('p');
    // pagefind's excerpt is our own page text with <mark> around the match.
    excerpt.innerHTML = result.excerpt;
    item.append(link, excerpt);
    list.append(item);
  }

  async function run() {
    const query = input.value.trim();
    const run = ++latest;
    list.replaceChildren();
    if (!query) return void (status.textContent = '');
    status.textContent = status.dataset.loading ?? '';
    const search = await (await load()).search(query);
    // A newer query has started while this one loaded: its results win.
    if (run !== latest || !search) return;
    status.textContent = search.results.length === 0 ? (status.dataset.none ?? '') : countText(search.results.length);
    for (const batch of [search.results.slice(0, 5), search.results.slice(5, 20)]) {
      const results = await Promise.all(batch.map((r) => r.data()));
      if (run !== latest) return;
      results.forEach(show);
    }
  }

  // Focus is the moment the reader starts to search: load pagefind and its index metadata while they type, and
  // fetch the index chunks for what they have typed so far.
  input.addEventListener('focus', () => void load().then((p) => p.init?.()), { once: true });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') void run();
  });
  root.querySelector('.search-button')?.addEventListener('click', () => void run());
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    const query = input.value.trim();
    if (query.length > 1) void load().then((p) => p.preload?.(query));
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 250);
  });
}
