import type { Metadata } from 'next';
import { Archive } from '@/components/lists/Archive';
import { groupByJalaliMonth } from '@/lib/content/archive';
import { getPublishedPosts } from '@/lib/content/posts';
import { uiText } from '@/lib/ui-text';

export const metadata: Metadata = { title: uiText.archive.title, alternates: { canonical: '/archive/' } };

export default function ArchivePage() {
  const posts = getPublishedPosts();
  return <Archive years={groupByJalaliMonth(posts)} total={posts.length} />;
}
