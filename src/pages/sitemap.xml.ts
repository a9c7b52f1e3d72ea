/** sitemap.xml: every page in every language, each with its alternates in the other languages. */
import type { APIRoute } from 'astro';
import { countries } from '../rules/countries.ts';
import { getLocale, locales } from '../i18n/locales.ts';
import { routedPages } from '../i18n/pages.ts';
import { alternates, pagePath } from '../i18n/routes.ts';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export const GET: APIRoute = async ({ site }) => {
  const base = site ?? new URL('http://localhost/');
  const contentSlugs = [...new Set((await routedPages()).map((page) => page.slug))];
  const slugs = [...contentSlugs, ...countries.map((c) => `countries/${c.code.toLowerCase()}`)];
  const entries = slugs.flatMap((slug) =>
    locales.map((locale) => {
      const links = alternates(slug)
        .map((alt) => `<xhtml:link rel="alternate" hreflang="${getLocale(alt.locale).tag}" href="${escape(new URL(alt.path, base).href)}"/>`)
        .join('');
      return `<url><loc>${escape(new URL(pagePath(locale.key, slug), base).href)}</loc>${links}</url>`;
    }),
  );
  const root = `<url><loc>${escape(new URL('/', base).href)}</loc></url>`;
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${[root, ...entries].join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
