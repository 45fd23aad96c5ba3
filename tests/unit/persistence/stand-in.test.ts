// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeEnvelope } from '../../../src/lib/documents';
import {
  createLocalforageEngine,
  openReaderStorage,
  USED_MARK,
} from '../../../src/lib/storage/localforage-engine';
import { mergeStandIn } from '../../../src/lib/storage/merge-back';
import { progressSpec, type ProgressDoc } from '../../../src/schemas/progress';
import { settingsSpec } from '../../../src/schemas/settings';

const at = '2027-03-01T10:00:00.000Z';
const progress = (...ids: string[]): ProgressDoc => ({
  lessons: ids.map((id) => ({ id, done: true, updatedAt: at })),
});
const envelope = (data: ProgressDoc) => encodeEnvelope(progressSpec, data, new Date(at));
const lessonIds = (stored: unknown) =>
  (stored as { data: ProgressDoc }).data.lessons.map((lesson) => lesson.id).sort();

/** Makes every IndexedDB open fail, as a browser with a broken or blocked database does. */
function breakIndexedDb() {
  vi.spyOn(indexedDB, 'open').mockImplementation(() => {
    throw new DOMException('The database is broken.', 'UnknownError');
  });
}

beforeEach(async () => {
  localStorage.clear();
  const engine = await createLocalforageEngine({ drivers: ['indexeddb'] });
  for (const key of await engine.keys()) await engine.removeItem(key);
});
afterEach(() => vi.restoreAllMocks());

describe('when IndexedDB will not open', () => {
  it('marks, on the first write to IndexedDB, that it holds the reader’s answers', async () => {
    const engine = await createLocalforageEngine({ drivers: ['indexeddb'] });
    expect(localStorage.getItem(USED_MARK)).toBeNull();
    await engine.setItem('progress', envelope(progress('communication')));
    expect(localStorage.getItem(USED_MARK)).toBe('1');
  });

  it('stands in with localStorage, and says saved answers are out of reach once the database held some', async () => {
    localStorage.setItem(USED_MARK, '1');
    breakIndexedDb();
    // A database name of its own: localforage reuses an open connection to a known one.
    const opened = await openReaderStorage({ name: 'broken-with-answers' });
    expect(opened.engine.driver).toBe('localstorage');
    expect(opened.fallbackReason).toBeUndefined();
    expect(opened.standIn).toMatchObject({ unread: true });
    expect(opened.standIn?.reason.message).toBe('The browser’s database would not open.');
    // What is typed meanwhile lands in localStorage, not in the unreachable database.
    await opened.engine.setItem('progress', envelope(progress('follow-up')));
    expect(Object.keys(localStorage)).toContain('broken-with-answers/documents/progress');
  });

  it('does not claim answers are out of reach in a browser whose database never held any', async () => {
    breakIndexedDb();
    const opened = await openReaderStorage({ name: 'broken-never-used' });
    expect(opened.engine.driver).toBe('localstorage');
    expect(opened.standIn).toMatchObject({ unread: false });
  });
});

describe('when IndexedDB opens again', () => {
  it('merges what the stand-in kept into the saved answers, then clears the stand-in', async () => {
    const primary = await createLocalforageEngine({ drivers: ['indexeddb'] });
    await primary.setItem('progress', envelope(progress('communication')));
    const standIn = await createLocalforageEngine({ drivers: ['localstorage'] });
    await standIn.setItem('progress', envelope(progress('follow-up')));
    await standIn.setItem('quarantine:goals:2027-03-01T10:00:00.000Z', '{broken');

    const opened = await openReaderStorage();
    expect(opened.engine.driver).toBe('indexeddb');
    expect(lessonIds(await opened.engine.getItem('progress'))).toEqual(['communication', 'follow-up']);
    expect(await opened.engine.getItem('quarantine:goals:2027-03-01T10:00:00.000Z')).toBe('{broken');
    expect(Object.keys(localStorage).filter((key) => key.startsWith('networking-workbook/'))).toEqual([]);
  });
});

describe('mergeStandIn', () => {
  const now = new Date('2027-03-02T10:00:00Z');

  it('keeps a saved choice the stand-in never changed', () => {
    const stored = encodeEnvelope(settingsSpec, { lastBackupAt: null, mapGroupBy: 'tier' }, new Date(at));
    const standIn = encodeEnvelope(settingsSpec, { lastBackupAt: at, mapGroupBy: 'status' }, now);
    const [[key, merged]] = mergeStandIn(settingsSpec, standIn, stored, now) as [[string, { data: unknown }]];
    expect(key).toBe('settings');
    expect(merged.data).toEqual({ lastBackupAt: at, mapGroupBy: 'tier' });
  });

  it('keeps an unreadable stand-in copy aside instead of dropping or merging it', () => {
    const entries = mergeStandIn(progressSpec, '{broken', envelope(progress('communication')), now);
    expect(entries).toEqual([['quarantine:progress:2027-03-02T10:00:00.000Z:stand-in', '{broken']]);
  });

  it('takes the stand-in copy whole where nothing was saved', () => {
    const entries = mergeStandIn(progressSpec, envelope(progress('follow-up')), null, now);
    expect(entries.map(([key, value]) => [key, lessonIds(value)])).toEqual([['progress', ['follow-up']]]);
  });

  it('writes nothing for an empty stand-in', () => {
    expect(mergeStandIn(progressSpec, null, envelope(progress('communication')), now)).toEqual([]);
  });
});
