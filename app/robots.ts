import type { MetadataRoute } from 'next';
import { absoluteUrl, sitePaths } from '@/lib/seo/absolute-url';
import { shouldShowDrafts } from '@/lib/site';

export const dynamic = 'force-static';

/** A preview build shows drafts: it must never be indexed. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: shouldShowDrafts() ? { userAgent: '*', disallow: '/' } : { userAgent: '*', allow: '/' },
    sitemap: absoluteUrl(sitePaths.sitemap),
  };
}
