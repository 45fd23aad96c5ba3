import { z } from 'astro/zod';
import { worksheetIds } from '../worksheets/registry';

/** Identifier of one worksheet, used by `<Worksheet id>` and by the lesson's front matter. */
export type { WorksheetId } from '../worksheets/registry';

/**
 * Front matter of a lesson in `content/lessons/`. The lesson's position comes from its file
 * name's number prefix (`01-…`), not from a field, so reordering is a rename.
 */
export const lessonSchema = z
  .object({
    /** Title shown as the page heading and in the browser tab. */
    title: z.string().trim().min(3).max(80),
    /** Short label for the sidebar and previous/next links; defaults to the title. */
    navTitle: z.string().trim().min(2).max(24).optional(),
    /** Short summary shown on the home page and in search results. */
    summary: z.string().trim().min(20).max(200),
    /** What the reader will be able to do after the lesson; each starts with a verb. */
    objectives: z.array(z.string().trim().min(10).max(120)).min(1).max(6),
    /** Honest estimate of reading plus worksheet time, in whole minutes. */
    minutes: z.number().int().min(1).max(90),
    /** Exact heading of the chapter section this lesson quotes verbatim before teaching. */
    section: z.string().trim().min(3),
    /** Worksheets this lesson holds, in the order they appear (ids from src/worksheets/registry.ts). */
    worksheets: z.array(z.enum(worksheetIds)).default([]),
  })
  .strict();

/** A lesson's validated front matter. */
export type LessonData = z.infer<typeof lessonSchema>;
