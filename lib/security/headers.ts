/**
 * The security headers every response of the site carries, as one pure description that both
 * `next start` (next.config.ts `headers()`) and the static hosts' files (`_headers`, an nginx
 * snippet: scripts/static-headers.ts) are written from, so the two never drift apart.
 */

export interface Header {
  key: string;
  value: string;
}

/**
 * Where the pages come from decides how strict the script policy can be:
 * - `next-start`: pages rendered by Next.js (and its normal static export) carry the RSC
 *   payload as inline `self.__next_f.push(…)` scripts that differ on every page, so scripts
 *   need `'unsafe-inline'`. A hash list beside it would make browsers ignore `'unsafe-inline'`
 *   (CSP Level 2), blocking those scripts, so the two are never mixed.
 * - `lean-export`: pages without the Next/React runtime, whose only inline script is the theme
 *   script; everything else is our own files. Inline scripts are allowed by hash only.
 */
export type PolicyVariant = 'next-start' | 'lean-export';

export interface SecurityHeaderOptions {
  variant: PolicyVariant;
  /** The site's absolute origin: HSTS and `upgrade-insecure-requests` only when it is https. */
  siteUrl: string;
  /** CSP source expressions (`'sha256-…'`) of the inline scripts the lean pages carry. */
  inlineScriptHashes?: readonly string[];
}

const HASH_SOURCE = /^'sha(256|384|512)-[A-Za-z0-9+/]+={0,2}'$/;

/** One year, with subdomains: what hstspreload.org asks for; `preload` is the owner's decision. */
const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Features no page uses, switched off so that nothing an article smuggles in (or a compromised
 * script) can ask the reader for them.
 */
const DISABLED_FEATURES = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'serial',
  'usb',
  'xr-spatial-tracking',
] as const;

export function isHttps(siteUrl: string): boolean {
  return /^https:\/\//i.test(siteUrl.trim());
}

function scriptSources({ variant, inlineScriptHashes = [] }: SecurityHeaderOptions): string[] {
  if (variant === 'next-start') {
    if (inlineScriptHashes.length > 0) {
      throw new Error("next-start pages need 'unsafe-inline' for scripts; a hash beside it would disable it");
    }
    return ["'self'", "'unsafe-inline'"];
  }
  if (inlineScriptHashes.length === 0) throw new Error('the lean export needs the hash of its inline theme script');
  for (const hash of inlineScriptHashes) {
    if (!HASH_SOURCE.test(hash)) throw new Error(`not a CSP hash source: ${hash}`);
  }
  return ["'self'", ...new Set(inlineScriptHashes)];
}

/**
 * The Content-Security-Policy: only this origin, no eval, no plugins, no framing, no `<base>`
 * or form posts elsewhere. Styles: our stylesheets, plus inline `style` attributes (KaTeX
 * positions math with them, React writes a few) through `style-src-attr`; `style-src` keeps
 * `'unsafe-inline'` only as the fallback for browsers without `style-src-attr`/`-elem`, which
 * ignore the stricter `style-src-elem 'self'` (no `<style>` elements) that others apply.
 */
export function contentSecurityPolicy(options: SecurityHeaderOptions): string {
  const directives: Array<[string, ...string[]]> = [
    ['default-src', "'self'"],
    ['script-src', ...scriptSources(options)],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['style-src-elem', "'self'"],
    ['style-src-attr', "'unsafe-inline'"],
    ['img-src', "'self'"],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['manifest-src', "'self'"],
    ['media-src', "'self'"],
    ['worker-src', "'none'"],
    ['frame-src', "'none'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  if (isHttps(options.siteUrl)) directives.push(['upgrade-insecure-requests']);
  return directives.map((directive) => directive.join(' ')).join('; ');
}

/** Every security header, in a stable order. */
export function securityHeaders(options: SecurityHeaderOptions): Header[] {
  const headers: Header[] = [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(options) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: DISABLED_FEATURES.map((feature) => `${feature}=()`).join(', ') },
    // frame-ancestors is the modern form; this covers browsers that predate it.
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ];
  if (isHttps(options.siteUrl)) headers.push({ key: 'Strict-Transport-Security', value: HSTS });
  return headers;
}

/** Cache rules beside the security headers, by path pattern (Next.js `source` syntax). */
export interface CacheRule {
  /** Next.js path pattern, e.g. `/assets/:path*`. */
  source: string;
  /** The same paths as a plain prefix, for hosts that match by prefix (`_headers`, nginx). */
  prefix: string;
  value: string;
  /** `next start` already sends this header itself (and warns when it is set again). */
  servedByNext: boolean;
}

/** For files named by their content: cached for a year, never revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Files whose names carry a content hash never change: cache them for a year. `/assets/` holds
 * the lean export's scripts; `/_next/static/` the framework's chunks, CSS and fonts (next/font
 * and KaTeX's fonts land in `/_next/static/media/`), which `next start` already sends so and a
 * static host does not; the search index's shards and the articles' passages, whose routes send
 * it themselves.
 */
export const CACHE_RULES: readonly CacheRule[] = [
  { source: '/assets/:path*', prefix: '/assets/', value: IMMUTABLE, servedByNext: false },
  { source: '/_next/static/:path*', prefix: '/_next/static/', value: IMMUTABLE, servedByNext: true },
  { source: '/search/shards/:path*', prefix: '/search/shards/', value: IMMUTABLE, servedByNext: true },
  { source: '/search/passages/:path*', prefix: '/search/passages/', value: IMMUTABLE, servedByNext: true },
];
