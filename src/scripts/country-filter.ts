import { localeFormat } from './locale-format.ts';
/**
 * Filter-as-you-type for the country list. The list works without this script; the script only hides items.
 * Matching ignores case and accents, so "cote" finds "Côte d’Ivoire".
 */
const foldText = (text: string) => text.normalize('NFD').replace(/\p{Mn}/gu, '').toLowerCase();
const lang = document.documentElement.lang;
const format = localeFormat(lang);

for (const root of document.querySelectorAll<HTMLElement>('[data-module="country-filter"]')) {
  const input = root.querySelector('input');
  const status = root.querySelector<HTMLElement>('[role="status"]');
  const items = [...document.querySelectorAll<HTMLElement>('.country-list li')].map((li) => ({ li, text: foldText(li.dataset.search ?? '') }));
  if (!input || !status) continue;
  root.hidden = false;
  const fold = document.querySelector('details.country-list-fold') as HTMLDetailsElement | null;
  input.addEventListener('input', () => {
    const query = foldText(input.value.trim());
    // A folded list (the home page) opens to show the matches.
    if (fold && query !== '') fold.open = true;
    let shown = 0;
    for (const item of items) {
      const match = query === '' || item.text.includes(query);
      item.li.hidden = !match;
      if (match) shown++;
    }
    // Screen readers hear how many countries match; the words for each plural form come with the page.
    const count = (status.getAttribute(`data-plural-${format.plural(shown)}`) ?? '').replace('{{count}}', () => format.number(shown));
    status.textContent = query === '' ? '' : shown === 0 ? (status.dataset.none ?? '') : count;
  });
}
