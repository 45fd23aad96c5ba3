import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clockFace,
  describeTrend,
  elapsedSeconds,
  isRun,
  sparklinePoints,
  sparklineY,
} from '../../../../src/worksheets/pitch/practice';

describe('the practice timer', () => {
  it('measures from timestamps, never below zero', () => {
    expect(elapsedSeconds(1_000, 58_500)).toBe(57.5);
    expect(elapsedSeconds(5_000, 4_000)).toBe(0);
  });

  it('shows minutes and seconds', () => {
    expect(clockFace(0)).toBe('0:00');
    expect(clockFace(7.9)).toBe('0:07');
    expect(clockFace(92)).toBe('1:32');
    expect(clockFace(-3)).toBe('0:00');
  });

  it('counts a run from 10 seconds: a start pressed by accident, or stopped at once, is not one', () => {
    expect([0, 3.4, 4, 9.9, 10, 10.1, 42].map(isRun)).toEqual([false, false, false, false, true, true, true]);
  });
});

describe('the practice trend', () => {
  it('describes no runs, one run, and the direction against the target', () => {
    expect(describeTrend([], 60)).toBe('No practice runs yet.');
    expect(describeTrend([71], 60)).toBe('1 run, 1 minute 11 seconds against a 60-second target.');
    expect(describeTrend([71.4, 58.2], 60)).toBe(
      '2 runs: first 1 minute 11 seconds, latest 58 seconds, closer to your target than your first run (60 seconds).',
    );
    expect(describeTrend([60, 80], 60)).toContain('further from your target');
    expect(describeTrend([50, 70], 60)).toContain('as far from your target');
  });

  it('draws a sparkline inside its box, with the target on the same scale', () => {
    expect(sparklinePoints([], 100, 20, 60)).toBe('');
    expect(sparklinePoints([60], 100, 20, 60)).toBe('0,20');
    expect(sparklinePoints([40, 80], 100, 20, 60)).toBe('0,20 100,0');
    expect(sparklineY([40, 80], 20, 60)).toBe(10);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 600 }), { minLength: 1, maxLength: 30 }), (values) => {
        for (const point of sparklinePoints(values, 120, 24, 60).split(' ')) {
          const [x, y] = point.split(',').map(Number) as [number, number];
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(120);
          expect(y).toBeGreaterThanOrEqual(0);
          expect(y).toBeLessThanOrEqual(24);
        }
      }),
    );
  });
});
