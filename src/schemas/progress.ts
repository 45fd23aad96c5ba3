import * as v from 'valibot';
import { countWhere, type DocumentSpec } from '../lib/documents';
import { mergeLists } from '../lib/records';
import { isoInstant, object } from './common';

/** Whether the reader has finished one lesson. */
export const lessonProgressSchema = object({
  /** The lesson's slug, e.g. `follow-up`. */
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100), v.regex(/^[a-z0-9-]+$/)),
  /** True once the reader marked the lesson done; unmarking keeps the record with `false`. */
  done: v.boolean(),
  /** When the mark last changed; the later change wins when two tabs disagree. */
  updatedAt: isoInstant,
});

/** The `progress` document: one record per lesson the reader has marked. */
export const progressSchema = object({
  lessons: v.array(lessonProgressSchema),
});

export type LessonProgress = v.InferOutput<typeof lessonProgressSchema>;
export type ProgressDoc = v.InferOutput<typeof progressSchema>;

/** Storage description of the lesson-progress document. */
export const progressSpec: DocumentSpec<ProgressDoc> = {
  key: 'progress',
  title: 'Lesson progress',
  version: 1,
  schema: progressSchema,
  initial: () => ({ lessons: [] }),
  migrations: {},
  merge: (local, stored, base) => mergeLists(local, stored, base, ['lessons']),
  count: (data) => countWhere(data, 'lessons', (lesson) => lesson['done'] === true),
};
