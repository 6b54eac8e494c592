import type { Metadata } from 'next';
import { TermIndex } from '@/components/lists/TermIndex';
import { getPublishedPosts, getTerms } from '@/lib/content/posts';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { uiText } from '@/lib/ui-text';

export const metadata: Metadata = pageMetadata({ title: uiText.categories.title, path: '/categories/' });

export default function CategoriesPage() {
  return <TermIndex title={uiText.categories.title} terms={getTerms('categories', getPublishedPosts())} basePath="/categories/" />;
}
