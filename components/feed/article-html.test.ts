import { afterAll, describe, expect, it } from 'vitest';
import { mdxComponents } from '@/components/mdx/components';
import { loadAllPosts } from '@/lib/content/loader';
import { article, makeRoot, png, removeRoots } from '@/lib/content/test-fixtures';
import { site } from '@/lib/site';
import { renderArticleHtml } from './article-html';
import { feedMdxComponents } from './feed-mdx-components';

afterAll(removeRoots);

describe('feedMdxComponents', () => {
  it('has a feed form of every component an article may use', () => {
    expect(Object.keys(feedMdxComponents)).toEqual(expect.arrayContaining(Object.keys(mdxComponents)));
  });
});

describe('renderArticleHtml', () => {
  it('renders the whole body as plain HTML with absolute links and images', { timeout: 30_000 }, async () => {
    const body = [
      '## بخش اول',
      '',
      'متن با [پیوند داخلی](/tags/x/) و [بیرونی](https://example.com/?a=1&b=2) و پانویس[^1].',
      '',
      '![نمودار](diagram.png)',
      '',
      '```python title="a.py"',
      'print("<b>&</b>")',
      '```',
      '',
      '<Callout type="tip" title="نکتهٔ مهم">متن نکته</Callout>',
      '',
      'فرمول $x^2$ و `کد`.',
      '',
      '[^1]: منبع.',
      '',
    ].join('\n');
    const root = makeRoot({
      'content/posts/نمونه/index.mdx': article('title: نمونه\ndate: 2024-01-30', body),
      'content/posts/نمونه/diagram.png': await png(40, 20),
    });
    const [post] = loadAllPosts(root);
    const html = await renderArticleHtml(post!);
    const articleUrl = new URL(`/posts/${post!.slug}/`, site.url).href;

    expect(html).toContain(`<a href="${new URL('/tags/x/', site.url).href}">پیوند داخلی</a>`);
    expect(html).toContain('<a href="https://example.com/?a=1&amp;b=2">بیرونی</a>');
    expect(html).toMatch(
      new RegExp(`<img src="${new URL(`/posts/${post!.slug}/diagram.png`, site.url).href.replace(/[.?]/g, '\\$&')}" alt="نمودار"`),
    );
    expect(html).toContain(`href="${articleUrl}#`);
    expect(html).toContain('<h2 id=');
    expect(html).toContain('print');
    expect(html).toContain('&lt;b&gt;&amp;&lt;/b&gt;');
    expect(html).toContain('<blockquote><p><strong>نکتهٔ مهم</strong></p>');
    // Formulas once, as MathML; code tokens without the site's colour variables.
    expect(html).toContain('<math');
    expect(html).not.toMatch(/katex-html|--shiki/);
    // Nothing that only works on the site: buttons, heading anchors, the image optimiser, preloads.
    expect(html).not.toMatch(/<button|heading-anchor|_next\/image|<link|<script/);
    // Every URL is absolute.
    for (const [, url] of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) expect(url).toMatch(/^(https?:|mailto:)/);
  });
});
