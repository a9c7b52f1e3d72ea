/**
 * `/{lang}/changes.xml`: the "What changed" page as an Atom feed, so NGOs can follow changes of the rules in a
 * feed reader. The same entries as the page, from the same change log, in the page's language.
 */
import type { APIRoute } from 'astro';
import { changeLog } from '../../rules/changes.ts';
import { todayIso } from '../../rules/dated.ts';
import { changeText } from '../../i18n/change-text.ts';
import { localeKeys, getLocale } from '../../i18n/locales.ts';
import { pagePath } from '../../i18n/routes.ts';
import { translatorFor } from '../../i18n/translator.ts';

export function getStaticPaths() {
  return localeKeys.map((lang) => ({ params: { lang } }));
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export const GET: APIRoute = ({ params, site }) => {
  const locale = getLocale(params.lang ?? 'en');
  const t = translatorFor(locale.key);
  const base = site ?? new URL('http://localhost/');
  const page = new URL(pagePath(locale.key, 'changes'), base).href;
  const built = `${todayIso()}T00:00:00Z`;
  const changes = changeLog();
  const entries = changes.map((change) => {
    const updated = change.date && change.date <= todayIso() ? `${change.date}T00:00:00Z` : built;
    const text = changeText(change, t, locale.tag);
    return [
      '<entry>',
      `<id>${escape(`${page}#${change.id}`)}</id>`,
      `<title>${escape(change.date ? text : `${t('change.announcedLabel')}. ${text}`)}</title>`,
      `<updated>${updated}</updated>`,
      `<link rel="alternate" type="text/html" href="${escape(`${page}#${change.id}`)}"/>`,
      `<summary>${escape(`${text} ${t('source.label')}: ${change.source.title}`)}</summary>`,
      '</entry>',
    ].join('');
  });
  const xml = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale.tag}">`,
    `<id>${escape(page)}</id>`,
    `<title>${escape(t('changes.feedTitle'))}</title>`,
    `<updated>${built}</updated>`,
    `<link rel="alternate" type="text/html" href="${escape(page)}"/>`,
    `<link rel="self" type="application/atom+xml" href="${escape(new URL(`${pagePath(locale.key, '')}changes.xml`, base).href)}"/>`,
    `<author><name>${escape(t('site.name'))}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
