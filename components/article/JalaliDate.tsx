import { formatJalaliDate, toIsoDate } from '@/lib/persian/date';

/** A date as readers expect it (Jalali, Persian digits) with the machine-readable ISO date. */
export function JalaliDate({ date, className }: { date: Date; className?: string }) {
  return (
    <time dateTime={toIsoDate(date)} className={className}>
      {formatJalaliDate(date)}
    </time>
  );
}
