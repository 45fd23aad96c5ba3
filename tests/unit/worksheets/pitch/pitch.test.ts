import { describe, expect, it } from 'vitest';
import {
  assemblePitch,
  chosenVariant,
  describeTarget,
  variantVerdict,
  writtenSummary,
  type PitchParts,
} from '../../../../src/worksheets/pitch/pitch';
import { pitchSpec } from '../../../../src/worksheets/pitch/schema';

const blank: PitchParts = { hook: '', who: '', value: '', proof: '', ask: '' };

describe('assembling a pitch', () => {
  it('opens with the hook and closes with the ask, as sentences', () => {
    expect(
      assemblePitch({
        hook: '40 percent of patients quit at one screen',
        who: "I'm a data analyst at Lakemont Health.",
        value: 'I turn hospital data into decisions',
        proof: 'Fixing that screen raised online bookings 18 percent!',
        ask: 'Who should I be talking to?',
      }),
    ).toBe(
      "40 percent of patients quit at one screen. I'm a data analyst at Lakemont Health. I turn hospital data into decisions. Fixing that screen raised online bookings 18 percent! Who should I be talking to?",
    );
  });

  it('skips empty parts and tidies spacing', () => {
    expect(assemblePitch(blank)).toBe('');
    expect(assemblePitch({ ...blank, who: '  I am   Maya ', ask: '\n' })).toBe('I am Maya.');
    expect(assemblePitch({ ...blank, proof: 'She said “it worked”' })).toBe('She said “it worked”.');
    expect(assemblePitch({ ...blank, proof: 'She said “it worked.”' })).toBe('She said “it worked.”');
  });
});

describe('the carried pitch', () => {
  const doc = () => pitchSpec.initial();

  it('is the base pitch when no variant is chosen, or the chosen one was deleted', () => {
    const base = { ...doc(), base: { ...doc().base, text: 'Hello.', targetSeconds: 90 } };
    expect(chosenVariant(base)).toEqual({
      variantId: null,
      label: 'Your pitch',
      text: 'Hello.',
      targetSeconds: 90,
    });
    expect(chosenVariant({ ...base, chosenVariantId: 'gone' }).variantId).toBeNull();
  });

  it('is the chosen variant, named by its label or else its audience', () => {
    const variant = {
      id: 'v1',
      updatedAt: '2027-01-01T00:00:00.000Z',
      audience: 'informal' as const,
      label: ' ',
      text: 'Maya is an analyst.',
      targetSeconds: 30,
    };
    const chosen = chosenVariant({ ...doc(), variants: [variant], chosenVariantId: 'v1' });
    expect(chosen).toEqual({
      variantId: 'v1',
      label: 'Informal introduction',
      text: 'Maya is an analyst.',
      targetSeconds: 30,
    });
  });

  it('finds the written summary: the chosen written variant first, else the first with text', () => {
    const make = (id: string, audience: 'written' | 'recruiter', text: string) => ({
      id,
      updatedAt: '2027-01-01T00:00:00.000Z',
      audience,
      label: id,
      text,
      targetSeconds: 90,
    });
    const variants = [
      make('r', 'recruiter', 'R'),
      make('w0', 'written', ' '),
      make('w1', 'written', 'One'),
      make('w2', 'written', 'Two'),
    ];
    expect(writtenSummary({ ...doc(), variants })).toBe('One');
    expect(writtenSummary({ ...doc(), variants, chosenVariantId: 'w2' })).toBe('Two');
    expect(writtenSummary({ ...doc(), variants: [make('r', 'recruiter', 'R')] })).toBeUndefined();
  });
});

describe('measuring a variant in its own unit', () => {
  const variant = (audience: 'written' | 'informal', text: string) => ({
    id: 'v1',
    updatedAt: '2027-01-01T00:00:00.000Z',
    audience,
    label: '',
    text,
    targetSeconds: 90,
  });
  const text = 'Maya Okafor turns hospital data into decisions for clinical teams.';

  it('measures a written summary in words and a spoken variant in seconds', () => {
    expect(variantVerdict(variant('written', text), 130)).toEqual({
      kind: 'under',
      text: '140 words under the target of 150 to 250 words.',
    });
    expect(variantVerdict(variant('informal', text), 130).text).toBe(
      'About 5 seconds: 1 minute 25 seconds under your 90-second target.',
    );
  });

  it('carries a written summary with its word target, and says each target in its unit', () => {
    const written = chosenVariant({
      ...pitchSpec.initial(),
      variants: [variant('written', text)],
      chosenVariantId: 'v1',
    });
    expect(written.words).toEqual({ min: 150, max: 250 });
    expect(describeTarget(written)).toBe('150 to 250 words');
    const spoken = chosenVariant({
      ...pitchSpec.initial(),
      variants: [variant('informal', text)],
      chosenVariantId: 'v1',
    });
    expect(spoken.words).toBeUndefined();
    expect(describeTarget(spoken)).toBe('1 minute 30 seconds');
  });
});
