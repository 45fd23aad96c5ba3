/**
 * The SMART check of the goal-setting worksheet: for each letter, whether a goal passes and, in
 * the reader's words, what is still vague. Plain functions over plain data; no DOM, no storage.
 */
import { daysBetween, type CalendarDate } from '../../lib/dates';

/** The parts of a goal the check reads. */
export interface SmartGoal {
  text: string;
  metric: string;
  target: number | null;
  deadline: CalendarDate | null;
  objectiveId: string | null;
  achievable: string;
}

/** The outcome for one letter. */
export interface SmartResult {
  ok: boolean;
  /** Why it passes, or what to change, in one sentence. */
  reason: string;
}

/** The letters in order, with the word each stands for. */
export const smartLetters = [
  ['S', 'Specific'],
  ['M', 'Measurable'],
  ['A', 'Achievable'],
  ['R', 'Relevant'],
  ['T', 'Time-bound'],
] as const;

/** One of S, M, A, R, T. */
export type SmartLetter = (typeof smartLetters)[number][0];

/** The outcome for every letter. */
export type SmartCheck = Record<SmartLetter, SmartResult>;

/**
 * Verbs a networking goal usually starts with. A goal that opens with one names an action the
 * reader takes; anything else ("Networking", "My goal is …") is usually a wish, not a plan.
 */
export const actionVerbs: ReadonlySet<string> = new Set([
  'access',
  'apply',
  'arrange',
  'ask',
  'attend',
  'book',
  'build',
  'call',
  'chair',
  'coach',
  'collect',
  'complete',
  'conduct',
  'connect',
  'contact',
  'contribute',
  'create',
  'deliver',
  'develop',
  'earn',
  'email',
  'finish',
  'follow',
  'gather',
  'get',
  'give',
  'grow',
  'have',
  'help',
  'hold',
  'host',
  'interview',
  'introduce',
  'invite',
  'join',
  'land',
  'launch',
  'lead',
  'learn',
  'list',
  'mentor',
  'message',
  'meet',
  'organise',
  'organize',
  'pitch',
  'post',
  'present',
  'publish',
  'reach',
  'recruit',
  'request',
  'review',
  'run',
  'schedule',
  'secure',
  'send',
  'set',
  'share',
  'sign',
  'speak',
  'start',
  'submit',
  'talk',
  'teach',
  'visit',
  'volunteer',
  'win',
  'write',
]);

/**
 * Words that make a goal impossible to check: compared with what, how much? Matched as whole
 * words, so "somebody" or "bettering" do not trip them.
 */
export const vagueWords = [
  // Phrases first, so the reason quotes the whole phrase.
  'network more',
  'more',
  'better',
  'some',
  'several',
  'various',
  'many',
  'few',
  'stuff',
  'things',
  'somehow',
  'maybe',
  'try',
] as const;

