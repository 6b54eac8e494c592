import path from 'node:path';
import type { Post } from '@/lib/content/posts';
import { formatJalaliDate } from '@/lib/persian/date';
import type { CardFonts, CardInput } from './render-card';

/**
 * Vazirmatn's static TrueType files from its npm package (OFL, as the site's web font):
 * Pango needs TTF/OTF, not the woff2 the pages use.
 */
export function vazirmatnFonts(rootDir: string = process.cwd()): CardFonts {
  const dir = path.join(/* turbopackIgnore: true */ rootDir, 'node_modules', 'vazirmatn', 'fonts', 'ttf');
  return {
    family: 'Vazirmatn',
    bold: path.join(/* turbopackIgnore: true */ dir, 'Vazirmatn-Bold.ttf'),
    regular: path.join(/* turbopackIgnore: true */ dir, 'Vazirmatn-Regular.ttf'),
  };
}

/** An article's card: over its darkened cover when it has one, else light on a drawn background. */
export function postCard(post: Post, siteName: string, fonts: CardFonts): CardInput {
  return {
    title: post.title,
    siteName,
    footer: formatJalaliDate(post.date),
    coverFile: post.cover?.file,
    theme: post.cover ? 'dark' : 'light',
    fonts,
  };
}

/** The site's card, for every page that is not an article. */
export function siteCard(site: { name: string; description: string }, fonts: CardFonts): CardInput {
  return { title: site.name, footer: site.description, theme: 'dark', fonts };
}
