import { DirectionIcon } from '@/components/layout/DirectionIcon';
import { PAGE_ELEMENT_IDS } from '@/lib/content/mdx/rehype-heading-ids';
import type { ArticleLinks, Post } from '@/lib/content/posts';
import { site } from '@/lib/site';
import { uiText } from '@/lib/ui-text';
import { JalaliDate } from './JalaliDate';
import { SeriesNav } from './SeriesNav';
import { ShareLinks } from './ShareLinks';
import { TagList } from './TagList';
import { sitePaths } from '@/lib/seo/absolute-url';

/** End of an article: tags, series, share, edit link, newer/older and related articles. */
export function ArticleFooter({ post, links }: { post: Post; links: ArticleLinks }) {
  const { newer, older, related } = links;
  const url = `${site.url}/posts/${post.slug}/`;
  return (
    // The site's own Persian, also under an article in English.
    <footer dir="rtl" lang="fa" className="article-footer mt-12 space-y-8 border-t border-line pt-8">
      <TagList tags={post.categories} label={uiText.categories.title} basePath="/categories/" />
      <TagList tags={post.tags} />
      <SeriesNav post={post} parts={links.series} />
      <ShareLinks url={url} title={post.title} />
      {site.editBaseUrl ? (
        <p className="print:hidden">
          <a
            href={`${site.editBaseUrl}/${post.sourcePath}`}
            className="text-sm text-muted underline underline-offset-4"
            rel="noopener noreferrer"
            data-testid="edit-link"
          >
            {uiText.article.editThisPage}
          </a>
        </p>
      ) : null}
      {newer || older ? (
        <nav
          aria-label={`${uiText.article.newer} / ${uiText.article.older}`}
          className="grid gap-4 sm:grid-cols-2 print:hidden"
          data-testid="post-nav"
        >
          {newer ? (
            <a href={sitePaths.post(newer.slug)} rel="next" className="nav-card">
              <span className="inline-flex items-center gap-1 text-sm text-muted">
                <DirectionIcon toward="back" />
                {uiText.article.newer}
              </span>
              <span className="font-bold">{newer.title}</span>
            </a>
          ) : (
            <span />
          )}
          {older ? (
            // At the far end only beside the newer card: alone in a phone's column, it reads from the start.
            <a href={sitePaths.post(older.slug)} rel="prev" className="nav-card sm:text-end">
              <span className="inline-flex items-center gap-1 text-sm text-muted sm:justify-end">
                {uiText.article.older}
                <DirectionIcon toward="forward" />
              </span>
              <span className="font-bold">{older.title}</span>
            </a>
          ) : null}
        </nav>
      ) : null}
      {related.length > 0 ? (
        <section aria-labelledby={PAGE_ELEMENT_IDS.related} className="print:hidden" data-testid="related">
          <h2 id={PAGE_ELEMENT_IDS.related} className="text-lg font-bold">
            {uiText.article.related}
          </h2>
          <ul className="mt-3 space-y-2">
            {related.map((item) => (
              <li key={item.slug}>
                <a href={sitePaths.post(item.slug)} className="underline-offset-4 hover:underline">
                  {item.title}
                </a>{' '}
                <JalaliDate date={item.date} className="text-sm text-muted" />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </footer>
  );
}
