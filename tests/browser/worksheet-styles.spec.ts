import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { builtPages } from '../support/built-pages';

// Each worksheet's own stylesheet, by the name its built file starts with. A lesson links the
// stylesheets of the worksheets it holds in its head (src/components/mdx/worksheet-styles.ts),
// so they apply before the server-rendered worksheet is painted.
const own: Record<string, string> = {
  goals: 'goals',
  'relationship-map': 'relationship-map',
  pitch: 'pitch',
  communication: 'communication',
  'online-presence': 'communication',
  'follow-up': 'follow-up',
  development: 'development',
};

const html = (path: string) =>
  readFileSync(`dist${path}${path.endsWith('/') ? 'index.html' : '.html'}`, 'utf8');
const linked = (page: string) =>
  [...page.matchAll(/<link rel="stylesheet" href="\/_astro\/([\w-]+)\.[\w-]+\.css">/g)].map((m) => m[1]!);

test('every built page links the stylesheets of the interactive worksheets it holds, and no others', () => {
  const seen = new Set<string>();
  for (const path of builtPages()) {
    const page = html(path);
    const ids = [...new Set([...page.matchAll(/data-worksheet="([\w-]+)"/g)].map((m) => m[1]!))];
    const unknown = ids.filter((id) => id !== 'action-plan' && !own[id]);
    expect(unknown, `${path}: worksheets without a known stylesheet`).toEqual([]);
    const expected = [...new Set(ids.flatMap((id) => own[id] ?? []))];
    const sheets = linked(page).filter((name) => name === 'worksheet' || Object.values(own).includes(name));
    expect(sheets, path).toEqual(expected.length ? ['worksheet', ...expected] : []);
    ids.forEach((id) => seen.add(id));
  }
  // Every interactive worksheet is on some page, so each one's stylesheet was checked.
  expect([...seen].sort()).toEqual(expect.arrayContaining(Object.keys(own).sort()));
});
