import { cloneElement, createElement, type HTMLAttributes, type ReactElement } from 'react';
import type { MDXComponents } from 'mdx/types';
import { renderToStaticMarkup } from '@/components/render/static-markup';
import { settledOncePerObject } from '@/lib/build/once-per-object';
import { compileArticle, type CompiledArticle } from '@/lib/content/compile';
import type { CompilableArticle } from '@/lib/content/loader';
import { KATEX_STYLESHEET, katexAssetPath } from '@/lib/katex/stylesheet';
import { mdxComponents } from './components';

/** An article's body as the page shows it: its HTML, and whether it holds math. */
export interface RenderedBody {
  html: string;
  hasMath: boolean;
  toc: CompiledArticle['toc'];
}

/**
 * Rendered once per article, whichever route asks first (`settledOncePerObject`).
 * An article body is static HTML: no part of it runs in the browser (the copy buttons and the
 * contents marker are the reader's script). Rendering it once to a string, instead of as a
 * React tree in the page, spares the build a second pass over every element (the page's RSC
 * payload, then its HTML from that payload), and the page's payload carries one string.
 */
export const renderArticleBody: (article: CompilableArticle) => Promise<RenderedBody> = settledOncePerObject(
  '__renderedArticleBodies',
  render,
);

async function render(article: CompilableArticle): Promise<RenderedBody> {
  const { content, toc } = await compileArticle(article, mdxComponents);
  let hasMath = false;
  // KaTeX writes every formula with a MathML copy: seeing one means the page links KaTeX's stylesheet.
  const components: MDXComponents = {
    ...mdxComponents,
    math: (props: HTMLAttributes<HTMLElement>) => {
      hasMath = true;
      return createElement('math', props);
    },
  };
  const html = renderToStaticMarkup(cloneElement(content as ReactElement<{ components: MDXComponents }>, { components }));
  return { html, hasMath, toc };
}

/**
 * The body in the page. With math, KaTeX's stylesheet, which React hoists into <head>: its
 * CSS and fonts load only on pages that hold math.
 */
export function ArticleBody({ body }: { body: RenderedBody }) {
  return (
    <>
      {body.hasMath ? <link rel="stylesheet" href={katexAssetPath(KATEX_STYLESHEET)} precedence="katex" /> : null}
      <div className="prose prose-lg prose-fa dark:prose-invert" dangerouslySetInnerHTML={{ __html: body.html }} />
    </>
  );
}
