import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentSpecs } from '../../../src/documents';
import { worksheetIds, worksheets } from '../../../src/worksheets/registry';

const root = join(process.cwd(), 'src/worksheets');

// The registry is the one list of worksheets: these checks fail when a folder and its line
// disagree, rather than a lesson quietly losing its island, styles or plan section.
describe('the worksheet registry', () => {
  it('lists each worksheet once', () => {
    expect(new Set(worksheetIds).size).toBe(worksheets.length);
  });

  it('has an entry for every worksheet folder and a folder for every entry, with an island where it says', () => {
    const folders = readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(folders).toEqual([...worksheetIds].sort());
    for (const entry of worksheets) {
      expect(existsSync(join(root, entry.id, 'Island.astro')), entry.id).toBe(entry.island);
    }
  });

  it('gives a plan section to exactly the worksheets whose folder has a plan.ts', () => {
    for (const entry of worksheets) {
      expect(existsSync(join(root, entry.id, 'plan.ts')), entry.id).toBe('plan' in entry);
    }
  });

  it('names stylesheets that exist', () => {
    for (const entry of worksheets) {
      if ('styles' in entry) expect(existsSync(join(root, entry.styles)), entry.styles).toBe(true);
    }
  });

  it('covers every document a worksheet names in backup, restore and reset', () => {
    const keys = documentSpecs.map((spec) => spec.key);
    for (const entry of worksheets) {
      for (const spec of entry.documents) expect(keys, entry.id).toContain(spec.key);
    }
  });
});
