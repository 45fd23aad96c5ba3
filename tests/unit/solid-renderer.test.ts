import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// src/islands/hydrate.ts and render.ts replace the two halves of @astrojs/solid-js's renderer
// (integrations/solid-islands.ts), which saves every island page the 2 KB of `solid-js/store`.
// They were written against these exact files: when an upgrade changes either, this fails, and
// the two halves must be read against the new files (and the digests updated) before it passes.
const upstream = (file: string) => readFileSync(`node_modules/@astrojs/solid-js/dist/${file}`, 'utf8');
const digest = (text: string) => createHash('sha256').update(text).digest('hex');

describe('the Solid renderer halves', () => {
  it('were written against the @astrojs/solid-js files installed', () => {
    expect({ client: digest(upstream('client.js')), server: digest(upstream('server.js')) }).toEqual({
      client: '04b88afc587a75ce85e020bba8a5b8ea6f9d859e6c2c58ac985931bcb0755345',
      server: '8665fd92e7f53caf49c035d5aef543b27c024904f9a49775e5efbf0f30b8d18e',
    });
  });

  it('leave out what the originals load on every island page', () => {
    expect(upstream('client.js')).toContain('from "solid-js/store"');
    const hydrate = readFileSync('src/islands/hydrate.ts', 'utf8');
    const imports = hydrate.match(/^import .*$/gm) ?? [];
    expect(imports.join('\n')).toContain("from 'solid-js/web'");
    expect(imports.join('\n')).not.toMatch(/solid-js\/store|Suspense/);
    expect(readFileSync('integrations/solid-islands.ts', 'utf8')).toMatch(/hydrate\.ts[\s\S]*render\.ts/);
  });
});
