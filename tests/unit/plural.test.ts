import { describe, expect, it } from 'vitest';
import { countOf, countedPhrase, singularWord } from '../../src/lib/plural';

describe('countOf', () => {
  it('says the noun in the singular for one only', () => {
    expect(countOf(1, 'event')).toBe('1 event');
    expect(countOf(0, 'event')).toBe('0 events');
    expect(countOf(2, 'person', 'people')).toBe('2 people');
  });
});

describe('singularWord', () => {
  it('makes regular and irregular plurals singular', () => {
    expect(
      ['talks', 'coffees', 'replies', 'coaches', 'classes', 'boxes', 'people', 'People'].map(singularWord),
    ).toEqual(['talk', 'coffee', 'reply', 'coach', 'class', 'box', 'person', 'Person']);
  });

  it('leaves words that only end in "s" alone', () => {
    expect(
      ['business', 'status', 'analysis', 'news', 'series', 'analytics', 'SQL'].map(singularWord),
    ).toEqual(['business', 'status', 'analysis', 'news', 'series', 'analytics', 'SQL']);
  });
});

describe('countedPhrase', () => {
  it('agrees the reader’s plural phrase with a count of one', () => {
    expect(countedPhrase(1, 'talks given')).toBe('1 talk given');
    expect(countedPhrase(1, 'conversations held')).toBe('1 conversation held');
    expect(countedPhrase(1, 'conversations with product analysts')).toBe(
      '1 conversation with product analysts',
    );
    expect(countedPhrase(1, 'sales calls made')).toBe('1 sales call made');
    expect(countedPhrase(1, 'informational interviews completed')).toBe(
      '1 informational interview completed',
    );
    expect(countedPhrase(1, 'people met at meetups')).toBe('1 person met at meetups');
    expect(countedPhrase(1, 'referrals')).toBe('1 referral');
  });

  it('keeps the phrase as written for any other count, and a phrase already singular', () => {
    expect(countedPhrase(12, 'talks given')).toBe('12 talks given');
    expect(countedPhrase(0, 'talks given')).toBe('0 talks given');
    expect(countedPhrase(1.5, 'hours of volunteering')).toBe('1.5 hours of volunteering');
    expect(countedPhrase(1, 'case study published')).toBe('1 case study published');
    expect(countedPhrase(1, '  ')).toBe('1');
  });
});
