import * as z from 'zod/mini';
import type { DocumentSpec } from '../lib/documents';
import { mergeRecords } from '../lib/records';
import { isoInstant } from './common';

/** Whether the reader has finished one lesson. */
export const lessonProgressSchema = z.object({
  /** The lesson's slug, e.g. `follow-up`. */
  id: z.string().check(z.minLength(1), z.maxLength(100), z.regex(/^[a-z0-9-]+$/)),
  /** True once the reader marked the lesson done; unmarking keeps the record with `false`. */
  done: z.boolean(),
  /** When the mark last changed; the later change wins when two tabs disagree. */
  updatedAt: isoInstant,
});

/** The `progress` document: one record per lesson the reader has marked. */
export const progressSchema = z.object({
  lessons: z.array(lessonProgressSchema),
});

export type LessonProgress = z.infer<typeof lessonProgressSchema>;
export type ProgressDoc = z.infer<typeof progressSchema>;

/** Storage description of the lesson-progress document. */
export const progressSpec: DocumentSpec<ProgressDoc> = {
  key: 'progress',
  title: 'Lesson progress',
  version: 1,
  schema: progressSchema,
  initial: () => ({ lessons: [] }),
  migrations: {},
  merge: (local, stored) => ({ lessons: mergeRecords(local.lessons, stored.lessons) }),
  count: (data) => data.lessons.filter((lesson) => lesson.done).length,
};
