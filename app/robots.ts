import type { MetadataRoute } from 'next';
import { absoluteUrl, sitePaths } from '@/lib/seo/absolute-url';
import { robotsRules } from '@/lib/seo/robots';
import { shouldShowDrafts } from '@/lib/site';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return { rules: robotsRules(shouldShowDrafts()), sitemap: absoluteUrl(sitePaths.sitemap) };
}
