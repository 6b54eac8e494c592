import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, trimQuery } from './query';

describe('trimQuery', () => {
  it('trims and collapses spaces', () => {
    expect(trimQuery('  مدل   های\n زبانی ')).toBe('مدل های زبانی');
  });

  it('cuts a very long query at a word boundary within the limit', () => {
    const long = Array.from({ length: 60 }, (_, i) => `واژه${i}`).join(' ');
    const cut = trimQuery(long);
    expect(cut.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(long.startsWith(cut)).toBe(true);
    expect(long[cut.length]).toBe(' ');
  });

  it('cuts one endless word at the limit', () => {
    expect(trimQuery('ا'.repeat(500))).toBe('ا'.repeat(MAX_QUERY_LENGTH));
  });
});
