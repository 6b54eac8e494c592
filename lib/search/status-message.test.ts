import { describe, expect, it } from 'vitest';
import { searchStatusMessage } from './status-message';

const outcome = (total: number) => ({ hits: [], total, partial: false });

describe('searchStatusMessage', () => {
  it('says nothing before a query', () => {
    expect(searchStatusMessage('', { failed: false, ready: true, outcome: outcome(3) })).toBe('');
  });

  it('tells loading, failure, no result and the count in Persian digits', () => {
    expect(searchStatusMessage('کتاب', { failed: false, ready: false })).toBe('در حال بارگذاری نمایهٔ جست‌وجو…');
    expect(searchStatusMessage('کتاب', { failed: true, ready: false })).toMatch(/^نمایهٔ جست‌وجو بارگذاری نشد/);
    expect(searchStatusMessage('ژغژغ', { failed: false, ready: true, outcome: outcome(0) })).toBe('نتیجه‌ای برای «ژغژغ» پیدا نشد.');
    expect(searchStatusMessage('کتاب', { failed: false, ready: true, outcome: outcome(1234) })).toBe('۱٬۲۳۴ نتیجه برای «کتاب»');
  });
});
