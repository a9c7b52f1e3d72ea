/**
 * Content collections. Pages are MDX under `content/pages/<locale>/`, the same paths in every locale. Their
 * frontmatter is validated here: a bad field fails the build naming the file and the field. Before any page is
 * loaded, every page is checked for code it must not carry (src/content-safety/): a violation fails the build
 * naming file, line and what is not allowed.
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { pageSafetyProblems } from './content-safety/check-pages.ts';
import { pageFrontmatterSchema } from './schemas/page.ts';

// CONTENT_PAGES_DIR lets the content-safety tests build fixture pages; the site always uses content/pages.
const base = process.env.CONTENT_PAGES_DIR ?? './content/pages';
const mdxPages = glob({ pattern: '**/*.mdx', base });

const safePages: Loader = {
  ...mdxPages,
  name: 'safe-mdx-pages',
  async load(context) {
    const problems = pageSafetyProblems(base);
    if (problems.length) throw new Error(`Content that is not allowed (${problems.length}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    await mdxPages.load(context);
  },
};

const pages = defineCollection({ loader: safePages, schema: pageFrontmatterSchema });

export const collections = { pages };
