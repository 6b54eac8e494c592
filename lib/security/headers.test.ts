import { describe, expect, it } from 'vitest';
import { SEARCH_PASSAGES_PATH, SEARCH_SHARDS_PATH } from '@/lib/search/index-file';
import { cspScriptHash } from '@/lib/theme/csp-hash';
import { THEME_INIT_SCRIPT } from '@/lib/theme/theme';
import { CACHE_RULES, contentSecurityPolicy, securityHeaders, type SecurityHeaderOptions } from './headers';

/** The policy as a map of directive → sources, as a browser reads it. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

const themeHash = cspScriptHash(THEME_INIT_SCRIPT);
const nextStart: SecurityHeaderOptions = { variant: 'next-start', siteUrl: 'http://127.0.0.1:3000' };
const lean: SecurityHeaderOptions = { variant: 'lean-export', siteUrl: 'https://example.ir', inlineScriptHashes: [themeHash] };

describe('contentSecurityPolicy', () => {
  it.each([nextStart, lean])('allows only this origin and never eval, plugins, framing or foreign forms ($variant)', (options) => {
    const policy = directives(contentSecurityPolicy(options));
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('font-src')).toEqual(["'self'"]);
    const everySource = [...policy.values()].flat();
    expect(everySource).not.toContain("'unsafe-eval'");
    // Nothing from another host, nor data: URLs: every source is a keyword or a hash.
    for (const source of everySource) expect(source).toMatch(/^('[a-z-]+'|'sha256-[A-Za-z0-9+/=]+')$/);
    expect(policy.get('img-src')).toEqual(["'self'"]);
  });

  it("gives next start's pages 'unsafe-inline' scripts, which their inline RSC payload needs", () => {
    expect(directives(contentSecurityPolicy(nextStart)).get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it('allows the lean pages only their own files and the theme script, by hash', () => {
    const scripts = directives(contentSecurityPolicy(lean)).get('script-src');
    expect(scripts).toEqual(["'self'", themeHash]);
    expect(scripts).not.toContain("'unsafe-inline'");
  });

  it("refuses to mix a hash with 'unsafe-inline' (browsers would then drop 'unsafe-inline')", () => {
    expect(() => contentSecurityPolicy({ ...nextStart, inlineScriptHashes: [themeHash] })).toThrow(/unsafe-inline/);
  });

  it('refuses a lean policy without hashes, or with something that is not a hash', () => {
    expect(() => contentSecurityPolicy({ ...lean, inlineScriptHashes: [] })).toThrow(/hash/);
    expect(() => contentSecurityPolicy({ ...lean, inlineScriptHashes: ["'unsafe-inline'"] })).toThrow(/not a CSP hash/);
    expect(() => contentSecurityPolicy({ ...lean, inlineScriptHashes: ['https://cdn.example'] })).toThrow(/not a CSP hash/);
  });

  it('upgrades insecure requests only on an https site', () => {
    expect(directives(contentSecurityPolicy(lean)).has('upgrade-insecure-requests')).toBe(true);
    expect(directives(contentSecurityPolicy(nextStart)).has('upgrade-insecure-requests')).toBe(false);
  });
});

describe('securityHeaders', () => {
  const byName = (options: SecurityHeaderOptions) => new Map(securityHeaders(options).map((h) => [h.key, h.value]));

  it('sets nosniff, a referrer policy, a permissions policy and no framing', () => {
    const headers = byName(nextStart);
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(headers.get('Permissions-Policy')).toMatch(/(^|, )camera=\(\)/);
    expect(headers.get('Permissions-Policy')).toMatch(/(^|, )geolocation=\(\)/);
    expect(headers.get('X-Frame-Options')).toBe('DENY');
    expect(headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy(nextStart));
  });

  it('sends HSTS only when the site is served over https', () => {
    expect(byName(nextStart).has('Strict-Transport-Security')).toBe(false);
    expect(byName(lean).get('Strict-Transport-Security')).toMatch(/^max-age=31536000; includeSubDomains$/);
    expect(byName({ ...nextStart, siteUrl: 'HTTPS://Example.ir' }).has('Strict-Transport-Security')).toBe(true);
  });

  it('writes header values a header line can carry (no line breaks)', () => {
    for (const { value } of [...securityHeaders(nextStart), ...securityHeaders(lean)]) expect(value).not.toMatch(/[\r\n]/);
  });
});

describe('CACHE_RULES', () => {
  it('caches the hashed assets for a year as immutable', () => {
    const assets = CACHE_RULES.find((rule) => rule.source === '/assets/:path*');
    expect(assets?.value).toBe('public, max-age=31536000, immutable');
    for (const rule of CACHE_RULES) expect(rule.source.startsWith(rule.prefix)).toBe(true);
  });

  it('caches the search files named by their content for a year on static hosts too', () => {
    for (const prefix of [SEARCH_SHARDS_PATH, SEARCH_PASSAGES_PATH]) {
      expect(CACHE_RULES.find((rule) => rule.prefix === prefix)?.value).toBe('public, max-age=31536000, immutable');
    }
  });
});
