// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LogDraft } from '../../../../src/worksheets/follow-up/log-drafts';

const KEY = 'networking-workbook:log-drafts';
const draft = (fields: Partial<LogDraft> = {}): LogDraft => ({
  date: '2027-03-01',
  channel: 'call',
  talkedAbout: '',
  theyShared: '',
  promised: '',
  thankYou: true,
  ...fields,
});
/** The module as a freshly loaded page has it: what it knows comes from session storage. */
const freshPage = async () => {
  vi.resetModules();
  return import('../../../../src/worksheets/follow-up/log-drafts');
};

beforeEach(() => sessionStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('interaction log drafts', () => {
  it('find no draft for a contact whose id is named like an inherited property', async () => {
    const page = await freshPage();
    expect(page.logDraft('constructor')).toBeUndefined();
    page.keepLogDraft('__proto__', draft({ talkedAbout: 'Odd id, real note' }));
    expect((await freshPage()).logDraft('__proto__')?.talkedAbout).toBe('Odd id, real note');
  });

  it('keep what was typed for each contact across a reload of the page', async () => {
    const page = await freshPage();
    page.keepLogDraft('p-daniel', draft({ talkedAbout: 'His open data engineering roles' }));
    page.keepLogDraft('p-amara', draft({ promised: 'Send the case study' }));
    const reloaded = await freshPage();
    expect(reloaded.logDraft('p-daniel')?.talkedAbout).toBe('His open data engineering roles');
    expect(reloaded.logDraft('p-amara')?.promised).toBe('Send the case study');
  });

  it('forget a draft once it is logged or emptied', async () => {
    const page = await freshPage();
    page.keepLogDraft('p-daniel', draft({ talkedAbout: 'His roles' }));
    page.keepLogDraft('p-daniel', undefined);
    page.keepLogDraft('p-amara', draft({ talkedAbout: 'Her roles' }));
    page.keepLogDraft('p-amara', draft({ talkedAbout: '   ' }));
    expect((await freshPage()).logDraft('p-daniel')).toBeUndefined();
    expect((await freshPage()).logDraft('p-amara')).toBeUndefined();
  });

  it('ignore unreadable or malformed stored drafts, keeping the good ones', async () => {
    sessionStorage.setItem(
      KEY,
      JSON.stringify({ good: draft({ theyShared: 'News' }), bad: { talkedAbout: 3 } }),
    );
    const page = await freshPage();
    expect(page.logDraft('good')?.theyShared).toBe('News');
    expect(page.logDraft('bad')).toBeUndefined();
    sessionStorage.setItem(KEY, '{"not json');
    expect((await freshPage()).logDraft('good')).toBeUndefined();
  });

  it('ask before the page closes only while a draft holds text', async () => {
    const add = vi.spyOn(window, 'addEventListener');
    const remove = vi.spyOn(window, 'removeEventListener');
    const page = await freshPage();
    page.keepLogDraft('p-daniel', draft({ talkedAbout: 'His roles' }));
    expect(add).toHaveBeenLastCalledWith('beforeunload', expect.any(Function));
    page.keepLogDraft('p-daniel', undefined);
    expect(remove).toHaveBeenLastCalledWith('beforeunload', add.mock.lastCall?.[1]);
  });

  it('keep give-log details apart from interaction notes, across a reload, until added', async () => {
    const page = await freshPage();
    page.keepGiveDraft('p-daniel', {
      date: '2027-03-01',
      kind: 'introduction',
      note: 'Introduced him to Marcus',
    });
    page.keepLogDraft('p-daniel', draft({ talkedAbout: 'His roles' }));
    const reloaded = await freshPage();
    expect(reloaded.giveDraft('p-daniel')).toEqual({
      date: '2027-03-01',
      kind: 'introduction',
      note: 'Introduced him to Marcus',
    });
    reloaded.keepGiveDraft('p-daniel', { date: '2027-03-01', kind: 'introduction', note: ' ' });
    expect((await freshPage()).giveDraft('p-daniel')).toBeUndefined();
    expect((await freshPage()).logDraft('p-daniel')?.talkedAbout).toBe('His roles');
  });

  it('ask before the page closes while either kind of draft holds text', async () => {
    const add = vi.spyOn(window, 'addEventListener');
    const remove = vi.spyOn(window, 'removeEventListener');
    const page = await freshPage();
    page.keepGiveDraft('p-daniel', { date: null, kind: 'ask', note: 'A referral' });
    page.keepLogDraft('p-amara', draft({ promised: 'The case study' }));
    page.keepLogDraft('p-amara', undefined);
    expect(remove).not.toHaveBeenCalled();
    page.keepGiveDraft('p-daniel', undefined);
    expect(remove).toHaveBeenLastCalledWith('beforeunload', add.mock.lastCall?.[1]);
  });
});
