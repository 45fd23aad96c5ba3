import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { chosenVariant } from '../../../../src/worksheets/pitch/pitch';
import { communicationSchema } from '../../../../src/worksheets/communication/schema';
import { pitchSchema, pitchSpec } from '../../../../src/worksheets/pitch/schema';

const fixture = (key: string) =>
  (
    JSON.parse(readFileSync(`tests/fixtures/documents/${key}/v1.json`, 'utf8')) as {
      data: Record<string, unknown>;
    }
  ).data;

describe('the pitch schema', () => {
  it('accepts the fixture and the empty document', () => {
    expect(v.safeParse(pitchSchema, fixture('pitch')).success).toBe(true);
    expect(v.safeParse(pitchSchema, pitchSpec.initial()).success).toBe(true);
  });

  it('lets the action plan read the chosen variant from stored data', () => {
    const doc = v.parse(pitchSchema, fixture('pitch'));
    expect(chosenVariant(doc).label).toBe('Recruiter (Sofia Alvarez)');
  });

  it('rejects wrong values with a message that says what is wrong', () => {
    const data = fixture('pitch') as { base: Record<string, unknown>; variants: Record<string, unknown>[] };
    const bad = (change: (copy: typeof data) => void) => {
      const copy = structuredClone(data);
      change(copy);
      return v.safeParse(pitchSchema, copy);
    };
    expect(bad((d) => (d.base['wpm'] = 500)).success).toBe(false);
    expect(bad((d) => (d.base['edited'] = 'yes')).success).toBe(false);
    expect(bad((d) => (d.variants[0]!['audience'] = 'boss')).success).toBe(false);
    const short = bad((d) => (d.variants[0]!['targetSeconds'] = 3));
    expect(short.success).toBe(false);
    expect(short.issues?.[0]?.message).toBe('A target length is a whole number of seconds from 10 to 300.');
    expect(bad((d) => (d.base['text'] = 'x'.repeat(5001))).success).toBe(false);
  });
});

describe('the communication schema', () => {
  it('accepts the fixture', () => {
    expect(v.safeParse(communicationSchema, fixture('communication')).success).toBe(true);
  });

  it('rejects out-of-range ratings, unknown checklist items and bad dates', () => {
    const data = fixture('communication') as {
      takes: { ratings: Record<string, unknown>; takenOn: string }[];
      presence: { id: string }[];
      plans: { date: string | null }[];
    };
    const bad = (change: (copy: typeof data) => void) => {
      const copy = structuredClone(data);
      change(copy);
      return v.safeParse(communicationSchema, copy);
    };
    const rating = bad((d) => (d.takes[0]!.ratings['paraphrase'] = 6));
    expect(rating.success).toBe(false);
    expect(rating.issues?.[0]?.message).toBe(
      'A rating is a whole number from 1 (rarely) to 5 (almost always).',
    );
    expect(bad((d) => (d.takes[0]!.ratings['paraphrase'] = 2.5)).success).toBe(false);
    expect(bad((d) => (d.presence[0]!.id = 'tiktok')).success).toBe(false);
    expect(bad((d) => (d.plans[0]!.date = '2027-02-30')).success).toBe(false);
    expect(bad((d) => (d.takes[0]!.takenOn = 'yesterday')).success).toBe(false);
  });
});
