/**
 * Reads the notes a reader logs after a conversation (fragments, full sentences, tasks) into
 * pieces a letter to that contact can use. The notes are written about the contact, for the
 * reader; the letter speaks to the contact, so "her move to Lisbon" becomes "your move to Lisbon".
 */

/** The words a note can be checked against to keep names capitalised: "Clearpath" stays so. */
export type ProperNames = ReadonlySet<string>;

/** The capitalised words of a contact's name, organisation and where they met. */
export function makeProperNames(...texts: string[]): ProperNames {
  return new Set(texts.join(' ').match(/\p{Lu}[\p{L}-]*/gu) ?? []);
}

/** A note with its spaces collapsed and without wrapping quotes or final punctuation. */
export function tidyNote(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["“‘]+|["”’]+$/g, '')
    .replace(/[\s.!?;:,…]+$/u, '');
}

/** Its first sentence, when a note holds several. */
const firstSentence = (text: string) => text.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0]!;

const word = (text: string) => /^[\p{L}'’-]+/u.exec(text)?.[0] ?? '';

/** Lower-cases the first letter, unless the first word is a name or an acronym. */
function lowerFirst(text: string, names: ProperNames): string {
  const first = word(text).replace(/['’]s$/, '');
  if (names.has(first) || /\p{Lu}/u.test(first.slice(1)) || first === 'I') return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Text that matches itself literally inside a regular expression. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * "Her team", "Elise's team" → "your team", "introduce him to" → "introduce you to": a letter
 * speaks to the person the note is about. "Her" before a word that starts a phrase is "you".
 */
function toTheirFace(text: string, firstName: string): string {
  return text
    .replace(new RegExp(`^(?:their|${escapeRegExp(firstName)}['’]s)\\s`, 'i'), 'your ')
    .replace(/\bhim\b/g, 'you')
    .replace(
      /\bher\b(?=\s+(?:to|a|an|the|with|about|on|in|at|for|by|and|when|if|know|that)\b|[.,]|$)/gi,
      'you',
    )
    .replace(/\b(?:her|his)\b/gi, 'your');
}

// "We talked about …", "Discussed …", "Congratulations on …": the note describes the talk; what
// follows is its topic.
const TALKED =
  /^(?:(?:(?:we|i)\s+)?(?:talked|chatted|spoke|discussed|covered|went over)\s+(?:about\s+|through\s+)?|congratulat\w*\s+(?:(?:her|him|them)\s+)?on\s+)/i;
// "20-minute intro call about …", "Coffee chat on …": the meeting itself, then its topic.
const MEETING =
  /^(?:(?:a|an|the|our|my)\s+)?(?:[\p{L}\d'-]+\s+){0,3}?(?:call|chat|coffee|meeting|conversation|catch-up|lunch|talk|intro)\s+(?:about|on|regarding|re:?)\s+/iu;
// A sentence with its own subject cannot follow "our conversation about".
const SUBJECT = /^(?:i|we|you|she|he|they|it)(?:\s|['’])/i;

/**
 * What the conversation was about, as a phrase that reads after "our conversation about", or
 * empty when the note cannot be read that way (it stays in the log, and out of the letter).
 */
export function topicOf(note: string, firstName: string, names: ProperNames): string {
  const text = tidyNote(firstSentence(tidyNote(note)))
    .replace(TALKED, '')
    .replace(MEETING, '');
  if (!text || SUBJECT.test(text)) return '';
  return lowerFirst(toTheirFace(text, firstName), names);
}

// A third-person verb after "she" or "he" and the form it takes after "you".
const AGREE: Record<string, string> = {
  is: 'are',
  was: 'were',
  has: 'have',
  does: 'do',
  "isn't": "aren't",
  "wasn't": "weren't",
  "hasn't": "haven't",
  "doesn't": "don't",
};
// Words ending in s that are not verbs in the third person.
const NOT_VERBS = new Set(['always', 'perhaps', 'sometimes', 'also', 'thus', 'as']);

/** "plans" → "plan", "wishes" → "wish", "studies" → "study". */
function plainVerb(verb: string): string {
  const lower = verb.toLowerCase().replace('’', "'");
  if (AGREE[lower]) return AGREE[lower];
  if (!/^[a-z]+s$/.test(lower) || /ss$/.test(lower) || NOT_VERBS.has(lower)) return verb;
  if (/ies$/.test(lower)) return `${lower.slice(0, -3)}y`;
  if (/(?:sh|ch|x|o)es$/.test(lower)) return lower.slice(0, -2);
  return lower.slice(0, -1);
}

/**
 * What they shared, either as their own news spoken back to them ("you plan to hire …", from
 * "She plans to hire …") or as a point they made ("small clinics make experiments slow to read").
 */
export function sharedOf(
  note: string,
  firstName: string,
  names: ProperNames,
): { news: string } | { point: string } | undefined {
  const text = tidyNote(note);
  if (!text) return undefined;
  const subject = /^(she|he|they)(['’]\w+)?\s+(\S+)(.*)$/i.exec(text);
  if (!subject) return { point: lowerFirst(toTheirFace(text, firstName), names) };
  const [, who, contraction = '', next = '', rest = ''] = subject;
  const third = who!.toLowerCase() !== 'they';
  const verb = contraction === '’s' || contraction === "'s" ? next : third ? plainVerb(next) : next;
  const head = contraction
    ? /['’]s$/.test(contraction)
      ? next === 'been'
        ? "you've"
        : "you're"
      : `you${contraction.replace('’', "'")}`
    : 'you';
  return { news: toTheirFace(`${head} ${verb}${rest}`, firstName) };
}

// Verbs a promise is usually noted with, as a task: "Send the article".
const TASKS =
  /^(?:send|share|introduce|forward|email|call|connect|look|check|review|read|write|book|set|find|pass|follow|put|make|draft|get|ask)\b/i;

/**
 * What the reader promised, as it should stand in the letter: a sentence of their own ("I'll
 * send the revised version by May 7."), a task to be done ("send the article"), or a thing
 * ("the small-sample article").
 */
export function promiseOf(
  note: string,
  firstName: string,
  names: ProperNames,
): { sentence: string } | { task: string } | { thing: string } | undefined {
  const text = toTheirFace(tidyNote(note), firstName);
  if (!text) return undefined;
  if (/^I(?:\s|['’])/.test(text)) return { sentence: `${text}.` };
  if (TASKS.test(text)) return { task: text.charAt(0).toLowerCase() + text.slice(1) };
  return { thing: lowerFirst(text, names) };
}
