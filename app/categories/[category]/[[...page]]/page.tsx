import type { Metadata } from 'next';
import { termListRoute } from '@/app/_lists/post-lists';

type Props = { params: Promise<{ category: string; page?: string[] }> };

const route = termListRoute('categories');

// `/categories/<category>/` and its `page/2/` … `page/<last>/` only: `page/1/` would duplicate the
// category's own address, and any other address (past the last page included) is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return route.params().map(({ term, page }) => ({ category: term, page }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { category, page } = await params;
  return route.metadata(category, page);
}

export default async function CategoryPage({ params }: Props) {
  const { category, page } = await params;
  return route.page(category, page);
}
