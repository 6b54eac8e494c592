import type { Metadata } from 'next';
import { Archive } from '@/components/lists/Archive';
import { groupByJalaliMonth } from '@/lib/content/archive';
import { getPublishedPosts } from '@/lib/content/posts';
import { sitePaths } from '@/lib/seo/absolute-url';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { uiText } from '@/lib/ui-text';

export const metadata: Metadata = pageMetadata({ title: uiText.archive.title, path: sitePaths.archive });

export default function ArchivePage() {
  const posts = getPublishedPosts();
  return <Archive years={groupByJalaliMonth(posts)} total={posts.length} />;
}
