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
      const { notes, memberNotes, tiers, memberPeriods, ...used } = JSON.parse(code);
      // Member periods keep their dates (the rules need them), not the passage that dates them.
      const periods = Object.fromEntries(Object.entries(memberPeriods ?? {}).map(([code, { passage, ...dates }]) => [code, dates]));
      return { code: JSON.stringify({ ...used, memberPeriods: periods }), map: null };
    },
  };
}

/**
 * The self-check shows each condition's source by publisher and title; the quoted passage is for maintainers and
 * the command. In the browser build the passages are emptied, to keep the self-check small on slow connections.
 */
/** @returns {import('vite').Plugin} */
function citationPassagesForBrowser() {
  const quoted = String.raw`'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"`;
  const helperCall = new RegExp(String.raw`\b(avrr|assistance|seed|overview|rean)\((?:${quoted})\)`, 'g');
  const passageField = new RegExp(String.raw`\b(passage: |const \w*[pP]assage = )(?:${quoted})`, 'g');
  return {
    name: 'citation-passages-for-browser',
    enforce: 'pre',
    transform(code, id) {
      if (this.environment?.config?.consumer !== 'client' || !/src\/(rules\/programmes\/[^/]+|facts\/contacts)\.ts$/.test(id)) return;
      return { code: code.replace(helperCall, "$1('')").replace(passageField, "$1''"), map: null };
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
    plugins: [countryGroupsForBrowser(), citationPassagesForBrowser()],
    build: { assetsInlineLimit: 0 },
  },
  devToolbar: { enabled: false },
});
