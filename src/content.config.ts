import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema } from './schemas/lesson';

/**
 * One MDX file per chapter section. Files starting with `_` are drafts and are skipped, so a
 * lesson can be written in place before it appears in navigation.
 */
const lessons = defineCollection({
  loader: glob({ pattern: ['**/*.mdx', '!**/_*'], base: './content/lessons' }),
  schema: lessonSchema,
});

export const collections = { lessons };
