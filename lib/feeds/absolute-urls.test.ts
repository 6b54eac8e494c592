import { describe, expect, it } from 'vitest';
import { absolutizeHtmlUrls } from './absolute-urls';

const BASE = 'https://example.org/posts/جست-وجو/';

describe('absolutizeHtmlUrls', () => {
  it('resolves root-relative, relative and fragment links and images against the article', () => {
    const html = '<p><a href="/tags/x/">t</a> <a href="other/">o</a> <a href="#fn-1">1</a><img src="/posts/a/b.png" alt=""/></p>';
    expect(absolutizeHtmlUrls(html, BASE)).toBe(
      '<p><a href="https://example.org/tags/x/">t</a> <a href="https://example.org/posts/%D8%AC%D8%B3%D8%AA-%D9%88%D8%AC%D9%88/other/">o</a> ' +
        '<a href="https://example.org/posts/%D8%AC%D8%B3%D8%AA-%D9%88%D8%AC%D9%88/#fn-1">1</a><img src="https://example.org/posts/a/b.png" alt=""/></p>',
    );
  });

  it('leaves absolute links alone and keeps their query escaped', () => {
    const html = '<a href="https://other.example/?a=1&amp;b=2">x</a><a href="mailto:a@b.c">m</a>';
    expect(absolutizeHtmlUrls(html, BASE)).toBe('<a href="https://other.example/?a=1&amp;b=2">x</a><a href="mailto:a@b.c">m</a>');
  });

  it('does not touch text that merely mentions an attribute', () => {
    const html = '<code>src=&quot;/x&quot;</code><p>href=&quot;/y&quot;</p>';
    expect(absolutizeHtmlUrls(html, BASE)).toBe(html);
  });
});
