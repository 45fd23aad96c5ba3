import { getCollection, type CollectionEntry } from 'astro:content';
import chapterText from '../../content/chapter/networking-chapter.txt?raw';
import { parseChapter } from '../lib/chapter';
import { orderLessons } from '../lib/lessons';

/** A lesson entry as the content collection returns it. */
export type LessonEntry = CollectionEntry<'lessons'>;

/** The chapter the workbook teaches, parsed once per build. */
export const chapter = parseChapter(chapterText);

/** Every lesson in reading order, with its number, slug and address. */
export async function getLessons() {
  return orderLessons(await getCollection('lessons'));
}

/** Total reading and worksheet time of the workbook, in minutes. */
export function totalMinutes(lessons: readonly { entry: LessonEntry }[]): number {
  return lessons.reduce((sum, lesson) => sum + lesson.entry.data.minutes, 0);
}
