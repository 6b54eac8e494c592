import { CACHE_RULES, type CacheRule, type Header } from './headers';

/**
 * The site's headers in the two formats static hosts read: `_headers` (Netlify, Cloudflare
 * Pages) and an nginx include. Both carry the same security headers on every path and the same
 * cache rules as `next start` (lib/security/headers.ts).
 */

function assertHeaderValue({ key, value }: Header): void {
  if (/[\r\n"]/.test(value)) throw new Error(`header ${key} cannot be written: it contains a line break or a double quote`);
}

/** `_headers`: path patterns, each followed by indented `Name: value` lines; matching rules add up. */
export function netlifyHeadersFile(security: readonly Header[], cacheRules: readonly CacheRule[] = CACHE_RULES): string {
  security.forEach(assertHeaderValue);
  const block = (pattern: string, headers: readonly Header[]) => [pattern, ...headers.map(({ key, value }) => `  ${key}: ${value}`)];
  return [
    '# Written by scripts/static-headers.ts from lib/security/headers.ts; do not edit by hand.',
    ...block('/*', security),
    ...cacheRules.flatMap((rule) => block(`${rule.prefix}*`, [{ key: 'Cache-Control', value: rule.value }])),
    '',
  ].join('\n');
}

/**
 * An nginx snippet to `include` inside the site's `server { }` block. nginx drops every
 * inherited `add_header` in a `location` that sets one of its own, so each cache location
 * repeats the security headers.
 */
export function nginxSnippet(security: readonly Header[], cacheRules: readonly CacheRule[] = CACHE_RULES): string {
  security.forEach(assertHeaderValue);
  const lines = (headers: readonly Header[], indent: string) =>
    headers.map(({ key, value }) => `${indent}add_header ${key} "${value}" always;`);
  return [
    '# Written by scripts/static-headers.ts from lib/security/headers.ts; do not edit by hand.',
    '# Use: `include /path/to/nginx-security.conf;` inside the server { } block that serves the export.',
    ...lines(security, ''),
    ...cacheRules.flatMap((rule) => [
      '',
      `location ^~ ${rule.prefix} {`,
      ...lines([...security, { key: 'Cache-Control', value: rule.value }], '    '),
      '}',
    ]),
    '',
  ].join('\n');
}

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const DATA_BLOCK_TYPE = /\btype\s*=\s*["']?(application\/(ld\+)?json|text\/plain)/i;

/**
 * The text of each inline script a browser would run in this HTML: not `src=` scripts, not
 * data blocks (JSON-LD), which a CSP does not govern.
 */
export function executableInlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const [, attributes = '', body = ''] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes) || DATA_BLOCK_TYPE.test(attributes)) continue;
    if (body.trim() === '') continue;
    scripts.push(body);
  }
  return scripts;
}
