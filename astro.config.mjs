// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// The address the site is published at, for canonical and alternate links and the sitemap.
const site = process.env.SITE_URL ?? 'https://return-support.example.org';

/**
 * The browser self-check needs only each country group's members; the notes and tiers kept beside them for
 * maintainers stay out of the script readers download (the build and the command still read whole files).
 */
/** @returns {import('vite').Plugin} */
function countryGroupsForBrowser() {
  return {
    name: 'country-groups-for-browser',
    enforce: 'pre',
    transform(code, id) {
      if (this.environment?.config?.consumer !== 'client' || !/content\/data\/country-groups\/[^/]+\.json$/.test(id)) return;
      const { notes, memberNotes, tiers, ...used } = JSON.parse(code);
      return { code: JSON.stringify(used), map: null };
    },
  };
}

export default defineConfig({
  site,
  output: 'static',
  // A separate cache lets the content-safety tests build fixtures without touching the site's content cache.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  integrations: [mdx()],
  build: {
    format: 'directory',
    // Styles and scripts are files, never inline, so a strict Content-Security-Policy holds.
    inlineStylesheets: 'never',
  },
  vite: {
    plugins: [countryGroupsForBrowser()],
    build: { assetsInlineLimit: 0 },
  },
  devToolbar: { enabled: false },
});
