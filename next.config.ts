import { execFileSync } from 'node:child_process';
import type { NextConfig } from 'next';

/**
 * `STATIC_EXPORT=1 npm run build` writes a plain static site to out/ for any static host or CDN.
 * There is no image optimiser on such hosts, so images are then served as they are.
 */
const staticExport = process.env.STATIC_EXPORT === '1';
/** `STANDALONE=1 npm run build`: a self-contained server in .next/standalone/ (the Dockerfile uses it). */
const standalone = process.env.STANDALONE === '1';

if (process.argv.includes('build') && !process.env.SITE_URL) {
  console.warn('⚠ SITE_URL is not set: canonical, Open Graph and share links will point to http://localhost:3000.');
}

// One clock per build for scheduled articles (lib/content/publication.ts): pinned here, before
// Next starts the workers that render pages, which inherit it. `next dev` keeps the live clock.
if (process.argv.includes('build')) process.env.BUILD_TIME ||= new Date().toISOString();

/**
 * Old addresses of articles (Hugo `aliases`) answer with a 308 to the article. They come from
 * the content loader, run by tsx in a child process: this file cannot import it, since its
 * `@/` paths do not resolve when Next.js loads the config. A static host has no redirects:
 * there, `scripts/redirects.ts --write-export` writes an HTML page at each old address.
 */
function articleRedirects() {
  const json = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/redirects.ts', '--json'], { encoding: 'utf8' });
  return JSON.parse(json) as Array<{ source: string; destination: string; permanent: true }>;
}

const nextConfig: NextConfig = {
  output: staticExport ? 'export' : standalone ? 'standalone' : undefined,
  // A separate build folder, so the export and the `next start` build can coexist (tests use both);
  // NEXT_DIST_DIR adds more, e.g. the preview build the tests serve beside the production one.
  distDir: process.env.NEXT_DIST_DIR || (staticExport ? 'out' : '.next'),
  trailingSlash: true,
  reactStrictMode: true,
  // `npm run typecheck` (first step of `npm test` and CI) checks the types; the build does not
  // check them again, which cost it as much CPU as prerendering a few hundred articles.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  // Also given to the export build, which Next.js warns about (a static host ignores them): that
  // build rewrites .next/routes-manifest.json, and without them `next start` would lose them.
  redirects: async () => articleRedirects(),
  // The benchmark's CPU profile of a build (lib/bench/cpu-profile.ts) names functions as written.
  ...(process.env.BUILD_CPU_PROFILE_DIR ? { experimental: { serverMinification: false } } : {}),
  images: {
    unoptimized: staticExport,
    formats: ['image/avif', 'image/webp'],
    deviceSizes: [360, 480, 640, 768, 1080, 1280, 1600],
  },
};

export default nextConfig;
