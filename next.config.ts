import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { NextConfig } from 'next';
import { buildBrowserAssets } from './scripts/browser-assets';
import { CACHE_RULES, securityHeaders } from './lib/security/headers';

/**
 * `STATIC_EXPORT=1 npm run build` writes a plain static site to out/ for any static host or CDN.
 * There is no image optimiser on such hosts: the export writes resized images itself.
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

// The reader's script (lib/browser/, bundled by esbuild into public/assets/), built once per
// `next build` or `next dev` before Next starts its workers; they inherit its URL. Never under
// `next start`, which serves the files of its build. `next dev` (told apart by NODE_ENV in its
// server process) builds it once: restart it after editing lib/browser/.
if (process.argv.includes('build') || process.env.NODE_ENV === 'development') process.env.SITE_SCRIPT_SRC ||= buildBrowserAssets();
const siteScriptSrc = process.env.SITE_SCRIPT_SRC;

/**
 * Old addresses of articles (Hugo `aliases`) answer with a 308 to the article. They come from
 * the content loader, run by tsx in a child process: this file cannot import it, since its
 * `@/` paths do not resolve when Next.js loads the config. A static host has no redirects:
 * there, `scripts/redirects.ts --write-export` writes an HTML page at each old address.
 */
function articleRedirects() {
  const json = redirectsJsonOncePerBuild(() =>
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/redirects.ts', '--json'], { encoding: 'utf8' }),
  );
  return JSON.parse(json) as Array<{ source: string; destination: string; permanent: true }>;
}

/**
 * Next asks for the redirects in each build process and again in the workers it starts (four
 * times a build, 1.6 s of CPU each at 1,000 articles: the child loads every article). The
 * first answer is kept in a file named by an environment variable the workers inherit.
 */
function redirectsJsonOncePerBuild(compute: () => string): string {
  const kept = process.env.ARTICLE_REDIRECTS_FILE;
  if (kept && existsSync(kept)) return readFileSync(kept, 'utf8');
  const json = compute();
  // scripts/next-build.mjs names the file for both of its steps, and removes it at the end.
  if (kept) writeFileSync(kept, json);
  else if (process.argv.includes('build')) {
    const file = path.join(tmpdir(), `article-redirects-${process.pid}.json`);
    writeFileSync(file, json);
    process.env.ARTICLE_REDIRECTS_FILE = file;
    process.once('exit', () => rmSync(file, { force: true }));
  }
  return json;
}

/**
 * Security headers on every response of `next start` (lib/security/headers.ts). Not for the
 * export, whose host sends them from the `_headers`/nginx files scripts/static-headers.ts
 * writes; nor for `next dev`, whose React needs `eval` for its error overlay.
 */
async function responseHeaders() {
  if (process.env.NODE_ENV !== 'production') return [];
  const siteUrl = process.env.SITE_URL || 'http://localhost:3000';
  return [
    { source: '/:path*', headers: securityHeaders({ variant: 'next-start', siteUrl }) },
    ...CACHE_RULES.filter((rule) => !rule.servedByNext).map((rule) => ({
      source: rule.source,
      headers: [{ key: 'Cache-Control', value: rule.value }],
    })),
  ];
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
  // The font subsetter's half of harfbuzzjs (scripts/build-font.ts, 0.7 MB) is never loaded by the server.
  outputFileTracingExcludes: { '*': ['node_modules/harfbuzzjs/dist/harfbuzz-subset.wasm'] },
  // The content pipeline's packages (parsers, Markdown plugins, KaTeX, feeds, search) are loaded
  // by Node from node_modules, not bundled: Turbopack compiled them again for each group of
  // routes, 9 MB of server chunks and a quarter of the bundler's CPU (5–8 s a build). Their own
  // dependencies follow them; the standalone output copies them all (checked with server.js).
  // harfbuzzjs (text widths for the social cards) loads its WebAssembly from beside its module.
  serverExternalPackages: [
    'feed',
    'gray-matter',
    'harfbuzzjs',
    'hast-util-to-jsx-runtime',
    'hast-util-to-string',
    'image-size',
    'js-yaml',
    'katex',
    'minisearch',
    'rehype-katex',
    'rehype-pretty-code',
    'remark-gfm',
    'remark-math',
    'remark-mdx',
    'remark-parse',
    'remark-rehype',
    'smol-toml',
    'unified',
    'unist-util-visit',
    'vfile',
    'zod',
  ],
  // Inlined into the layout's <script type="module">, so `next start` needs no environment for it.
  env: siteScriptSrc ? { SITE_SCRIPT_SRC: siteScriptSrc } : {},
  // Also given to the export build, which Next.js warns about (a static host ignores them): that
  // build rewrites .next/routes-manifest.json, and without them `next start` would lose them.
  redirects: async () => articleRedirects(),
  headers: staticExport ? undefined : responseHeaders,
  // The benchmark's CPU profile of a build (lib/bench/cpu-profile.ts) names functions as written.
  experimental: {
    // Bundling reuses .next/cache/turbopack/ across builds (scripts/next-build.mjs, README);
    // TURBOPACK_BUILD_CACHE=0 bundles from scratch.
    turbopackFileSystemCacheForBuild: process.env.TURBOPACK_BUILD_CACHE !== '0',
    ...(process.env.BUILD_CPU_PROFILE_DIR ? { serverMinification: false } : {}),
  },
  images: staticExport
    ? // No optimiser on a static host: WebP variants named by this loader are written after the
      // export (scripts/export-images.ts), from 360 px phones to a 2× desktop column.
      { loader: 'custom', loaderFile: './lib/export/image-loader.ts', deviceSizes: [360, 480, 640, 768, 1080, 1280] }
    : {
        formats: ['image/avif', 'image/webp'],
        deviceSizes: [360, 480, 640, 768, 1080, 1280, 1600],
      },
};

export default nextConfig;
