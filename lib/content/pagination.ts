/*
 * Pagination arithmetic for every list of articles (home, tags, categories).
 *
 * Page 1 of a list lives at the list's own address (`/tags/x/`); later pages at
 * `<list>/page/<n>/`. `/page/1/` is deliberately not a page: it would duplicate the list's
 * address, so routes never generate it and it is a 404 like any page past the last.
 */

export const DEFAULT_PAGE_SIZE = 10;

/** A positive whole page size from a setting such as `SITE_POSTS_PER_PAGE`, else the fallback. */
export function parsePageSize(value: string | undefined, fallback: number = DEFAULT_PAGE_SIZE): number {
  if (value === undefined || !/^\s*[1-9][0-9]*\s*$/.test(value)) return fallback;
  return Number(value);
}

/** How many pages a list of `itemCount` items fills: an empty list still has its (empty) first page. */
export function countPages(itemCount: number, pageSize: number): number {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`page size must be a positive integer, got ${pageSize}`);
  return Math.max(1, Math.ceil(itemCount / pageSize));
}

export interface ListPage<T> {
  /** Only the items this page shows. */
  items: T[];
  /** 1-based. */
  number: number;
  totalPages: number;
  /** The page with newer items (number − 1), absent on the first page. */
  newer?: number;
  /** The page with older items (number + 1), absent on the last page. */
  older?: number;
}

/** Page `number` of `items` (already in display order), or undefined when there is no such page. */
export function getListPage<T>(items: readonly T[], number: number, pageSize: number): ListPage<T> | undefined {
  const totalPages = countPages(items.length, pageSize);
  if (!Number.isInteger(number) || number < 1 || number > totalPages) return undefined;
  const start = (number - 1) * pageSize;
  return {
    items: items.slice(start, start + pageSize),
    number,
    totalPages,
    newer: number > 1 ? number - 1 : undefined,
    older: number < totalPages ? number + 1 : undefined,
  };
}

/** Numbers of the pages that live under `<list>/page/<n>/`: 2 … last (none for a one-page list). */
export function laterPageNumbers(itemCount: number, pageSize: number): number[] {
  const totalPages = countPages(itemCount, pageSize);
  return Array.from({ length: totalPages - 1 }, (_, index) => index + 2);
}

/** Address of page `number` of the list at `basePath` (which ends with `/`). */
export function listPagePath(basePath: string, number: number): string {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  return number <= 1 ? base : `${base}page/${number}/`;
}

/**
 * The page number in `<list>/page/<n>/`, or undefined unless it is written canonically and
 * is 2 or more: `1`, `01`, `2.0`, `۲` would be second addresses of existing pages.
 */
export function parseLaterPageParam(param: string): number | undefined {
  if (!/^[1-9][0-9]{0,8}$/.test(param)) return undefined;
  const number = Number(param);
  return number >= 2 ? number : undefined;
}

/**
 * Lists are routed through an optional catch-all (`[[...page]]`), so a list always has at
 * least its first page to generate (a static export refuses a route with no params): no
 * segments is page 1, `['page', '<n>']` is page n ≥ 2, anything else is no page.
 */
export function pageNumberFromSegments(segments: readonly string[] | undefined): number | undefined {
  if (!segments || segments.length === 0) return 1;
  if (segments.length !== 2 || segments[0] !== 'page') return undefined;
  return parseLaterPageParam(segments[1]!);
}

/** The catch-all segments of every page of a list of `itemCount` items: `[]`, `['page', '2']`, … */
export function listPageSegments(itemCount: number, pageSize: number): string[][] {
  return [[], ...laterPageNumbers(itemCount, pageSize).map((number) => ['page', String(number)])];
}
