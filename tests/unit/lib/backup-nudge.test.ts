import { describe, expect, it } from 'vitest';
import { backupNudge, holdsAnswers, isWebKit, type NudgeFacts } from '../../../src/lib/backup-nudge';

const now = new Date('2027-05-20T12:00:00.000Z');
const facts = (over: Partial<NudgeFacts> = {}): NudgeFacts => ({
  hasData: true,
  lastBackupAt: null,
  now,
  webkit: false,
  persisted: false,
  installed: false,
  ...over,
});
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();

describe('backupNudge', () => {
  it('says nothing to a reader who has written nothing, even on Safari with no backup', () => {
    expect(backupNudge(facts({ hasData: false, webkit: true }))).toEqual({});
  });

  it('asks for a first backup when there has never been one', () => {
    expect(backupNudge(facts())).toEqual({ backup: { kind: 'never' } });
    expect(backupNudge(facts({ lastBackupAt: 'not a date' }))).toEqual({ backup: { kind: 'never' } });
  });

  it('is quiet for 14 days after a backup and speaks up on the 15th, with the days', () => {
    expect(backupNudge(facts({ lastBackupAt: daysAgo(1) }))).toEqual({});
    expect(backupNudge(facts({ lastBackupAt: daysAgo(14) }))).toEqual({});
    expect(backupNudge(facts({ lastBackupAt: daysAgo(15) }))).toEqual({
      backup: { kind: 'stale', days: 15 },
    });
    // Another device's clock ahead of this one: recent, not "−3 days ago".
    expect(backupNudge(facts({ lastBackupAt: daysAgo(-3) }))).toEqual({});
  });

  it('explains the seven-day rule on WebKit only while storage is neither persisted nor installed', () => {
    const recent = { lastBackupAt: daysAgo(2), webkit: true };
    expect(backupNudge(facts(recent))).toEqual({ sevenDayRule: true });
    expect(backupNudge(facts({ ...recent, persisted: 'unsupported' }))).toEqual({ sevenDayRule: true });
    expect(backupNudge(facts({ ...recent, persisted: true }))).toEqual({});
    expect(backupNudge(facts({ ...recent, installed: true }))).toEqual({});
    expect(backupNudge(facts({ ...recent, webkit: false }))).toEqual({});
  });
});

describe('isWebKit', () => {
  it('knows Safari, every iPhone browser and a desktop-mode iPad, and not Chrome, Edge or Firefox', () => {
    const safari =
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15';
    const chrome =
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36';
    const chromeOnIphone =
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0 Mobile/15E148 Safari/604.1';
    const firefox = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
    const edge = `${chrome} Edg/126.0`;
    const miniBrowser =
      'Mozilla/5.0 (X11; Ubuntu; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15';
    expect(isWebKit(safari)).toBe(true);
    expect(isWebKit(chromeOnIphone)).toBe(true);
    expect(isWebKit(miniBrowser)).toBe(true);
    expect(isWebKit(safari.replace('Safari/605.1.15', ''), 5)).toBe(true);
    expect(isWebKit(chrome)).toBe(false);
    expect(isWebKit(edge)).toBe(false);
    expect(isWebKit(firefox)).toBe(false);
    expect(isWebKit(chrome.replace('Chrome/126.0 ', ''), 0)).toBe(true);
  });
});

describe('holdsAnswers', () => {
  it('counts any document or kept-aside copy, not the settings or the last restored backup', () => {
    expect(holdsAnswers([])).toBe(false);
    expect(holdsAnswers(['settings', 'last-restored'])).toBe(false);
    expect(holdsAnswers(['settings', 'goals'])).toBe(true);
    expect(holdsAnswers(['quarantine:people:2027-01-01T00:00:00.000Z'])).toBe(true);
  });
});
