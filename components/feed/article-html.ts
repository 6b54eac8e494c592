import { cloneElement, createElement, Fragment, type ReactElement } from 'react';
import { mdxComponents } from '@/components/mdx/components';
import { renderToStaticMarkup } from '@/components/render/static-markup';
import { settledOncePerObject } from '@/lib/build/once-per-object';
import { compileArticle } from '@/lib/content/compile';
import type { Post } from '@/lib/content/posts';
import { absolutizeHtmlUrls } from '@/lib/feeds/absolute-urls';
import { absoluteUrl, sitePaths } from '@/lib/seo/absolute-url';
import { FeedImage, feedMdxComponents } from './feed-mdx-components';

/**
 * An article's full body as static HTML for feeds, with absolute links and images. The body
 * comes from `compileArticle` (memoised, so not compiled again for each feed); MDX content
 * takes its components as a prop, so the feed renders it with its own plain components.
 * Rendered once per article, however many feeds (each its own route bundle) carry it.
 */
export const renderArticleHtml: (post: Post) => Promise<string> = settledOncePerObject('__feedArticleHtml', render);

async function render(post: Post): Promise<string> {
  const { content } = await compileArticle(post, mdxComponents);
  const body = cloneElement(content as ReactElement<{ components: unknown }>, { components: feedMdxComponents });
  // The page shows the cover above the body (and drops its repeat from the body): so does the feed.
  const cover = post.cover && !post.cover.hidden ? post.cover : undefined;
  const html = renderToStaticMarkup(
    createElement(
      Fragment,
      null,
      cover
        ? createElement('p', null, createElement(FeedImage, { src: cover.src, alt: cover.alt, width: cover.width, height: cover.height }))
        : null,
      body,
    ),
  );
  return absolutizeHtmlUrls(html, absoluteUrl(sitePaths.post(post.slug)));
}
