/**
 * Runs once when the `next start` server starts (Next.js instrumentation hook): puts the
 * request guard (lib/security/http-guard.ts) in front of Next's router, so malformed requests
 * get a 4xx instead of a 500. Not in `next dev`; the static export has no server.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NODE_ENV !== 'production') return;
  const { installHttpGuard } = await import('./lib/security/http-guard');
  const { securityHeaders } = await import('./lib/security/headers');
  installHttpGuard(securityHeaders({ variant: 'next-start', siteUrl: process.env.SITE_URL || 'http://localhost:3000' }));
}
