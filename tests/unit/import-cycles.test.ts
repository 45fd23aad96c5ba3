import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, it } from 'vitest';

// Modules that import each other, even one side through `import()` or for types alone, cannot be
// understood or moved apart: each must be read with the other. This holds `src` free of them.
const root = resolve('src');
const sources = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.(ts|tsx)$/.test(file) && !file.endsWith('.d.ts'))
  .map((file) => join(root, file));

const specifiers = (text: string) =>
  [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]!);

function resolveImport(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find(
    (file) => /\.(ts|tsx)$/.test(file) && existsSync(file),
  );
}

const edges = new Map(
  sources.map((file) => [
    file,
    specifiers(readFileSync(file, 'utf8')).flatMap((specifier) => resolveImport(file, specifier) ?? []),
  ]),
);

function findCycle(): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string): string[] | undefined => {
    if (state.get(file) === 'done') return undefined;
    if (state.get(file) === 'open') return [...path.slice(path.indexOf(file)), file];
    state.set(file, 'open');
    path.push(file);
    for (const next of edges.get(file) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(file, 'done');
    return undefined;
  };
  for (const file of sources) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return undefined;
}

it('reads the imports of every module in src', () => {
  expect(edges.get(join(root, 'persistence/document-store.ts'))).toContain(
    join(root, 'persistence/document-core.ts'),
  );
  expect(edges.get(join(root, 'persistence/document-store.ts'))).toContain(
    join(root, 'persistence/document-writer.ts'),
  );
});

it('finds no import cycle in src', () => {
  expect(findCycle()?.map((file) => relative(root, file))).toBeUndefined();
});
