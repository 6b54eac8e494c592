/*
 * Jalali (Solar Hijri) dates through Intl only; ICU's Persian calendar matched
 * jalaali-js for every day 1900-2100, so no date library is needed.
 *
 * Every formatter pins timeZone 'UTC': content dates are date-only values
 * ("2024-01-30"), which JavaScript parses as UTC midnight, so formatting them in
 * the build machine's local zone shows the previous day anywhere west of UTC.
 * Calendar and numbering system are spelled out rather than left to the fa-IR
 * defaults so a runtime with different locale data fails loudly in tests
 * instead of silently printing Gregorian dates.
 */

const longDateFormat = new Intl.DateTimeFormat('fa-IR', {
  dateStyle: 'long',
  calendar: 'persian',
  numberingSystem: 'arabext',
  timeZone: 'UTC',
});

function assertValidDate(date: Date): void {
  if (Number.isNaN(date.getTime())) {
    throw new RangeError('Invalid Date passed to a Persian date formatter');
  }
}

/** '۱۰ بهمن ۱۴۰۲' for 2024-01-30. */
export function formatJalaliDate(date: Date): string {
  assertValidDate(date);
  return longDateFormat.format(date);
}

/**
 * 'بهمن ۱۴۰۲'. Built from the parts of the long format because a
 * { year, month } formatter orders them year-first ('۱۴۰۲ بهمن') and
 * dateStyle 'full' uses an odd order with an ASCII comma. Reusing the long
 * formatter also guarantees the month is spelled exactly as in
 * formatJalaliDate.
 */
export function formatJalaliMonthYear(date: Date): string {
  assertValidDate(date);
  const parts = longDateFormat.formatToParts(date);
  const month = parts.find((p) => p.type === 'month')?.value;
  const year = parts.find((p) => p.type === 'year')?.value;
  if (month === undefined || year === undefined) {
    throw new Error('Intl did not return month and year parts for fa-IR');
  }
  return `${month} ${year}`;
}

/**
 * 'YYYY-MM-DD' in UTC, the Gregorian form `<time datetime>` requires.
 * Read from UTC getters, never local ones, for the same reason as above.
 */
export function toIsoDate(date: Date): string {
  assertValidDate(date);
  const year = date.getUTCFullYear();
  if (year < 1) {
    // HTML's valid date string requires a year greater than zero.
    throw new RangeError('toIsoDate supports years 1 and later only');
  }
  const y = String(year).padStart(4, '0');
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
