import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { IMAGE_MEDIA_TYPES, listBundleImages } from '@/lib/content/images';
import { decodeRouteParam, getPostBySlug, getPublishedPosts } from '@/lib/content/posts';

/**
 * Images that live beside an article (`content/posts/<slug>/chat-bot.jpg`) are served at
 * `/posts/<slug>/chat-bot.jpg`, prerendered at build time (so a static export has them too).
 * Only image files inside an article's own folder exist here: nothing else in content/ is exposed.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return getPublishedPosts().flatMap((post) =>
    post.imageContext.bundleDir ? listBundleImages(post.imageContext.bundleDir).map((asset) => ({ slug: post.slug, asset })) : [],
  );
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; asset: string[] }> }) {
  const { slug, asset } = await params;
  const post = getPostBySlug(slug);
  const bundleDir = post?.imageContext.bundleDir;
  const wanted = asset.map(decodeRouteParam).join('/');
  if (!bundleDir || !listBundleImages(bundleDir).some((segments) => segments.join('/') === wanted)) {
    return new Response('Not found', { status: 404 });
  }
  const file = path.join(/* turbopackIgnore: true */ bundleDir, ...wanted.split('/'));
  const body = await readFile(file);
  return new Response(body, {
    headers: {
      'Content-Type': IMAGE_MEDIA_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'X-Content-Type-Options': 'nosniff',
      // File names are not content-hashed, so a replaced image must reach readers within a day.
      'Cache-Control': 'public, max-age=86400, stale-while-revalidate=604800',
      // SVGs are images only: never let one run script if opened directly.
      ...(file.endsWith('.svg') ? { 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox" } : {}),
    },
  });
}
