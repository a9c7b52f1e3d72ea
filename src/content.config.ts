/**
 * Content collections. Pages are MDX under `content/pages/<locale>/`, the same paths in every locale. Their
 * frontmatter is validated here: a bad field fails the build naming the file and the field.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageFrontmatterSchema } from './schemas/page.ts';

// CONTENT_PAGES_DIR lets the content-safety tests build fixture pages; the site always uses content/pages.
const pages = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: process.env.CONTENT_PAGES_DIR ?? './content/pages' }),
  schema: pageFrontmatterSchema,
});

export const collections = { pages };
