import { DEFAULT_TIME_ZONE } from './date';

const yearFormat = new Intl.DateTimeFormat('fa-IR', {
  year: 'numeric',
  calendar: 'persian',
  numberingSystem: 'arabext',
  timeZone: DEFAULT_TIME_ZONE,
});

/** The Jalali year in Persian digits on Iran's clock: '۱۴۰۵' for 2026-12-01. */
export function formatJalaliYear(date: Date): string {
  // fa-IR may append the era (ه‍.ش.) to a lone year; the copyright line wants the number only.
  return yearFormat.formatToParts(date).find((part) => part.type === 'year')!.value;
}
