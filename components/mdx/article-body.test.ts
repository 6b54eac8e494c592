import { afterAll, describe, expect, it } from 'vitest';
import { loadAllPosts } from '@/lib/content/loader';
import { article, makeRoot, png, removeRoots } from '@/lib/content/test-fixtures';
import { renderArticleBody } from './article-body';

afterAll(removeRoots);

describe('renderArticleBody', () => {
  it('renders the body with the page components as one HTML string, and notes math', { timeout: 30_000 }, async () => {
    const body = [
      '## بخش اول',
      '',
      'متن با [پیوند](/tags/x/) و فرمول $x^2$.',
      '',
      'کد `git` و `نام‌کاربری` و `user_نام` در متن.',
      '',
      '![نمودار](diagram.png)',
      '',
      '```bash',
      'echo "<b>&</b>"',
      '```',
      '',
      '## بخش دوم',
      '',
    ].join('\n');
    const root = makeRoot({
      'content/posts/با-فرمول/index.md': article('title: با فرمول\ndate: 2024-01-30', body),
      'content/posts/با-فرمول/diagram.png': await png(40, 20),
      'content/posts/بی-فرمول.md': article('title: بی فرمول\ndate: 2024-01-31', 'فقط متن.'),
    });
    const posts = loadAllPosts(root);
    const withMath = await renderArticleBody(posts.find((post) => post.title === 'با فرمول')!);
    const plain = await renderArticleBody(posts.find((post) => post.title === 'بی فرمول')!);

    expect(withMath.hasMath).toBe(true);
    expect(plain.hasMath).toBe(false);
    expect(withMath.toc.map((entry) => entry.text)).toEqual(['بخش اول', 'بخش دوم']);
    // The page's own components: heading anchors, the code block with its copy button, a lazy image of known size.
    expect(withMath.html).toMatch(/<h2 id="[^"]+">بخش اول<a href="#[^"]+" class="heading-anchor"/);
    expect(withMath.html).toMatch(/<div data-code-block="" dir="ltr"[^>]*>.*<button/s);
    expect(withMath.html).toContain('&lt;b&gt;&amp;&lt;/b&gt;');
    expect(withMath.html).toMatch(/<img alt="نمودار" loading="lazy" width="40" height="20"/);
    // Persian words in inline code are marked as Persian (Vazirmatn, as in code blocks); Latin code is left as it is.
    expect(withMath.html).toContain('<code class="inline-block max-w-full">git</code>');
    expect(withMath.html).toContain('<code class="inline-block max-w-full"><span lang="fa">نام‌کاربری</span></code>');
    expect(withMath.html).toContain('<code class="inline-block max-w-full">user_<span lang="fa">نام</span></code>');
    expect(withMath.html).toContain('<math');
    // Nothing React would have hoisted or hydrated: the stylesheet link is the page's (ArticleBody).
    expect(withMath.html).not.toMatch(/<link|<script/);
    expect(plain.html).toBe('<p>فقط متن.</p>');
    // Rendered once per article, however often it is asked for.
    expect(await renderArticleBody(posts[0]!)).toBe(await renderArticleBody(posts[0]!));
  });
});
