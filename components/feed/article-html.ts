import { cloneElement, createElement, Fragment, type ReactElement } from 'react';
import { mdxComponents } from '@/components/mdx/components';
import { renderToStaticMarkup } from '@/components/render/static-markup';
import { compileArticle } from '@/lib/content/compile';
import type { Post } from '@/lib/content/posts';
import { absolutizeHtmlUrls } from '@/lib/feeds/absolute-urls';
import { absoluteUrl, sitePaths } from '@/lib/seo/absolute-url';
import { FeedImage, feedMdxComponents } from './feed-mdx-components';

/**
 * Rendered bodies, on `globalThis` like the loader's posts: each feed route is its own bundle
 * with its own copy of this module, and an article in four feeds is rendered once.
 */
const rendered: WeakMap<Post, Promise<string>> = ((
  globalThis as { __feedArticleHtml?: WeakMap<Post, Promise<string>> }
).__feedArticleHtml ??= new WeakMap());

/**
 * An article's full body as static HTML for feeds, with absolute links and images. The body
 * comes from `compileArticle` (memoised, so not compiled again for each feed); MDX content
 * takes its components as a prop, so the feed renders it with its own plain components.
 */
export function renderArticleHtml(post: Post): Promise<string> {
  let html = rendered.get(post);
  if (!html) {
    html = render(post);
    rendered.set(post, html);
  }
  return html;
}

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
