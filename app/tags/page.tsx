import type { Metadata } from 'next';
import Link from 'next/link';
import { getAllTags, getPublishedPosts } from '@/lib/content/posts';
import { formatPersianNumber } from '@/lib/persian/digits';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { uiText } from '@/lib/ui-text';

export const metadata: Metadata = pageMetadata({ title: uiText.tags.title, path: '/tags/' });

export default function TagsPage() {
  const tags = getAllTags(getPublishedPosts());
  return (
    <section className="mx-auto max-w-3xl py-8">
      <h1 className="text-2xl font-extrabold">{uiText.tags.title}</h1>
      <ul className="mt-6 flex flex-wrap gap-3">
        {tags.map((tag) => (
          <li key={tag.slug}>
            <Link prefetch={false} href={`/tags/${tag.slug}/`} className="tag-chip">
              {tag.name} <span className="text-muted">({uiText.tags.count(formatPersianNumber(tag.count))})</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
