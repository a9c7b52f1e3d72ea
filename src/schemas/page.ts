/** Frontmatter of a content page. */
import { z } from 'astro/zod';
import { programmeIds } from '../rules/programmes/index.ts';
import { translationMetaSchema } from '../i18n/translation-status.ts';

/** Page types with a part built from data or scripts, placed after the page's prose. */
export const widgets = ['home', 'countries', 'self-check', 'search', 'about', 'contact', 'changes'] as const;

export const pageFrontmatterSchema = z.strictObject({
  title: z.string().min(1, 'expected the page title'),
  description: z.string().min(1, 'expected a one-sentence description of the page'),
  translation: translationMetaSchema,
  widget: z.enum(widgets).optional(),
  /** Programmes the page is about; unknown ids fail the build. */
  programmes: z.array(z.enum(programmeIds as unknown as [string, ...string[]])).default([]),
});

export type PageFrontmatter = z.infer<typeof pageFrontmatterSchema>;
