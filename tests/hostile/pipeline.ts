/**
 * The real build pipeline, without Next: what `next build` does with content, from reading the
 * files to every output an article reaches (its page body, JSON-LD, the feeds, the sitemap's
 * addresses, the search index and its social card). The hostile-content tests run articles
 * through it in the test process and, for the ones that could exhaust a process, in a child
 * (run-case.ts) with a memory limit.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { renderArticleHtml } from '@/components/feed/article-html';
import { mdxComponents } from '@/components/mdx/components';
import { collectContentProblems } from '@/lib/content/check';
import { compileArticle } from '@/lib/content/compile';
import type { Post } from '@/lib/content/posts';
import { formatProblem } from '@/lib/content/problems';
import { renderFeed, type FeedFormat } from '@/lib/feeds/site-feed';
import { postCard, vazirmatnFonts } from '@/lib/og/cards';
import { renderCard } from '@/lib/og/render-card';
import { getSearchData } from '@/lib/search/build-index';
import { absoluteUrl, sitePaths } from '@/lib/seo/absolute-url';
import { articleJsonLd, serializeJsonLd } from '@/lib/seo/json-ld';
import { sitemapPages } from '@/lib/seo/sitemap';
import { site } from '@/lib/site';

export interface BuiltArticle {
  post: Post;
  /** The article body as the page renders it. */
  bodyHtml: string;
  /** The `<script type="application/ld+json">` content of its page. */
  jsonLd: string;
  /** Size of its social card (JPEG). */
  ogCardBytes: number;
}

export interface PipelineResult {
  /** Errors as the build prints them (`file:line:column — reason\n    fix: …`). */
  errors: string[];
  articles: BuiltArticle[];
  feeds: Record<FeedFormat, string>;
  sitemapUrls: string[];
  searchIndex: string;
  searchPassages: string[];
}

export async function runPipeline(rootDir: string): Promise<PipelineResult> {
  const { posts, compiled, problems } = await collectContentProblems(rootDir, mdxComponents);
  const errors = problems.filter((problem) => problem.severity !== 'warning').map(formatProblem);
  const empty = { errors, articles: [], feeds: { rss: '', atom: '', json: '' }, sitemapUrls: [], searchIndex: '', searchPassages: [] };
  // The build stops at the first error; nothing below would be written.
  if (errors.length > 0) return empty;

  const fonts = vazirmatnFonts();
  const articles: BuiltArticle[] = [];
  for (const post of posts) {
    const url = absoluteUrl(sitePaths.post(post.slug));
    articles.push({
      post,
      bodyHtml: renderToStaticMarkup(compiled.get(post)!.content),
      jsonLd: serializeJsonLd(
        articleJsonLd({
          post,
          url,
          imageUrl: absoluteUrl(sitePaths.postOgImage(post.slug)),
          siteName: site.name,
          siteUrl: site.url,
          defaultAuthor: site.author,
          language: site.language,
        }),
      ),
      ogCardBytes: (await renderCard(postCard(post, site.name, fonts))).length,
    });
  }
  const entries = [];
  for (const post of posts) entries.push({ post, html: await renderArticleHtml(post) });
  const channel = {
    title: site.name,
    description: site.description,
    pageUrl: absoluteUrl('/'),
    feedUrls: { rss: absoluteUrl(sitePaths.rss) },
    language: site.language,
    defaultAuthor: site.author,
    postUrl: (slug: string) => absoluteUrl(sitePaths.post(slug)),
  };
  const search = await getSearchData(posts, async (post) => (await compileArticle(post, mdxComponents)).plainText);
  return {
    errors,
    articles,
    feeds: {
      rss: renderFeed('rss', channel, entries),
      atom: renderFeed('atom', channel, entries),
      json: renderFeed('json', channel, entries),
    },
    sitemapUrls: sitemapPages(posts).map((page) => absoluteUrl(page.path)),
    searchIndex: JSON.stringify(search.index),
    searchPassages: [...search.passages.values()],
  };
}
