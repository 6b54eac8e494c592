import type { Metadata } from 'next';
import { SEARCH_TITLE_ID } from '@/lib/browser/search/markup';
import { SearchPanel } from '@/components/search/SearchPanel';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { uiText } from '@/lib/ui-text';

export const metadata: Metadata = pageMetadata({ title: uiText.search.title, path: '/search/' });

export default function SearchPage() {
  return (
    <section className="mx-auto max-w-3xl py-8">
      <h1 id={SEARCH_TITLE_ID} className="text-2xl font-extrabold">
        {uiText.search.title}
      </h1>
      <SearchPanel />
      <noscript>
        <p className="mt-6 text-muted">{uiText.search.needsJavaScript}</p>
      </noscript>
    </section>
  );
}
