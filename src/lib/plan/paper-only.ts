import { sectionOf, type PlanSection, type PlanSectionSource } from './model';

/**
 * A section whose worksheet stores nothing yet: it always prints as blank, ruled paper under its
 * prompts. When the worksheet gets a stored document, its entry in `index.ts` is replaced by a
 * module of its own that reads the document.
 */
export function paperOnlySection(fields: Omit<PlanSection, 'groups' | 'empty'>): PlanSectionSource {
  return {
    id: fields.id,
    title: fields.title,
    documents: [],
    build: () => sectionOf(fields, []),
  };
}

/** Lesson 4: follow-ups due in the next 30 days and unsent thank-you notes (paper for now). */
export const followUpsSection = paperOnlySection({
  id: 'follow-ups',
  title: 'Follow-ups and thank-you notes',
  lesson: { title: 'Follow-Up Strategies', href: '/lessons/follow-up/' },
  prompts: [
    'Follow-ups due in the next 30 days, promises first: who, what, by when.',
    'Thank-you notes not yet sent.',
  ],
});
