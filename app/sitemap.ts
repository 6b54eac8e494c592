import type { MetadataRoute } from 'next';
import { getPublishedPosts } from '@/lib/content/posts';
import { absoluteUrl } from '@/lib/seo/absolute-url';
import { sitemapPages } from '@/lib/seo/sitemap';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapPages(getPublishedPosts()).map((page) => ({ url: absoluteUrl(page.path), lastModified: page.lastModified }));
}
