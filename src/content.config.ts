/**
 * Content collections. Pages are MDX under `content/pages/<locale>/`, the same paths in every locale. Their
 * frontmatter is validated here: a bad field fails the build naming the file and the field.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageFrontmatterSchema } from './schemas/page.ts';

const pages = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/pages' }),
  schema: pageFrontmatterSchema,
});

export const collections = { pages };
