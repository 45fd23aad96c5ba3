import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addInlineScriptHashes, scriptHash } from '../../integrations/inline-script-hashes.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (csp: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${csp}"></head><body>${body}</body></html>`;
const policy = (html: string) => /content="([^"]*)"/.exec(html)![1]!;

describe('adding inline scripts to the page policy', () => {
  it('hashes exactly the text between the tags, as browsers do', () => {
    expect(scriptHash('\n  go();\n')).toBe(sha('\n  go();\n'));
  });

  it('adds each inline script’s hash to script-src and leaves other directives alone', () => {
    const html = page(
      "default-src 'self'; script-src 'self' 'sha256-known'; style-src 'self';",
      '<script>a()</script><script type="module">b()</script><script src="/c.js"></script>',
    );
    const csp = policy(addInlineScriptHashes(html));
    expect(csp).toBe(
      `default-src 'self'; script-src 'self' 'sha256-known' ${sha('a()')} ${sha('b()')}; style-src 'self';`,
    );
  });

  it('does not repeat a hash the policy already has, and leaves pages without a policy as they are', () => {
    const html = page(`script-src 'self' ${sha('a()')}`, '<script>a()</script>');
    expect(policy(addInlineScriptHashes(html))).toBe(`script-src 'self' ${sha('a()')};`);
    expect(addInlineScriptHashes('<p>no policy</p><script>x()</script>')).toBe(
      '<p>no policy</p><script>x()</script>',
    );
  });

  it('refuses a policy it cannot extend rather than shipping pages whose scripts would be blocked', () => {
    expect(() => addInlineScriptHashes(page("default-src 'self'", '<script>a()</script>'))).toThrow(
      /script-src/,
    );
  });
});
