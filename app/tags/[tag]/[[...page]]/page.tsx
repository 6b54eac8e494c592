import type { Metadata } from 'next';
import { termListRoute } from '@/app/_lists/post-lists';

type Props = { params: Promise<{ tag: string; page?: string[] }> };

const route = termListRoute('tags');

// `/tags/<tag>/` and its `page/2/` … `page/<last>/` only: `page/1/` would duplicate the
// tag's own address, and any other address (past the last page included) is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return route.params().map(({ term, page }) => ({ tag: term, page }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag, page } = await params;
  return route.metadata(tag, page);
}

export default async function TagPage({ params }: Props) {
  const { tag, page } = await params;
  return route.page(tag, page);
}
