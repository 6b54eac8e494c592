import { DEFAULT_TIME_ZONE, jalaliYearMonth } from '@/lib/persian/date';

export interface ArchiveMonth<T> {
  /** 1 (Farvardin) … 12 (Esfand). */
  month: number;
  /** 'اسفند ۱۴۰۳'. */
  label: string;
  /** Newest first. */
  posts: T[];
}

export interface ArchiveYear<T> {
  /** Jalali year, e.g. 1403. */
  year: number;
  count: number;
  /** Newest month first. */
  months: ArchiveMonth<T>[];
}

/**
 * Articles grouped by Jalali year, then month, on Iran's clock: newest year, month and
 * article first, whatever order `posts` came in.
 */
export function groupByJalaliMonth<T extends { date: Date }>(posts: readonly T[], timeZone: string = DEFAULT_TIME_ZONE): ArchiveYear<T>[] {
  const newestFirst = [...posts].sort((a, b) => b.date.getTime() - a.date.getTime());
  const years: ArchiveYear<T>[] = [];
  for (const post of newestFirst) {
    const { year, month, label } = jalaliYearMonth(post.date, timeZone);
    let archiveYear = years.at(-1);
    if (archiveYear?.year !== year) {
      archiveYear = { year, count: 0, months: [] };
      years.push(archiveYear);
    }
    let archiveMonth = archiveYear.months.at(-1);
    if (archiveMonth?.month !== month) {
      archiveMonth = { month, label, posts: [] };
      archiveYear.months.push(archiveMonth);
    }
    archiveMonth.posts.push(post);
    archiveYear.count++;
  }
  return years;
}
