import type { MetadataRoute } from 'next';
import { getSitePages } from '@/lib/content/pages';
import { getPublishedPosts } from '@/lib/content/posts';
import { absoluteUrl } from '@/lib/seo/absolute-url';
import { lastChanged, sitemapPages } from '@/lib/seo/sitemap';
import { sitePaths } from '@/lib/seo/absolute-url';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  const sitePages = getSitePages().map((page) => ({ path: sitePaths.sitePage(page.slug), lastModified: lastChanged(page) }));
  return [...sitemapPages(getPublishedPosts()), ...sitePages].map((page) => ({
    url: absoluteUrl(page.path),
    lastModified: page.lastModified,
  }));
}
