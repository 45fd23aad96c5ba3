/**
 * The listening and communication style self-check of lesson 3: its statements, grouped into
 * areas, the scores of a take, tips for the weakest areas, and the change between two takes. Pure.
 */

/** The areas the statements are grouped into. */
export const checkAreas = ['listening', 'questions', 'balance', 'adapting'] as const;

/** One area of the self-check. */
export type CheckArea = (typeof checkAreas)[number];

/** What each area is called, and what to try when it scores lowest (from the lesson's steps 5 to 7). */
export const areaInfo: Record<CheckArea, { label: string; tip: string }> = {
  listening: {
    label: 'Active listening',
    tip: 'Before you answer, say back what you heard in one sentence (“So the hard part was…?”) and wait for them to confirm or correct it.',
  },
  questions: {
    label: 'Follow-up questions',
    tip: 'Ask at least one follow-up built on their last answer before you change the subject or move to your next prepared question.',
  },
  balance: {
    label: 'Talking and pausing',
    tip: 'Aim to talk less than half the time: after you finish a point, stop and let the silence invite them in.',
  },
  adapting: {
    label: 'Adapting your style',
    tip: 'Before each conversation, decide three things: how much detail this person wants, how formal the setting is, and how much time they have.',
  },
};

/** The statements the reader rates from 1 (rarely true) to 5 (almost always true). */
export const statements: readonly { id: string; area: CheckArea; text: string }[] = [
  { id: 'paraphrase', area: 'listening', text: 'I paraphrase what I heard before I respond.' },
  {
    id: 'attention',
    area: 'listening',
    text: 'While the other person talks, I listen instead of planning my next sentence.',
  },
  {
    id: 'names',
    area: 'listening',
    text: 'Afterwards I can recall the names, problems and details the other person mentioned.',
  },
  {
    id: 'follow-up',
    area: 'questions',
    text: 'I ask follow-up questions built on the other person’s answer.',
  },
  {
    id: 'open',
    area: 'questions',
    text: 'I ask open questions (how, what, why) rather than yes-or-no ones.',
  },
  { id: 'share', area: 'balance', text: 'I talk less than half the time in a one-to-one conversation.' },
  { id: 'interrupt', area: 'balance', text: 'I let people finish their thought without interrupting.' },
  {
    id: 'detail',
    area: 'adapting',
    text: 'I adjust my level of detail to the person: specifics for a peer, the headline for a senior leader.',
  },
  {
    id: 'formality',
    area: 'adapting',
    text: 'I adjust how formal I am to the setting, from a conference reception to a friend’s barbecue.',
  },
  { id: 'pace', area: 'adapting', text: 'I notice when someone is short of time and shorten what I say.' },
];

/** Ratings of a take: statement id to 1–5. */
export type Ratings = Readonly<Record<string, number>>;

/** The score of one area: the mean of its statements' ratings, or null while none is rated. */
export interface AreaScore {
  area: CheckArea;
  label: string;
  score: number | null;
  /** How many of the area's statements are rated. */
  rated: number;
  total: number;
}

const isRating = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;

/** Each area's score, in the areas' order; ratings of unknown statements are ignored. */
export function scoreAreas(ratings: Ratings): AreaScore[] {
  return checkAreas.map((area) => {
    const mine = statements.filter((statement) => statement.area === area);
    const values = mine.map((statement) => ratings[statement.id]).filter(isRating);
    const score = values.length
      ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10
      : null;
    return { area, label: areaInfo[area].label, score, rated: values.length, total: mine.length };
  });
}

/** Statements still unrated in a take, in order. */
export function unrated(ratings: Ratings): string[] {
  return statements.filter((statement) => !isRating(ratings[statement.id])).map((statement) => statement.id);
}

/** The overall score: the mean of all rated statements, one decimal, or null when none is rated. */
export function overallScore(ratings: Ratings): number | null {
  const values = statements.map((statement) => ratings[statement.id]).filter(isRating);
  if (values.length === 0) return null;
  return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
}

/**
 * Tips for the weakest areas: the lowest-scoring areas (ties included), at most two unless tied,
 * and only those under 4, since an area the reader already rates 4 or more needs no tip.
 */
export function tipsFor(ratings: Ratings): { area: CheckArea; label: string; score: number; tip: string }[] {
  const scored = scoreAreas(ratings).filter(
    (entry): entry is AreaScore & { score: number } => entry.score !== null && entry.score < 4,
  );
  const sorted = [...scored].sort((a, b) => a.score - b.score);
  const cutoff = sorted[Math.min(1, sorted.length - 1)]?.score;
  return sorted
    .filter((entry) => cutoff !== undefined && entry.score <= cutoff)
    .map((entry) => ({
      area: entry.area,
      label: entry.label,
      score: entry.score,
      tip: areaInfo[entry.area].tip,
    }));
}

/** How one area moved between two takes, in words. */
export interface AreaChange {
  area: CheckArea;
  label: string;
  before: number | null;
  after: number | null;
  delta: number | null;
  /** "Active listening: up 1.0 (from 2.0 to 3.0)". */
  text: string;
}

/** The change in each area from an earlier take to a later one. */
export function compareTakes(earlier: Ratings, later: Ratings): AreaChange[] {
  const before = scoreAreas(earlier);
  const after = scoreAreas(later);
  return after.map((entry, index) => {
    const old = before[index]!.score;
    const now = entry.score;
    if (old === null || now === null)
      return {
        area: entry.area,
        label: entry.label,
        before: old,
        after: now,
        delta: null,
        text: `${entry.label}: not rated both times.`,
      };
    const delta = Math.round((now - old) * 10) / 10;
    const change =
      delta > 0 ? `up ${delta.toFixed(1)}` : delta < 0 ? `down ${Math.abs(delta).toFixed(1)}` : 'no change';
    return {
      area: entry.area,
      label: entry.label,
      before: old,
      after: now,
      delta,
      text: `${entry.label}: ${change} (from ${old.toFixed(1)} to ${now.toFixed(1)}).`,
    };
  });
}
