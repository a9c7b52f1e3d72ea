// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// The address the site is published at, for canonical and alternate links and the sitemap.
const site = process.env.SITE_URL ?? 'https://return-support.example.org';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  integrations: [mdx()],
  build: {
    format: 'directory',
    // Styles and scripts are files, never inline, so a strict Content-Security-Policy holds.
    inlineStylesheets: 'never',
  },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
  devToolbar: { enabled: false },
});
