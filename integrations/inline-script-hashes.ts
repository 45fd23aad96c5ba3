/**
 * Astro's `security.csp` hashes the scripts it bundles, but not `is:inline` scripts (the theme
 * switch, the service worker registration, the search page) nor the hydration script Solid's
 * renderer writes into pages with islands. Those are part of our own build output, so after the
 * build each page's policy gains the SHA-256 of every inline script the page carries, and
 * nothing else: a script injected later (the only way user text could become code) stays blocked.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const inlineScript = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const cspMeta = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

/** The CSP source expression allowing exactly `body` as an inline script. */
export const scriptHash = (body: string) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`;

/** Adds the hash of each inline script in `html` to its CSP meta's `script-src`; returns the page. */
export function addInlineScriptHashes(html: string): string {
  const meta = cspMeta.exec(html);
  if (!meta) return html;
  const hashes = [...html.matchAll(inlineScript)].map((m) => scriptHash(m[1] ?? ''));
  const directives = meta[2]!.split(';').map((d) => d.trim());
  const index = directives.findIndex((d) => d.startsWith('script-src'));
  if (index === -1) throw new Error('The page policy has no script-src directive to extend.');
  const sources = new Set(directives[index]!.split(/\s+/));
  for (const hash of hashes) sources.add(hash);
  directives[index] = [...sources].join(' ');
  return html.replace(cspMeta, `$1${directives.filter(Boolean).join('; ')};$3`);
}

/** Rewrites every HTML page under `root` with its inline scripts' hashes. */
export function hashInlineScripts(root: string): number {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  for (const file of files) {
    const path = join(root, file);
    const html = readFileSync(path, 'utf8');
    const updated = addInlineScriptHashes(html);
    if (updated !== html) writeFileSync(path, updated);
  }
  return files.length;
}
