import type { Metadata } from 'next';
import { homeListRoute } from '@/app/_lists/post-lists';

type Props = { params: Promise<{ page?: string[] }> };

// `/` and `/page/2/` … `/page/<last>/` only: `/page/1/` would duplicate `/`, and any other
// address reaching this catch-all (past the last page included) is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return homeListRoute.params();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return homeListRoute.metadata((await params).page);
}

export default async function HomePage({ params }: Props) {
  return homeListRoute.page((await params).page);
}
