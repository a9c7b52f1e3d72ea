/**
 * Site search on pagefind's JavaScript API. pagefind.js and its index are loaded only when the reader first
 * searches, so pages weigh nothing extra until then. The query never leaves the device: pagefind downloads
 * index fragments from this site and matches locally.
 */
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

const root = document.querySelector<HTMLFormElement>('[data-module="search"]');
if (root) {
  const input = root.querySelector('input') as HTMLInputElement;
  const status = root.querySelector('.search-status') as HTMLElement;
  const list = root.querySelector('.search-results') as HTMLOListElement;
  let pagefind: Promise<Pagefind> | undefined;
  root.hidden = false;

  const load = () => (pagefind ??= import(/* @vite-ignore */ `${'/pagefind/'}pagefind.js`) as Promise<Pagefind>);

  const lang = document.documentElement.lang;
  // Each script picks its plural form itself: a shared module would be one more request on every page.
  const countText = (n: number) =>
    (status.getAttribute(`data-plural-${new Intl.PluralRules(lang).select(n)}`) ?? '').replace('{{count}}', new Intl.NumberFormat(lang).format(n));

  async function run() {
    const query = input.value.trim();
    list.replaceChildren();
    if (!query) return;
    status.textContent = status.dataset.loading ?? '';
    const search = await (await load()).search(query);
    const results = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
    status.textContent = results.length === 0 ? (status.dataset.none ?? '') : countText(search.results.length);
    for (const result of results) {
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
  }

  root.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 250);
  });
}
