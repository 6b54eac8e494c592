import { JalaliDate } from '@/components/article/JalaliDate';
import { BidiText } from '@/components/article/BidiText';
import { textDirection } from '@/lib/content/language';
import type { ArchiveYear } from '@/lib/content/archive';
import type { Post } from '@/lib/content/posts';
import { toPersianDigits } from '@/lib/persian/digits';
import { uiText } from '@/lib/ui-text';
import { sitePaths } from '@/lib/seo/absolute-url';

/** Every article by Jalali year and month: titles and dates only, so it stays light. */
export function Archive({ years, total }: { years: ArchiveYear<Post>[]; total: number }) {
  return (
    <section className="mx-auto max-w-3xl py-8">
      <h1 className="text-2xl font-extrabold">{uiText.archive.title}</h1>
      <p className="mt-2 text-muted">{uiText.archive.intro(toPersianDigits(total))}</p>
      {years.map((year) => (
        <section key={year.year} aria-labelledby={`archive-${year.year}`} className="mt-10" data-testid="archive-year">
          <h2 id={`archive-${year.year}`} className="border-b border-line pb-2 text-xl font-extrabold">
            {toPersianDigits(year.year)}{' '}
            <span className="text-base font-normal text-muted">({uiText.archive.count(toPersianDigits(year.count))})</span>
          </h2>
          {year.months.map((month) => (
            <section key={month.month} aria-labelledby={`archive-${year.year}-${month.month}`} className="mt-6" data-testid="archive-month">
              <h3 id={`archive-${year.year}-${month.month}`} className="font-bold">
                {month.label}{' '}
                <span className="text-sm font-normal text-muted">({uiText.archive.count(toPersianDigits(month.posts.length))})</span>
              </h3>
              <ul className="mt-2 space-y-2">
                {month.posts.map((post) => (
                  <li key={post.slug} className="grid gap-x-3 sm:grid-cols-[7rem_minmax(0,1fr)] sm:items-baseline">
                    <JalaliDate date={post.date} className="text-sm text-muted" />
                    <a
                      href={sitePaths.post(post.slug)}
                      lang={post.lang}
                      dir={textDirection(post.lang)}
                      className="underline-offset-4 hover:text-accent hover:underline"
                    >
                      <BidiText text={post.title} />
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </section>
  );
}
