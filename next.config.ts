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

const nextConfig: NextConfig = {
  output: staticExport ? 'export' : standalone ? 'standalone' : undefined,
  // A separate build folder, so the export and the `next start` build can coexist (tests use both).
  distDir: staticExport ? 'out' : '.next',
  trailingSlash: true,
  reactStrictMode: true,
  poweredByHeader: false,
  images: {
    unoptimized: staticExport,
    formats: ['image/avif', 'image/webp'],
    deviceSizes: [360, 480, 640, 768, 1080, 1280, 1600],
  },
};

export default nextConfig;