/** Fewer words than this rarely say what and with whom. */
export const MIN_WORDS = 4;
/** More of anything per week than this is not realistic next to a job. */
export const MAX_PER_WEEK = 5;
/** A deadline further away than this gives no pressure to start; split the goal. */
export const MAX_DAYS_AHEAD = 730;

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[“”"'‘’.,;:!?()]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);

function findVague(text: string): string | undefined {
  const found = words(text);
  const joined = ` ${found.join(' ')} `;
  return vagueWords.find((word) => joined.includes(` ${word} `));
}

const months =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';

/**
 * The number a goal's text counts toward, e.g. 12 in "Meet 12 product analysts": digits followed
 * by a word. Dates and durations are not targets, so a number after a month or "by", a year, and
 * a number joined by a hyphen ("20-minute calls") are skipped.
 */
export function numberInText(text: string): number | null {
  const pattern = /(^|[^\w.-])(\d+(?:\.\d+)?)(?=\s+[a-z])/gi;
  const skipAfter = new RegExp(`\\b(?:${months}|by|before|until|till|on|in|from|to)\\s*$`, 'i');
  for (const match of text.matchAll(pattern)) {
    const value = Number(match[2]);
    const before = text.slice(0, match.index + match[1]!.length);
    if (skipAfter.test(before)) continue;
    if (/^\d{4}$/.test(match[2]!) && value >= 1900 && value <= 2200) continue;
    return value;
  }
  return null;
}

function specific(goal: SmartGoal): SmartResult {
  const text = goal.text.trim();
  if (!text) return { ok: false, reason: 'Write the goal: what exactly will you do, and with whom?' };
  const list = words(text);
  const first = list[0] ?? '';
  if (list.length < MIN_WORDS) {
    return { ok: false, reason: 'Say more: name the action and who it involves (at least four words).' };
  }
  if (!actionVerbs.has(first)) {
    const asWritten = (text.split(/\s+/)[0] ?? '').replace(/^[“"‘']+|[,.;:!?…”"’']+$/g, '');
    return {
      ok: false,
      reason: `Start with an action verb, such as “Meet”, “Attend” or “Publish”, not “${asWritten}”.`,
    };
  }
  const vague = findVague(text);
  if (vague) {
    return { ok: false, reason: `“${vague}” is vague: say exactly what or how many instead.` };
  }
  return { ok: true, reason: 'Names an action and who it involves.' };
}

/**
 * The target the goal counts toward: the target field, or else a number written in the goal's
 * text ("Meet 12 analysts"), so a reader who wrote the number once is not asked for it twice.
 * The metric is still asked for: the text's number alone does not say what is counted.
 */
export function effectiveTarget(goal: SmartGoal): number | null {
  return goal.target ?? numberInText(goal.text);
}

function measurable(goal: SmartGoal): SmartResult {
  const target = effectiveTarget(goal);
  // Without the punctuation the reader may have typed after it, which would double the sentence's.
  const metric = goal.metric.trim().replace(/[\s.,;:]+$/, '');
  if (!metric && target === null) {
    return { ok: false, reason: 'Name what you will count and a target number, e.g. 12 conversations.' };
  }
  if (!metric) return { ok: false, reason: 'Name what you will count, e.g. “conversations held”.' };
  if (target === null) return { ok: false, reason: `Add a target number of ${metric}.` };
  if (target <= 0) return { ok: false, reason: 'Set a target above zero.' };
  const fromText = goal.target === null ? ' (from the goal’s text)' : '';
  return { ok: true, reason: `Counts ${metric}, target ${target}${fromText}.` };
}

function achievable(goal: SmartGoal, today: CalendarDate): SmartResult {
  const target = effectiveTarget(goal);
  if (target !== null && goal.deadline && goal.deadline >= today) {
    // At least one week, so a deadline this week is not read as infinitely fast.
    const weeks = Math.max(daysBetween(today, goal.deadline), 7) / 7;
    const perWeek = target / weeks;
    if (perWeek > MAX_PER_WEEK) {
      return {
        ok: false,
        reason: `That is about ${Math.round(perWeek)} a week until the deadline: lower the target or move the date.`,
      };
    }
  }
  if (!goal.achievable.trim()) {
    return { ok: false, reason: 'Note the time per week it needs and what you have to make it happen.' };
  }
  return { ok: true, reason: 'You have noted the time and resources it needs.' };
}

function relevant(goal: SmartGoal, objectives: readonly { id: string; text: string }[]): SmartResult {
  if (!goal.objectiveId) return { ok: false, reason: 'Link it to one of your career objectives.' };
  const objective = objectives.find((o) => o.id === goal.objectiveId);
  if (!objective) return { ok: false, reason: 'Its objective was deleted: link it to another one.' };
  const quoted = objective.text.trim();
  return {
    ok: true,
    // An objective typed as a sentence ("… by mid-2027.") already ends this one.
    reason: quoted ? `Serves “${quoted}”${/[.!?…]$/.test(quoted) ? '' : '.'}` : 'Serves an objective.',
  };
}

function timeBound(goal: SmartGoal, today: CalendarDate): SmartResult {
  if (!goal.deadline) return { ok: false, reason: 'Give it a calendar date, not “this spring”.' };
  const days = daysBetween(today, goal.deadline);
  if (days < 0)
    return { ok: false, reason: 'The deadline has passed: set a new date or mark what you reached.' };
  if (days > MAX_DAYS_AHEAD) {
    return { ok: false, reason: 'More than two years away: choose a nearer date, or split the goal.' };
  }
  return {
    ok: true,
    reason: `Due in ${days === 0 ? 'less than a day' : days === 1 ? '1 day' : `${days} days`}.`,
  };
}

/** Checks one goal against the five SMART tests, as of `today`. */
export function checkSmart(
  goal: SmartGoal,
  objectives: readonly { id: string; text: string }[],
  today: CalendarDate,
): SmartCheck {
  return {
    S: specific(goal),
    M: measurable(goal),
    A: achievable(goal, today),
    R: relevant(goal, objectives),
    T: timeBound(goal, today),
  };
}

/** How many of the five letters pass. */
export function smartScore(check: SmartCheck): number {
  return smartLetters.filter(([letter]) => check[letter].ok).length;
}

// Progress is not part of the check; it lives in its own module so the action plan can show it
// without loading the check.
export { goalProgress, type GoalProgress } from './progress';
