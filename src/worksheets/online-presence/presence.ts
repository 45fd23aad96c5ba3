/**
 * The online presence checklist of lesson 3: the profile items and how complete they are. Pure.
 */

/** The profile items, in the order the lesson works through them. */
export const presenceItems = [
  'headline',
  'summary',
  'photo',
  'experience',
  'activity',
  'skills',
  'recommendations',
] as const;

/** One profile item. */
export type PresenceItem = (typeof presenceItems)[number];

/** Each item's name and what "done" means, from step 8 of the lesson. */
export const presenceInfo: Record<PresenceItem, { label: string; check: string; note: string }> = {
  headline: {
    label: 'Headline',
    check: 'Says your role plus your value or direction, not just a job title.',
    note: 'Your new headline',
  },
  summary: {
    label: 'Summary',
    check: 'Your written pitch in the first person, 150 to 250 words, ending with what you are open to.',
    note: 'Your summary, or what you will change',
  },
  photo: {
    label: 'Photo',
    check: 'Recent, your face clearly visible, good light, plain background.',
    note: 'What you will change, and when',
  },
  experience: {
    label: 'Experience',
    check: 'Your last two roles each list two or three outcomes with numbers.',
    note: 'The outcomes you will add',
  },
  activity: {
    label: 'Activity',
    check: 'One post or two thoughtful comments a week on topics linked to your goals.',
    note: 'What you will post or comment on in the next four weeks',
  },
  skills: {
    label: 'Skills',
    check: 'The skills listed match the ones in postings for the role you want.',
    note: 'Skills to add or remove',
  },
  recommendations: {
    label: 'Recommendations',
    check: 'At least one recent recommendation from someone who saw your work.',
    note: 'Whom you will ask',
  },
};

/** Completion of the checklist, as a count, a whole percentage and a sentence. */
export function completion(done: (item: PresenceItem) => boolean): {
  done: number;
  total: number;
  percent: number;
  text: string;
} {
  const total = presenceItems.length;
  const count = presenceItems.filter(done).length;
  const percent = Math.round((count / total) * 100);
  return { done: count, total, percent, text: `${count} of ${total} items done (${percent} percent).` };
}
