/** The minimum a lesson entry needs for ordering and navigation. */
export interface LessonRef {
  /** Collection id: the file name without extension, e.g. `01-establishing-clear-goals`. */
  id: string;
  data: { title: string; navTitle?: string | undefined };
}

/** A lesson placed in reading order with its public address. */
export interface OrderedLesson<T extends LessonRef> {
  entry: T;
  /** 1-based position in the workbook, from the file name's number prefix. */
  number: number;
  /** URL segment: the id without its number prefix. */
  slug: string;
  /** Address of the lesson page. */
  href: string;
  /** Label for navigation: `navTitle`, else the title. */
  label: string;
}

const PREFIX = /^(\d+)-(.+)$/;

/** Splits `01-establishing-clear-goals` into its number and slug; throws on ids without a prefix. */
export function parseLessonId(id: string): { number: number; slug: string } {
  const match = PREFIX.exec(id);
  if (!match?.[1] || !match[2]) {
    throw new Error(`Lesson "${id}" needs a number prefix such as "01-" to place it in the workbook.`);
  }
  return { number: Number(match[1]), slug: match[2] };
}

/** Address of a lesson page from its slug. */
export function lessonHref(slug: string): string {
  return `/lessons/${slug}/`;
}

/**
 * Puts lessons in reading order. Two lessons with the same number or the same slug would make
 * navigation ambiguous, so that is an error at build time rather than a surprise for readers.
 */
export function orderLessons<T extends LessonRef>(entries: readonly T[]): OrderedLesson<T>[] {
  const ordered = entries
    .map((entry) => {
      const { number, slug } = parseLessonId(entry.id);
      return { entry, number, slug, href: lessonHref(slug), label: entry.data.navTitle ?? entry.data.title };
    })
    .sort((a, b) => a.number - b.number);
  for (let i = 1; i < ordered.length; i++) {
    const [before, here] = [ordered[i - 1]!, ordered[i]!];
    if (before.number === here.number) {
      throw new Error(`Lessons "${before.entry.id}" and "${here.entry.id}" share the number ${here.number}.`);
    }
  }
  const slugs = new Set(ordered.map((lesson) => lesson.slug));
  if (slugs.size !== ordered.length) throw new Error('Two lessons share the same slug.');
  return ordered;
}

/** The lessons before and after `slug` in reading order (undefined at either end). */
export function neighbours<T>(ordered: readonly (T & { slug: string })[], slug: string) {
  const index = ordered.findIndex((lesson) => lesson.slug === slug);
  if (index < 0) throw new Error(`No lesson with slug "${slug}".`);
  return { previous: ordered[index - 1], next: ordered[index + 1] };
}

/**
 * The lesson that holds each worksheet, by worksheet id, as the action plan names it: "From
 * Establishing Clear Goals". Taken from the lessons' front matter, so a renamed or re-titled
 * lesson needs no change in the plan. A worksheet two lessons list keeps the first.
 */
export function lessonLinks(
  ordered: readonly { entry: { data: { title: string; worksheets?: readonly string[] } }; href: string }[],
): Record<string, { title: string; href: string }> {
  const links: Record<string, { title: string; href: string }> = {};
  for (const lesson of ordered) {
    for (const id of lesson.entry.data.worksheets ?? []) {
      links[id] ??= { title: lesson.entry.data.title, href: lesson.href };
    }
  }
  return links;
}
