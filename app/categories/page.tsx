import type { Metadata } from 'next';
import { TermIndex } from '@/components/lists/TermIndex';
import { getPublishedPosts, getTerms } from '@/lib/content/posts';
import { uiText } from '@/lib/ui-text';

export const metadata: Metadata = { title: uiText.categories.title, alternates: { canonical: '/categories/' } };

export default function CategoriesPage() {
  return <TermIndex title={uiText.categories.title} terms={getTerms('categories', getPublishedPosts())} basePath="/categories/" />;
}
