import { computed } from 'nanostores';
import { progressSpec, type ProgressDoc } from '../schemas/progress';
import { persisted } from '../persistence/document-store';

/** The reader's lesson progress, stored under `progress`. */
export const progress = persisted(progressSpec);

/** The progress document as islands read it. */
export const $progress = progress.$data;

/** Slugs of the lessons marked done. */
export const $doneLessons = computed($progress, (doc) =>
  doc.lessons.filter((lesson) => lesson.done).map((lesson) => lesson.id),
);

/** Sets a lesson's done mark; a pure change to the document, exported for tests. */
export function withLessonDone(doc: ProgressDoc, slug: string, done: boolean, now: Date): ProgressDoc {
  const updatedAt = now.toISOString();
  const exists = doc.lessons.some((lesson) => lesson.id === slug);
  return {
    lessons: exists
      ? doc.lessons.map((lesson) => (lesson.id === slug ? { ...lesson, done, updatedAt } : lesson))
      : [...doc.lessons, { id: slug, done, updatedAt }],
  };
}

/** Marks a lesson done or not done. */
export function setLessonDone(slug: string, done: boolean, now = new Date()): void {
  progress.update((doc) => withLessonDone(doc, slug, done, now));
}
