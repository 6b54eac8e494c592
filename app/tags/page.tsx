import type { Metadata } from 'next';
import { TermIndex } from '@/components/lists/TermIndex';
import { getAllTags, getPublishedPosts } from '@/lib/content/posts';
import { uiText } from '@/lib/ui-text';

export const metadata: Metadata = { title: uiText.tags.title, alternates: { canonical: '/tags/' } };

export default function TagsPage() {
  return <TermIndex title={uiText.tags.title} terms={getAllTags(getPublishedPosts())} basePath="/tags/" />;
}
