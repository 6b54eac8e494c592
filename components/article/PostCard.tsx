import Image from 'next/image';
import { hasImageVariants } from '@/lib/export/image-variants';
import { textDirection } from '@/lib/content/language';
import type { Post } from '@/lib/content/posts';
import { BidiText } from './BidiText';
import { PostMeta } from './PostMeta';
import { sitePaths } from '@/lib/seo/absolute-url';

/**
 * One article in a list: cover thumbnail, title, date and summary.
 * Links across the site are plain <a>, a full page load: Next's <Link> prefetched every visible
 * article (~45 KB on the home page, bench/RESULTS.md), paid by readers on slow or metered networks.
 */
export function PostCard({ post, priority = false }: { post: Post; priority?: boolean }) {
  const href = sitePaths.post(post.slug);
  return (
    // An English article's card reads left to right, in the Latin font, like its page.
    <article
      lang={post.lang}
      dir={textDirection(post.lang)}
      className="post-card group grid gap-4 py-6 sm:grid-cols-[1fr_12rem] sm:items-start"
    >
      <div className="min-w-0">
        <h2 className="text-xl font-bold leading-snug">
          <a href={href} className="hover:text-accent focus-visible:text-accent">
            <BidiText text={post.title} />
          </a>
        </h2>
        <div className="mt-2">
          <PostMeta post={post} />
        </div>
        {post.description ? (
          <p className="mt-3 leading-8 text-muted-strong">
            <BidiText text={post.description} />
          </p>
        ) : null}
      </div>
      {post.cover ? (
        <a href={href} tabIndex={-1} aria-hidden="true" className="order-first sm:order-none">
          <Image
            src={post.cover.src}
            width={post.cover.width}
            height={post.cover.height}
            alt=""
            sizes="(min-width: 640px) 12rem, 100vw"
            unoptimized={!hasImageVariants(post.cover.src)}
            priority={priority}
            fetchPriority={priority ? 'high' : undefined}
            className="aspect-video w-full rounded-lg object-cover"
          />
        </a>
      ) : null}
    </article>
  );
}
