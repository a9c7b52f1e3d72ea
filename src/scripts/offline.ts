import { localeFormat } from './locale-format.ts';
/**
 * Offline use: registers the service worker (dist/sw.js) and tells it which language the reader visits, so its
 * home page and self-check stay usable offline. With the "keep this language" controls on the page (home and
 * about), shows the size first, then keeps or removes the saved pages. Talks only to the service worker; the
 * worker fetches only from this site.
 */
const ask = (worker: ServiceWorker, message: object) =>
  new Promise<Record<string, unknown>>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => resolve(event.data as Record<string, unknown>);
    worker.postMessage(message, [channel.port2]);
  });

if ('serviceWorker' in navigator) {
  const lang = document.documentElement.dataset.locale ?? document.documentElement.lang;
  void navigator.serviceWorker.register('/sw.js').then(async () => {
    const worker = (await navigator.serviceWorker.ready).active;
    if (!worker) return;
    worker.postMessage({ type: 'visited', lang });
    const controls = document.querySelector<HTMLElement>('[data-module="offline"]');
    if (!controls) return;
    const status = controls.querySelector('[role="status"]') as HTMLElement;
    const kb = (bytes: unknown) => localeFormat().number(Number(bytes) / 1024);
    const say = (key: string, size?: unknown) => (status.textContent = (controls.dataset[key] ?? '').replace('{{size}}', () => kb(size)));
    const size = await ask(worker, { type: 'size', lang });
    say('size', size.transferBytes);
    controls.hidden = false;
    controls.querySelector('.offline-keep')?.addEventListener('click', async () => {
      say('saving');
      const result = await ask(worker, { type: 'keep', lang });
      say(result.done ? 'saved' : 'failed', result.transferBytes);
    });
    controls.querySelector('.offline-clear')?.addEventListener('click', async () => {
      await ask(worker, { type: 'clear' });
      say('cleared');
    });
  });
}
