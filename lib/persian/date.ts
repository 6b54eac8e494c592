/*
 * Jalali (Solar Hijri) dates through Intl only; ICU's Persian calendar matched
 * jalaali-js for every day 1900-2100, so no date library is needed.
 *
 * Dates are shown as calendar days in one explicit time zone, never the build
 * machine's: Iran's (UTC+03:30) by default, so `date: 2024-01-30` (UTC
 * midnight) and Hugo's `2024-01-30T01:00:00+03:30` (the evening before in UTC)
 * are both the 30th, on every machine. Calendar and numbering system are
 * spelled out rather than left to the fa-IR defaults so a runtime with
 * different locale data fails loudly in tests instead of silently printing
 * Gregorian dates.
 */

export const DEFAULT_TIME_ZONE = 'Asia/Tehran';

const jalaliFormats = new Map<string, Intl.DateTimeFormat>();
const isoFormats = new Map<string, Intl.DateTimeFormat>();

function cached(cache: Map<string, Intl.DateTimeFormat>, timeZone: string, make: () => Intl.DateTimeFormat) {
  let format = cache.get(timeZone);
  if (!format) {
    format = make();
    cache.set(timeZone, format);
  }
  return format;
}

function assertValidDate(date: Date): void {
  if (Number.isNaN(date.getTime())) {
    throw new RangeError('Invalid Date passed to a Persian date formatter');
  }
}

/** '۱۰ بهمن ۱۴۰۲' for 2024-01-30. */
export function formatJalaliDate(date: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  assertValidDate(date);
  return cached(
    jalaliFormats,
    timeZone,
    () => new Intl.DateTimeFormat('fa-IR', { dateStyle: 'long', calendar: 'persian', numberingSystem: 'arabext', timeZone }),
  ).format(date);
}

/** 'YYYY-MM-DD', the Gregorian form `<time datetime>` requires, for the same calendar day. */
export function toIsoDate(date: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  assertValidDate(date);
  const parts = cached(
    isoFormats,
    timeZone,
    () =>
      new Intl.DateTimeFormat('en-US', {
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        calendar: 'gregory',
        numberingSystem: 'latn',
        timeZone,
      }),
  ).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  if (date.getUTCFullYear() < 1) {
    // HTML's valid date string requires a year greater than zero.
    throw new RangeError('toIsoDate supports years 1 and later only');
  }
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The instant of a wall-clock time in a time zone: `2024-01-30`, `23:00` in Asia/Tehran is
 * 19:30 UTC. Dates written without an offset mean the site's clock, not the build machine's.
 */
export function zonedDateTime(day: string, time: string, timeZone: string = DEFAULT_TIME_ZONE): Date {
  const asUtc = new Date(`${day}T${time}Z`);
  // The zone's offset at that moment (Iran kept summer time until 2022), found by formatting.
  const offsetAt = (instant: Date) => {
    const parts = cached(
      offsetFormats,
      timeZone,
      () =>
        new Intl.DateTimeFormat('en-US', {
          timeZone,
          hourCycle: 'h23',
          year: 'numeric',
          month: 'numeric',
          day: 'numeric',
          hour: 'numeric',
          minute: 'numeric',
          second: 'numeric',
        }),
    ).formatToParts(instant);
    const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
    const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
    return wall - Math.floor(instant.getTime() / 1000) * 1000;
  };
  const first = new Date(asUtc.getTime() - offsetAt(asUtc));
  return new Date(asUtc.getTime() - offsetAt(first));
}

export interface JalaliYearMonth {
  /** Jalali year, e.g. 1403. */
  year: number;
  /** 1 (Farvardin) … 12 (Esfand). */
  month: number;
  /** Persian month name: 'اسفند'. */
  monthName: string;
  /** 'اسفند ۱۴۰۳': month before year, Persian digits (ICU's own order is year first). */
  label: string;
}

const yearMonthNumbers = new Map<string, Intl.DateTimeFormat>();
const yearMonthNames = new Map<string, Intl.DateTimeFormat>();

/** The Jalali year and month of a date on Iran's clock (by default): 2025-03-20 → اسفند ۱۴۰۳. */
export function jalaliYearMonth(date: Date, timeZone: string = DEFAULT_TIME_ZONE): JalaliYearMonth {
  assertValidDate(date);
  const numbers = cached(
    yearMonthNumbers,
    timeZone,
    () => new Intl.DateTimeFormat('fa-IR', { year: 'numeric', month: 'numeric', calendar: 'persian', numberingSystem: 'latn', timeZone }),
  ).formatToParts(date);
  const names = cached(
    yearMonthNames,
    timeZone,
    () => new Intl.DateTimeFormat('fa-IR', { year: 'numeric', month: 'long', calendar: 'persian', numberingSystem: 'arabext', timeZone }),
  ).formatToParts(date);
  const value = (parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes) =>
    parts.find((part) => part.type === type)?.value ?? '';
  const year = Number(value(numbers, 'year'));
  const month = Number(value(numbers, 'month'));
  const monthName = value(names, 'month');
  if (!Number.isInteger(year) || !(month >= 1 && month <= 12) || !monthName) {
    throw new RangeError('This runtime has no Persian calendar data for Intl');
  }
  return { year, month, monthName, label: `${monthName} ${value(names, 'year')}` };
}
