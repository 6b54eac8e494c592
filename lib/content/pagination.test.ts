import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PAGE_SIZE,
  countPages,
  getListPage,
  laterPageNumbers,
  listPagePath,
  listPageSegments,
  pageNumberFromSegments,
  parseLaterPageParam,
  parsePageSize,
} from './pagination';

const items = (count: number) => Array.from({ length: count }, (_, index) => `item-${index + 1}`);

describe('parsePageSize', () => {
  it('reads a positive whole number', () => {
    expect(parsePageSize('2')).toBe(2);
    expect(parsePageSize(' 25 ')).toBe(25);
  });

  it('falls back on anything else', () => {
    for (const value of [undefined, '', '0', '-3', '2.5', 'ten', '1e2', '۲']) {
      expect(parsePageSize(value)).toBe(DEFAULT_PAGE_SIZE);
    }
    expect(parsePageSize('x', 7)).toBe(7);
  });
});

describe('countPages', () => {
  it.each([
    [0, 10, 1],
    [1, 10, 1],
    [10, 10, 1],
    [11, 10, 2],
    [20, 10, 2],
    [21, 10, 3],
    [4, 2, 2],
    [5, 2, 3],
    [1000, 10, 100],
  ])('%i items by %i per page: %i pages', (count, size, pages) => {
    expect(countPages(count, size)).toBe(pages);
  });

  it('refuses a page size that is not a positive integer', () => {
    expect(() => countPages(5, 0)).toThrow(RangeError);
    expect(() => countPages(5, 1.5)).toThrow(RangeError);
  });
});

describe('getListPage', () => {
  it('gives the first page its items and only an older neighbour', () => {
    expect(getListPage(items(25), 1, 10)).toEqual({
      items: items(10),
      number: 1,
      totalPages: 3,
      newer: undefined,
      older: 2,
    });
  });

  it('gives a middle page both neighbours', () => {
    const page = getListPage(items(25), 2, 10)!;
    expect(page.items).toEqual(items(20).slice(10));
    expect([page.newer, page.older]).toEqual([1, 3]);
  });

  it('gives the last page the remainder and only a newer neighbour', () => {
    const page = getListPage(items(25), 3, 10)!;
    expect(page.items).toEqual(['item-21', 'item-22', 'item-23', 'item-24', 'item-25']);
    expect([page.newer, page.older]).toEqual([2, undefined]);
  });

  it('every item is on exactly one page, in order', () => {
    const all = items(23);
    const pages = [1, 2, 3, 4, 5].map((number) => getListPage(all, number, 5)!.items);
    expect(pages.flat()).toEqual(all);
  });

  it('an empty list has one empty page without neighbours', () => {
    expect(getListPage([], 1, 10)).toEqual({ items: [], number: 1, totalPages: 1, newer: undefined, older: undefined });
  });

  it('has no page before the first, after the last or between whole numbers', () => {
    expect(getListPage(items(25), 0, 10)).toBeUndefined();
    expect(getListPage(items(25), 4, 10)).toBeUndefined();
    expect(getListPage(items(25), 1.5, 10)).toBeUndefined();
    expect(getListPage([], 2, 10)).toBeUndefined();
  });
});

describe('laterPageNumbers', () => {
  it('lists the pages after the first', () => {
    expect(laterPageNumbers(25, 10)).toEqual([2, 3]);
    expect(laterPageNumbers(4, 2)).toEqual([2]);
  });

  it('is empty for a list that fits one page', () => {
    expect(laterPageNumbers(10, 10)).toEqual([]);
    expect(laterPageNumbers(0, 10)).toEqual([]);
  });
});

describe('listPagePath', () => {
  it('puts page 1 at the list itself and later pages under page/<n>/', () => {
    expect(listPagePath('/', 1)).toBe('/');
    expect(listPagePath('/', 2)).toBe('/page/2/');
    expect(listPagePath('/tags/الگوریتم/', 1)).toBe('/tags/الگوریتم/');
    expect(listPagePath('/tags/الگوریتم/', 3)).toBe('/tags/الگوریتم/page/3/');
    expect(listPagePath('/categories/x', 2)).toBe('/categories/x/page/2/');
  });
});

describe('parseLaterPageParam', () => {
  it('reads canonical page numbers from 2 up', () => {
    expect(parseLaterPageParam('2')).toBe(2);
    expect(parseLaterPageParam('10')).toBe(10);
  });

  it('rejects page 1 and every non-canonical spelling', () => {
    for (const param of ['1', '0', '01', '02', '2.0', '-2', ' 2', '۲', 'two', '', '1e3']) {
      expect(parseLaterPageParam(param)).toBeUndefined();
    }
  });
});

describe('pageNumberFromSegments', () => {
  it('reads the catch-all segments of a list address', () => {
    expect(pageNumberFromSegments(undefined)).toBe(1);
    expect(pageNumberFromSegments([])).toBe(1);
    expect(pageNumberFromSegments(['page', '2'])).toBe(2);
    expect(pageNumberFromSegments(['page', '12'])).toBe(12);
  });

  it('knows no other address: page/1, a bare page, extra segments, other words', () => {
    for (const segments of [['page', '1'], ['page'], ['page', '2', 'x'], ['2'], ['pages', '2'], ['page', '02'], ['page', '']]) {
      expect(pageNumberFromSegments(segments)).toBeUndefined();
    }
  });
});

describe('listPageSegments', () => {
  it('has the first page and every later page, each of which reads back to its number', () => {
    const segments = listPageSegments(5, 2);
    expect(segments).toEqual([[], ['page', '2'], ['page', '3']]);
    expect(segments.map(pageNumberFromSegments)).toEqual([1, 2, 3]);
  });

  it('has just the first page for an empty or one-page list', () => {
    expect(listPageSegments(0, 10)).toEqual([[]]);
    expect(listPageSegments(10, 10)).toEqual([[]]);
  });
});
