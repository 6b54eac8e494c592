import Image from 'next/image';
import { ArticleBody, type RenderedBody } from '@/components/mdx/article-body';
import { hasImageVariants } from '@/lib/export/image-variants';
import type { ArticleLinks, Post } from '@/lib/content/posts';
import { textDirection } from '@/lib/content/language';
import { ArticleFooter } from './ArticleFooter';
import { BidiText } from './BidiText';
import { PostMeta } from './PostMeta';
import { PublicationBanner } from './PublicationBanner';
import { TableOfContents } from './TableOfContents';

/** The article page: header, cover, contents, body and the end-of-article navigation. */
export function ArticleView({ post, body, links }: { post: Post; body: RenderedBody; links: ArticleLinks }) {
  const { toc } = body;
  // A contents list pays off from two entries on; a single heading needs none.
  const showToc = toc.length >= 2;
  return (
    <div className={showToc ? 'article-layout with-toc' : 'article-layout'}>
      <article dir={textDirection(post.lang)} lang={post.lang} className="article min-w-0">
        <header className="mb-8">
          <PublicationBanner post={post} />
          <h1 className="text-3xl font-black leading-tight sm:text-4xl">
            <BidiText text={post.title} />
          </h1>
          <div className="mt-4">
            <PostMeta post={post} showUpdated />
          </div>
        </header>
        {post.cover && !post.cover.hidden ? (
          <figure className="mb-8">
            <Image
              src={post.cover.src}
              width={post.cover.width}
              height={post.cover.height}
              alt={post.cover.alt}
              priority
              // The cover is the page's largest paint: fetched ahead of the framework's scripts.
              fetchPriority="high"
              sizes="(min-width: 48rem) 48rem, 100vw"
              unoptimized={!hasImageVariants(post.cover.src)}
              className="h-auto w-full rounded-xl"
              data-testid="cover"
            />
            {post.cover.caption ? <figcaption className="mt-2 text-center text-sm text-muted">{post.cover.caption}</figcaption> : null}
          </figure>
        ) : null}
        {showToc ? <TableOfContents entries={toc} variant="inline" /> : null}
        <ArticleBody body={body} />
        <ArticleFooter post={post} links={links} />
      </article>
      {showToc ? (
        <aside dir={textDirection(post.lang)} lang={post.lang} className="toc-side print:hidden">
          <TableOfContents entries={toc} variant="side" />
        </aside>
      ) : null}
    </div>
  );
}
