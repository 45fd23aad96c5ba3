import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assemblePlan } from '../../../../src/worksheets/action-plan/sections';
import { addDays, daysBetween } from '../../../../src/lib/dates';
import type { PlanDocuments, PlanOptions, PlanSection } from '../../../../src/worksheets/action-plan/model';
import { planSection as timelineSection } from '../../../../src/worksheets/action-plan/plan';
import { periods, timelineEntries } from '../../../../src/worksheets/action-plan/timeline';
import { mayaWorkbook, sectionWith } from '../../../support/workbook-fixtures';

const full = mayaWorkbook;
const quarter: PlanOptions = { today: '2027-01-10', range: { from: '2027-01-10', to: '2027-04-09' } };

const timelineOf = (documents: PlanDocuments, options: PlanOptions) =>
  assemblePlan(documents, options).at(-1)!;
const dated = (section: PlanSection) =>
  section.groups.map((group) => [group.key, group.items.map((item) => `${item.date} ${item.text}`)]);

describe('30/60/90-day periods', () => {
  it('split a 90-day range into days 1–30, 31–60 and 61–90', () => {
    expect(periods(quarter.range).map(({ key, from, to }) => [key, from, to])).toEqual([
      ['days-1', '2027-01-10', '2027-02-08'],
      ['days-31', '2027-02-09', '2027-03-10'],
      ['days-61', '2027-03-11', '2027-04-09'],
    ]);
    expect(periods(quarter.range)[0]!.title).toBe('Days 1–30 (to Mon, Feb 8, 2027)');
  });

  it('give a 30-day range one period and a longer range an "after day 90" one', () => {
    expect(periods({ from: '2027-01-01', to: '2027-01-30' }).map((p) => p.key)).toEqual(['days-1']);
    const year = periods({ from: '2027-01-01', to: '2027-12-31' });
    expect(year.map((p) => [p.key, p.from, p.to])).toEqual([
      ['days-1', '2027-01-01', '2027-01-30'],
      ['days-31', '2027-01-31', '2027-03-01'],
      ['days-61', '2027-03-02', '2027-03-31'],
      ['later', '2027-04-01', '2027-12-31'],
    ]);
  });

  it('cover every day of any range once, in order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 30, max: 365 }), (offset, days) => {
        const from = addDays('2026-01-01', offset);
        const range = { from, to: addDays(from, days - 1) };
        const list = periods(range);
        expect(list[0]!.from).toBe(range.from);
        expect(list.at(-1)!.to).toBe(range.to);
        list.slice(1).forEach((period, index) => expect(daysBetween(list[index]!.to, period.from)).toBe(1));
      }),
    );
  });
});

describe('the timeline', () => {
  it('is blank paper for an empty workbook, every period still present', () => {
    const timeline = timelineOf({}, quarter);
    expect(timeline.empty).toBe(true);
    expect(timeline.groups.map((group) => group.items.length)).toEqual([0, 0, 0]);
  });

  it('buckets open dated items by period, day 31 in the second (Maya’s first quarter)', () => {
    expect(dated(timelineOf(full, quarter))).toEqual([
      [
        'days-1',
        ['2027-01-12 Ask Laura Chen whether the portal analysis can be published without patient details'],
      ],
      [
        'days-31',
        [
          '2027-02-09 Ask Priya Raman for a 20-minute call, through an introduction from Daniel',
          // The conversation plan of lesson 3, on its day.
          '2027-02-18 Conversation with Priya Raman (Senior product analyst, Mendwell)',
        ],
      ],
      ['days-61', ['2027-03-15 4 conversations held', '2027-03-31 Case study drafted and approved by Laura']],
    ]);
  });

  it('leaves out done items and items outside the range, and lists a shared step once', () => {
    const items = timelineOf(full, quarter).groups.flatMap((group) => group.items);
    expect(items.map((item) => item.text)).not.toContain('Message Daniel Osei to ask for a 30-minute coffee');
    expect(items.filter((item) => item.date === '2027-02-09')).toHaveLength(1);
    expect(items.every((item) => item.date! >= quarter.range.from && item.date! <= quarter.range.to)).toBe(
      true,
    );
  });

  it('merges goals, people, follow-up and development dates in date order', () => {
    const later: PlanOptions = { today: '2027-05-03', range: { from: '2027-05-03', to: '2027-07-31' } };
    expect(dated(timelineOf(full, later))).toEqual([
      ['days-1', ['2027-05-05 Follow up with Marcus Feld (Meetup organizer, Columbus Health Data Meetup)']],
      [
        'days-31',
        [
          '2027-06-02 Columbus Health Data Meetup (June): presenting my booking case study',
          '2027-06-15 Register for Midwest Digital Health Summit',
          '2027-06-30 12 conversations held',
          '2027-06-30 Hold informational conversations with people in product or analytics roles at health-tech companies',
          '2027-06-30 Skill target: Experiment design',
        ],
      ],
      ['days-61', []],
    ]);
  });

  it('puts items on the last day of a period in that period', () => {
    const section = sectionWith([
      { key: 'a', text: 'day 30', date: '2027-02-08' },
      { key: 'b', text: 'day 60', date: '2027-03-10' },
      { key: 'c', text: 'day 90', date: '2027-04-09' },
      { key: 'd', text: 'day 91', date: '2027-04-10' },
    ]);
    const timeline = timelineSection.build({ documents: {}, options: quarter, earlier: [section] });
    expect(timeline.groups.map((group) => group.items.map((item) => item.text))).toEqual([
      ['day 30'],
      ['day 60'],
      ['day 90'],
    ]);
  });

  it('takes nested items, names their section, and breaks date ties by text', () => {
    const section = sectionWith([
      {
        key: 'goal',
        text: 'Goal',
        children: [
          { key: 'z', text: 'Zebra', date: '2027-01-20' },
          { key: 'a', text: 'Apple', date: '2027-01-20' },
        ],
      },
    ]);
    expect(timelineEntries([section]).map((entry) => [entry.text, entry.source])).toEqual([
      ['Apple', 'Goals'],
      ['Zebra', 'Goals'],
    ]);
  });
});
