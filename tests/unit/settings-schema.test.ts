import { describe, expect, it } from 'vitest';
import { decodeEnvelope } from '../../src/lib/documents';
import { settingsSpec, type SettingsDoc } from '../../src/schemas/settings';

const doc = (fields: Partial<SettingsDoc> = {}): SettingsDoc => ({ ...settingsSpec.initial(), ...fields });
const merge = settingsSpec.merge!;

describe('settings', () => {
  it('upgrades version 1, which held only the backup date, to the map grouped by status', () => {
    const decoded = decodeEnvelope(settingsSpec, {
      schemaVersion: 1,
      updatedAt: '2027-03-04T09:30:00.000Z',
      data: { lastBackupAt: '2027-03-04T09:30:00.000Z' },
    });
    expect(decoded).toMatchObject({
      kind: 'ok',
      data: { lastBackupAt: '2027-03-04T09:30:00.000Z', mapGroupBy: 'status' },
    });
  });

  it('refuses a grouping the map does not have', () => {
    const decoded = decodeEnvelope(settingsSpec, {
      schemaVersion: 2,
      updatedAt: '2027-03-04T09:30:00.000Z',
      data: { lastBackupAt: null, mapGroupBy: 'colour' },
    });
    expect(decoded.kind).not.toBe('ok');
  });

  it('keeps the grouping this tab just chose, and follows another tab’s when this one chose nothing', () => {
    const base = doc({ mapGroupBy: 'status' });
    expect(merge(doc({ mapGroupBy: 'tier' }), doc({ mapGroupBy: 'status' }), base).mapGroupBy).toBe('tier');
    expect(merge(doc({ mapGroupBy: 'status' }), doc({ mapGroupBy: 'goal' }), base).mapGroupBy).toBe('goal');
  });

  it('keeps the later backup date whichever tab recorded it, beside either tab’s grouping', () => {
    const base = doc();
    const local = doc({ mapGroupBy: 'tier', lastBackupAt: '2027-03-01T10:00:00.000Z' });
    const stored = doc({ lastBackupAt: '2027-03-02T10:00:00.000Z' });
    expect(merge(local, stored, base)).toEqual({
      lastBackupAt: '2027-03-02T10:00:00.000Z',
      mapGroupBy: 'tier',
    });
  });
});
