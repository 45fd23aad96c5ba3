import { describe, expect, it } from 'vitest';
import { decodeKeptAside, encodeKeptAside } from '../../src/lib/kept-aside';

/** What a kept-aside value becomes after a trip through a backup file. */
const throughFile = async (value: unknown) =>
  decodeKeptAside(JSON.parse(JSON.stringify(await encodeKeptAside(value))) as unknown);

describe('kept-aside values in a backup', () => {
  it('carries binary data byte for byte, with its type', async () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255, 128]);
    const back = await throughFile(bytes.buffer);
    expect(back).toBeInstanceOf(ArrayBuffer);
    expect([...new Uint8Array(back as ArrayBuffer)]).toEqual([0, 1, 2, 250, 255, 128]);
    const floats = (await throughFile(new Float64Array([1.5, -2]))) as Float64Array;
    expect(floats).toBeInstanceOf(Float64Array);
    expect([...floats]).toEqual([1.5, -2]);
  });

  it('gives back the values JSON cannot hold, wherever they sit', async () => {
    const value = {
      when: new Date('2027-03-01T10:00:00.000Z'),
      tags: new Set(['a', 'b']),
      byId: new Map([['p-1', { seen: undefined }]]),
      odd: [Number.NaN, -0, Infinity, 10n],
      $kept: 'a stored field that looks like a marker',
    };
    expect(await throughFile(value)).toEqual(value);
  });

  it('reads a Blob’s bytes and its type', async () => {
    const back = (await throughFile(new Blob(['hello'], { type: 'text/plain' }))) as Blob;
    expect(back.type).toBe('text/plain');
    expect(await back.text()).toBe('hello');
  });

  it('keeps plain JSON as it is', async () => {
    expect(await encodeKeptAside({ text: '{"broken', n: [1, null] })).toEqual({
      text: '{"broken',
      n: [1, null],
    });
  });
});
