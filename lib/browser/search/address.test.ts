import { describe, expect, it } from 'vitest';
import { addressWithQuery, searchPageHref } from './address';

describe('addressWithQuery', () => {
  it('writes the query into ?q= and keeps the rest of the address', () => {
    const href = addressWithQuery('https://example.org/search/?from=home#top', 'مدل‌های زبانی');
    const url = new URL(href);
    expect(url.pathname).toBe('/search/');
    expect(url.searchParams.get('q')).toBe('مدل‌های زبانی');
    expect(url.searchParams.get('from')).toBe('home');
    expect(url.hash).toBe('#top');
  });

  it('drops ?q= when the box is emptied', () => {
    expect(addressWithQuery('https://example.org/search/?q=git', '  ')).toBe('https://example.org/search/');
  });
});

describe('searchPageHref', () => {
  it('encodes the query, ZWNJ and & included', () => {
    const url = new URL(searchPageHref('C & C++ می‌کنم'), 'https://example.org');
    expect(url.pathname).toBe('/search/');
    expect(url.searchParams.get('q')).toBe('C & C++ می‌کنم');
  });
});
