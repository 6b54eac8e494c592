import { describe, expect, it } from 'vitest';
import { securityHeaders } from './headers';
import { executableInlineScripts, netlifyHeadersFile, nginxSnippet } from './static-headers';

const headers = securityHeaders({ variant: 'lean-export', siteUrl: 'https://example.ir', inlineScriptHashes: ["'sha256-abc='"] });

/** `_headers` parsed back: pattern → header lines, as Netlify reads it. */
function parseHeadersFile(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!line.startsWith(' ')) rules.set(line, (current = new Map()));
    else {
      const [, key, value] = /^\s+([^:]+): (.*)$/.exec(line)!;
      current!.set(key!, value!);
    }
  }
  return rules;
}

describe('netlifyHeadersFile', () => {
  it('sends every security header on every path and caches hashed assets for a year', () => {
    const rules = parseHeadersFile(netlifyHeadersFile(headers));
    for (const { key, value } of headers) expect(rules.get('/*')?.get(key)).toBe(value);
    expect(rules.get('/assets/*')?.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
  });

  it('refuses a value that would break the file', () => {
    expect(() => netlifyHeadersFile([{ key: 'X', value: 'a\nb' }])).toThrow(/line break/);
  });
});

describe('nginxSnippet', () => {
  const snippet = nginxSnippet(headers);

  it('adds each header with `always`, so error pages carry them too', () => {
    for (const { key, value } of headers) expect(snippet).toContain(`add_header ${key} "${value}" always;`);
  });

  it('repeats the security headers inside each cache location (nginx does not inherit them there)', () => {
    const assets = /location \^~ \/assets\/ \{([\s\S]*?)\}/.exec(snippet)?.[1] ?? '';
    expect(assets).toContain('add_header Cache-Control "public, max-age=31536000, immutable" always;');
    for (const { key } of headers) expect(assets).toContain(`add_header ${key} `);
  });

  it('refuses a value with a double quote', () => {
    expect(() => nginxSnippet([{ key: 'X', value: 'a"b' }])).toThrow(/double quote/);
  });
});

describe('executableInlineScripts', () => {
  it('finds inline scripts a browser would run, not external scripts or data blocks', () => {
    const html = [
      '<script>a()</script>',
      '<script src="/assets/x.js"></script>',
      '<script type="application/ld+json">{"@context":"https://schema.org"}</script>',
      '<script type="module">b()</script>',
      '<SCRIPT nonce="x">c()</SCRIPT >',
      '<script></script>',
    ].join('');
    expect(executableInlineScripts(html)).toEqual(['a()', 'b()', 'c()']);
  });
});
