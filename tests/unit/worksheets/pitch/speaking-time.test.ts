import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkPace,
  countWords,
  DEFAULT_WPM,
  describeSeconds,
  judgeSeconds,
  speakingSeconds,
  timingVerdict,
  toleranceSeconds,
  wordsForSeconds,
  wordVerdict,
} from '../../../../src/worksheets/pitch/speaking-time';

describe('counting words', () => {
  it('counts runs of letters and digits, not punctuation or spacing', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('   \n\t ')).toBe(0);
    expect(countWords('— … !!')).toBe(0);
    expect(countWords("I'm a data analyst at Lakemont Health.")).toBe(7);
    expect(countWords('40 percent  quit,at one screen')).toBe(6);
    expect(countWords('health-tech e-mail 3.5 1,200')).toBe(4);
    expect(countWords('Zoë’s café')).toBe(2);
  });

  it('counts the worked example’s 30-second pitch as the lesson does (54 words)', () => {
    const pitch =
      "I'm a data analyst at Lakemont Health. I found that 40 percent of patients abandoned our portal's booking flow at one screen; fixing it raised online bookings 18 percent. I want to do that kind of work full-time, in product analytics at a health-tech company. Who do you think I should be talking to?";
    expect(countWords(pitch)).toBe(54);
  });

  it('never counts more words than runs of letters and digits', () => {
    // Every word starts a run of its own; a word may span several runs ("mid-size", "3.5").
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(countWords(text)).toBeLessThanOrEqual(text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0);
        expect(countWords(`${text} word`)).toBeGreaterThanOrEqual(countWords(text));
      }),
    );
  });
});

describe('speaking time', () => {
  it('says 130 words take a minute at the default pace', () => {
    expect(DEFAULT_WPM).toBe(130);
    expect(speakingSeconds(130)).toBe(60);
    expect(speakingSeconds(65)).toBe(30);
    expect(speakingSeconds(0)).toBe(0);
    expect(speakingSeconds(100, 100)).toBe(60);
  });

  it('treats a pace of zero, a negative or a non-number as the default', () => {
    expect(speakingSeconds(130, 0)).toBe(60);
    expect(speakingSeconds(130, -5)).toBe(60);
    expect(speakingSeconds(130, Number.NaN)).toBe(60);
    expect(speakingSeconds(-3)).toBe(0);
  });

  it('gives the words for a target, as the lesson teaches (65, 130, 195)', () => {
    expect([30, 60, 90].map((seconds) => wordsForSeconds(seconds))).toEqual([65, 130, 195]);
  });

  it('grows with the words and shrinks with the pace', () => {
    fc.assert(
      fc.property(fc.nat(2000), fc.integer({ min: 80, max: 220 }), (words, wpm) => {
        expect(speakingSeconds(words + 1, wpm)).toBeGreaterThan(speakingSeconds(words, wpm));
        expect(speakingSeconds(words, wpm + 1)).toBeLessThanOrEqual(speakingSeconds(words, wpm));
      }),
    );
  });
});

describe('timing verdicts', () => {
  it('allows 10 percent, never less than 5 seconds', () => {
    expect(toleranceSeconds(30)).toBe(5);
    expect(toleranceSeconds(60)).toBe(6);
    expect(toleranceSeconds(90)).toBe(9);
  });

  it('says under, on target and over in words, with the seconds off', () => {
    expect(judgeSeconds(45, 60)).toEqual({
      kind: 'under',
      seconds: 45,
      off: 15,
      text: 'About 45 seconds: 15 seconds under your 60-second target.',
    });
    expect(judgeSeconds(56, 60).kind).toBe('on-target');
    expect(judgeSeconds(56, 60).text).toBe('About 56 seconds: on your 60-second target.');
    expect(judgeSeconds(95, 60).text).toBe(
      'About 1 minute 35 seconds: 35 seconds over your 60-second target.',
    );
  });

  it('puts the boundaries exactly at the tolerance', () => {
    expect(judgeSeconds(54, 60).kind).toBe('on-target');
    expect(judgeSeconds(53, 60).kind).toBe('under');
    expect(judgeSeconds(66, 60).kind).toBe('on-target');
    expect(judgeSeconds(67, 60).kind).toBe('over');
    expect(judgeSeconds(25, 30).kind).toBe('on-target');
    expect(judgeSeconds(24, 30).kind).toBe('under');
  });

  it('judges a text against each target, and an empty one by the words to aim for', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
    expect(timingVerdict(words(130), 60).kind).toBe('on-target');
    expect(timingVerdict(words(130), 30).kind).toBe('over');
    expect(timingVerdict(words(130), 90).kind).toBe('under');
    expect(timingVerdict('', 60)).toEqual({
      kind: 'empty',
      seconds: 0,
      off: 0,
      text: 'No words yet. Aim for about 130 words.',
    });
    expect(timingVerdict(words(130), 60, 100).text).toBe(
      'About 1 minute 18 seconds: 18 seconds over your 60-second target.',
    );
  });

  it('always returns exactly one verdict whose text names the target', () => {
    fc.assert(
      fc.property(fc.nat(600), fc.constantFrom(30, 60, 90), (seconds, target) => {
        const verdict = judgeSeconds(seconds, target);
        expect(['under', 'on-target', 'over']).toContain(verdict.kind);
        expect(verdict.text).toContain(`${target}-second target`);
        if (verdict.kind === 'on-target')
          expect(Math.abs(seconds - target)).toBeLessThanOrEqual(toleranceSeconds(target));
      }),
    );
  });
});

describe('describing seconds and checking the pace', () => {
  it('writes durations in words', () => {
    expect(describeSeconds(1)).toBe('1 second');
    expect(describeSeconds(0)).toBe('0 seconds');
    expect(describeSeconds(60)).toBe('1 minute');
    expect(describeSeconds(61)).toBe('1 minute 1 second');
    expect(describeSeconds(150)).toBe('2 minutes 30 seconds');
  });

  it('accepts a whole pace from 80 to 220 and explains anything else', () => {
    expect(checkPace(130)).toEqual({ ok: true, wpm: 130 });
    expect(checkPace(80).ok).toBe(true);
    expect(checkPace(220).ok).toBe(true);
    for (const bad of [79, 221, 130.5, Number.NaN]) {
      expect(checkPace(bad)).toEqual({
        ok: false,
        error: 'Pace is a whole number of words a minute from 80 to 220.',
      });
    }
  });
});

describe('word verdicts, for a text that is read rather than said', () => {
  const summary = { min: 150, max: 250 };
  const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');

  it('counts words against the word target, never seconds', () => {
    expect([0, 1, 149, 150, 200, 250, 251, 300].map((n) => wordVerdict(words(n), summary)))
      .toMatchInlineSnapshot(`
      [
        {
          "kind": "empty",
          "text": "No words yet. Aim for 150 to 250 words.",
        },
        {
          "kind": "under",
          "text": "149 words under the target of 150 to 250 words.",
        },
        {
          "kind": "under",
          "text": "1 word under the target of 150 to 250 words.",
        },
        {
          "kind": "on-target",
          "text": "Within the target of 150 to 250 words.",
        },
        {
          "kind": "on-target",
          "text": "Within the target of 150 to 250 words.",
        },
        {
          "kind": "on-target",
          "text": "Within the target of 150 to 250 words.",
        },
        {
          "kind": "over",
          "text": "1 word over the target of 150 to 250 words.",
        },
        {
          "kind": "over",
          "text": "50 words over the target of 150 to 250 words.",
        },
      ]
    `);
  });
});
