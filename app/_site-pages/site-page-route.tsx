import type { Metadata } from 'next';
import { SitePageView } from '@/components/layout/SitePageView';
import { renderArticleBody } from '@/components/mdx/article-body';
import { getSitePageBySlug, getSitePages } from '@/lib/content/pages';
import { sitePaths } from '@/lib/seo/absolute-url';
import { pageMetadata } from '@/lib/seo/page-metadata';

/**
 * Pages from content/pages/ at `/<slug>/`. They share the site's first-level catch-all route
 * with the home list (`/`, `/page/2/`): Next allows one dynamic segment there.
 */
export const sitePageRoute = {
  /** Segments as the catch-all receives them: `['about']`. */
  params: () => getSitePages().map((page) => ({ page: [page.slug] })),
  find: (segments?: string[]) => (segments?.length === 1 ? getSitePageBySlug(segments[0]!) : undefined),
  metadata: (segments?: string[]): Metadata => {
    const page = sitePageRoute.find(segments);
    return page ? pageMetadata({ title: page.title, description: page.description, path: sitePaths.sitePage(page.slug) }) : {};
  },
  page: async (segments?: string[]) => {
    const page = sitePageRoute.find(segments)!;
    return <SitePageView page={page} body={await renderArticleBody(page)} />;
  },
};
