import { BidiText } from '@/components/article/BidiText';
import { JalaliDate } from '@/components/article/JalaliDate';
import { ArticleBody, type RenderedBody } from '@/components/mdx/article-body';
import { textDirection } from '@/lib/content/language';
import type { SitePage } from '@/lib/content/pages';
import { uiText } from '@/lib/ui-text';

/** A page such as «درباره»: its title and body, read like an article but without its trimmings. */
export function SitePageView({ page, body }: { page: SitePage; body: RenderedBody }) {
  return (
    <article dir={textDirection(page.lang)} lang={page.lang} className="article mx-auto max-w-[46rem] py-8">
      <header className="mb-8">
        <h1 className="text-3xl font-black leading-tight sm:text-4xl">
          <BidiText text={page.title} />
        </h1>
        <p className="mt-3 text-sm text-muted">
          {uiText.pages.lastUpdated} <JalaliDate date={page.lastmod ?? page.date} />
        </p>
      </header>
      <ArticleBody body={body} />
    </article>
  );
}
