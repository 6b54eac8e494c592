import type { Metadata } from 'next';
import { TermIndex } from '@/components/lists/TermIndex';
import { getAllTags, getPublishedPosts } from '@/lib/content/posts';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { uiText } from '@/lib/ui-text';

export const metadata: Metadata = pageMetadata({ title: uiText.tags.title, path: '/tags/' });

export default function TagsPage() {
  return <TermIndex title={uiText.tags.title} terms={getAllTags(getPublishedPosts())} basePath="/tags/" />;
}
