import type { PitchDoc } from '../../schemas/pitch';
import { chosenVariant, describeTarget } from '../pitch';
import { countWords, describeSeconds, speakingSeconds } from '../speaking-time';
import { sectionOf, type PlanItem, type PlanSectionSource } from './model';

/** The carried pitch as one plan item: its words, whom it is for, and how long it runs. */
function carriedItem(doc: PitchDoc): PlanItem[] {
  const carried = chosenVariant(doc);
  const text = carried.text.trim();
  if (!text) return [];
  const wpm = doc.base.wpm;
  const spoken = describeSeconds(speakingSeconds(countWords(text), wpm));
  return [
    {
      key: carried.variantId ?? 'base',
      text,
      label: carried.label,
      // A written summary is read, not said: its length is its word count.
      detail: carried.words
        ? `${countWords(text)} words · target ${describeTarget(carried)}`
        : `About ${spoken} at ${wpm} words a minute · target ${describeTarget(carried)}`,
    },
  ];
}

/** The opening line and the ask, which a reader most needs to have ready by heart. */
function rememberItems(doc: PitchDoc): PlanItem[] {
  const lines: PlanItem[] = [];
  if (doc.base.hook.trim()) lines.push({ key: 'hook', label: 'Open with', text: doc.base.hook.trim() });
  if (doc.base.ask.trim()) lines.push({ key: 'ask', label: 'Ask for', text: doc.base.ask.trim() });
  return lines;
}

/** Lesson 3: the pitch the reader chose to carry, with its opening line and its ask. */
export const pitchSection: PlanSectionSource = {
  id: 'pitch',
  title: 'Your pitch',
  documents: ['pitch'],
  build: ({ documents }) => {
    const doc = documents.pitch;
    return sectionOf(
      {
        id: 'pitch',
        title: 'Your pitch',
        lesson: { title: 'Communication Strategies', href: '/lessons/communication/' },
        prompts: [
          'Your 30-second pitch: who you are, one result you are proud of, what you are looking for.',
          'The question you end with.',
        ],
      },
      doc
        ? [
            { key: 'carried', title: 'The pitch you carry', items: carriedItem(doc) },
            { key: 'remember', title: 'Have these ready', items: rememberItems(doc) },
          ].filter((group) => group.items.length > 0)
        : [],
    );
  },
};
