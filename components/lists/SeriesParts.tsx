import { PostCard } from '@/components/article/PostCard';
import type { Post } from '@/lib/content/posts';
import { toPersianDigits } from '@/lib/persian/digits';
import { uiText } from '@/lib/ui-text';

/** A series page: its parts in reading order, each labelled «بخش ۱», «بخش ۲»… */
export function SeriesParts({ name, parts }: { name: string; parts: Post[] }) {
  return (
    <section className="mx-auto max-w-3xl py-8">
      <h1 className="text-2xl font-extrabold">{uiText.series.seriesTitle(name)}</h1>
      <p className="mt-2 text-muted">{uiText.series.partCount(toPersianDigits(parts.length))}</p>
      <ol className="divide-y divide-line" data-testid="series-parts">
        {parts.map((post, index) => (
          <li key={post.slug} className="pt-6">
            <p className="-mb-4 text-sm font-bold text-accent">{uiText.series.part(toPersianDigits(index + 1))}</p>
            <PostCard post={post} priority={index === 0} />
          </li>
        ))}
      </ol>
    </section>
  );
}
