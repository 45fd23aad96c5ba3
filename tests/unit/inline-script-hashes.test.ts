import { describe, expect, it } from 'vitest';
import { addInlineScriptHashes, scriptHash } from '../../integrations/inline-script-hashes.ts';

// SHA-256 digests in base64 worked out apart from the code under test (`openssl dgst -sha256
// -binary | base64`), so that a wrong hash, which the browser would block, fails here.
const known: Record<string, string> = {
  'a()': 'qVpDBgj7bpq5hMAcGp3AOc79J3Y1Z4HvySTwKrWDoy4=',
  'b()': 'cf242PFc/kb7xD0Qzhsmd9vvRkc+cWFmbi+k+YvtdKc=',
  '\n  go();\n': 'bMJjpehY8EHYTEPyRlK8345NPB2b9eh4N0kqsRPiDq4=',
};
const sha = (text: string) => `'sha256-${known[text]!}'`;
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
