import { describe, expect, it } from 'vitest';
import {
  makeProperNames,
  promiseOf,
  sharedOf,
  tidyNote,
  topicOf,
} from '../../../../src/worksheets/follow-up/note-phrases';

const names = makeProperNames('Elise Warren', 'Clearpath', 'the Columbus Health Data Meetup');

describe('tidyNote', () => {
  it('collapses spaces and drops wrapping quotes and final punctuation', () => {
    expect(tidyNote('  “Small clinics   are slow.”  ')).toBe('Small clinics are slow');
    expect(tidyNote('Send the deck...')).toBe('Send the deck');
    expect(tidyNote('   ')).toBe('');
  });
});

describe('topicOf', () => {
  it('finds the topic inside notes that describe the talk', () => {
    expect(topicOf('Coffee chat on hiring plans', 'Elise', names)).toBe('hiring plans');
    expect(topicOf('Discussed the Q3 roadmap. She leaves in May.', 'Elise', names)).toBe('the Q3 roadmap');
    expect(topicOf("Elise's feedback on my draft", 'Elise', names)).toBe('your feedback on my draft');
    expect(topicOf('Clearpath’s hiring', 'Elise', names)).toBe('Clearpath’s hiring');
  });

  it('gives nothing for a sentence that cannot follow "our conversation about"', () => {
    expect(topicOf('She is moving to Lisbon.', 'Elise', names)).toBe('');
    expect(topicOf('', 'Elise', names)).toBe('');
  });
});

describe('sharedOf', () => {
  it('speaks their news back to them, with the verb agreeing', () => {
    expect(sharedOf('He is moving to Denver', 'Dan', names)).toEqual({ news: 'you are moving to Denver' });
    expect(sharedOf("She's been promoted to lead", 'Elise', names)).toEqual({
      news: "you've been promoted to lead",
    });
    expect(sharedOf('They’re hiring two analysts', 'Elise', names)).toEqual({
      news: "you're hiring two analysts",
    });
    expect(sharedOf('She wishes her team had more data', 'Elise', names)).toEqual({
      news: 'you wish your team had more data',
    });
    expect(sharedOf('She studies churn', 'Elise', names)).toEqual({ news: 'you study churn' });
  });

  it('keeps anything else as their point, and nothing for an empty note', () => {
    expect(sharedOf('Small clinics make experiments slow to read.', 'Elise', names)).toEqual({
      point: 'small clinics make experiments slow to read',
    });
    expect(sharedOf(' ', 'Elise', names)).toBeUndefined();
  });
});

describe('promiseOf', () => {
  it('tells a sentence from a task and a thing', () => {
    expect(promiseOf("I'll call you Friday", 'Elise', names)).toEqual({ sentence: "I'll call you Friday." });
    expect(promiseOf('Introduce her to Marcus.', 'Elise', names)).toEqual({
      task: 'introduce you to Marcus',
    });
    expect(promiseOf('Send him her slides', 'Dan', names)).toEqual({ task: 'send you your slides' });
    expect(promiseOf('The small-sample article', 'Elise', names)).toEqual({
      thing: 'the small-sample article',
    });
    expect(promiseOf('', 'Elise', names)).toBeUndefined();
  });
});
