import type { Metadata } from 'next';
import { homeListRoute } from '@/app/_lists/post-lists';
import { sitePageRoute } from '@/app/_site-pages/site-page-route';

type Props = { params: Promise<{ page?: string[] }> };

// `/` and `/page/2/` … `/page/<last>/`, and the site's pages (`/about/`) only: `/page/1/`
// would duplicate `/`, and any other address reaching this catch-all (past the last page
// included) is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return [...homeListRoute.params(), ...sitePageRoute.params()];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const segments = (await params).page;
  return sitePageRoute.find(segments) ? sitePageRoute.metadata(segments) : homeListRoute.metadata(segments);
}

export default async function HomeOrSitePage({ params }: Props) {
  const segments = (await params).page;
  return sitePageRoute.find(segments) ? sitePageRoute.page(segments) : homeListRoute.page(segments);
}
