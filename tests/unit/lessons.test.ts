import { describe, expect, it } from 'vitest';
import { lessonHref, lessonLinks, neighbours, orderLessons, parseLessonId } from '../../src/lib/lessons';

const entry = (id: string, title = id, navTitle?: string) => ({ id, data: { title, navTitle } });

describe('parseLessonId', () => {
  it('splits the number prefix from the slug', () => {
    expect(parseLessonId('01-establishing-clear-goals')).toEqual({
      number: 1,
      slug: 'establishing-clear-goals',
    });
    expect(parseLessonId('12-a')).toEqual({ number: 12, slug: 'a' });
  });

  it('refuses an id without a number prefix', () => {
    expect(() => parseLessonId('establishing-clear-goals')).toThrow(/number prefix/);
  });
});

describe('orderLessons', () => {
  it('orders by number, not by file name text', () => {
    const ordered = orderLessons([entry('10-ten'), entry('2-two'), entry('01-one')]);
    expect(ordered.map((lesson) => lesson.slug)).toEqual(['one', 'two', 'ten']);
    expect(ordered.map((lesson) => lesson.number)).toEqual([1, 2, 10]);
  });

  it('gives each lesson its address and navigation label', () => {
    const [lesson] = orderLessons([entry('03-communication', 'Communication Strategies', 'Communication')]);
    expect(lesson).toMatchObject({ href: '/lessons/communication/', label: 'Communication' });
    expect(orderLessons([entry('04-follow-up', 'Follow-Up Strategies')])[0]?.label).toBe(
      'Follow-Up Strategies',
    );
  });

  it('rejects two lessons with the same number', () => {
    expect(() => orderLessons([entry('01-a'), entry('1-b')])).toThrow(/share the number 1/);
  });

  it('rejects two lessons with the same slug', () => {
    expect(() => orderLessons([entry('01-a'), entry('02-a')])).toThrow(/same slug/);
  });
});

describe('neighbours', () => {
  const ordered = orderLessons([entry('01-a'), entry('02-b'), entry('03-c')]);

  it('has no previous lesson at the start', () => {
    const { previous, next } = neighbours(ordered, 'a');
    expect(previous).toBeUndefined();
    expect(next?.slug).toBe('b');
  });

  it('links both ways in the middle', () => {
    const { previous, next } = neighbours(ordered, 'b');
    expect([previous?.slug, next?.slug]).toEqual(['a', 'c']);
  });

  it('has no next lesson at the end', () => {
    expect(neighbours(ordered, 'c').next).toBeUndefined();
  });

  it('fails loudly for an unknown lesson', () => {
    expect(() => neighbours(ordered, 'z')).toThrow(/No lesson/);
  });
});

describe('lessonHref', () => {
  it('builds a directory-style address', () => {
    expect(lessonHref('follow-up')).toBe('/lessons/follow-up/');
  });
});

describe('lessonLinks', () => {
  it('names the first lesson that lists each worksheet, with its address', () => {
    const ordered = [
      { entry: { data: { title: 'One', worksheets: ['goals'] } }, href: '/lessons/one/' },
      { entry: { data: { title: 'Two', worksheets: ['pitch', 'goals'] } }, href: '/lessons/two/' },
      { entry: { data: { title: 'Three' } }, href: '/lessons/three/' },
    ];
    expect(lessonLinks(ordered)).toEqual({
      goals: { title: 'One', href: '/lessons/one/' },
      pitch: { title: 'Two', href: '/lessons/two/' },
    });
  });
});
