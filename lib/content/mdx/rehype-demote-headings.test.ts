import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, describe, expect, it } from 'vitest';
import { compileArticle } from '../compile';
import { loadAllPosts } from '../loader';
import { article, makeRoot, removeRoots } from '../test-fixtures';

afterAll(removeRoots);

async function compileBody(body: string) {
  const [post] = loadAllPosts(makeRoot({ 'content/posts/a.md': article('title: عنوان\ndate: 2024-01-30', body) }));
  const { content, toc } = await compileArticle(post!, {});
  return { html: renderToStaticMarkup(content), toc };
}

const headingTags = (html: string) => [...html.matchAll(/<(h[1-6])\b/g)].map((match) => match[1]);

describe('body headings never outrank the article title', () => {
  it('demotes every heading one level when the body uses `#`, and the contents follow', { timeout: 30_000 }, async () => {
    const { html, toc } = await compileBody('# یک\n\nمتن\n\n## دو\n\n### سه\n\n###### شش\n\n# چهار\n');
    expect(headingTags(html)).toEqual(['h2', 'h3', 'h4', 'h6', 'h2']);
    expect(toc.map((entry) => [entry.depth, entry.text])).toEqual([
      [2, 'یک'],
      [3, 'دو'],
      [2, 'چهار'],
    ]);
  });

  it('leaves a body that starts at `##` as written', { timeout: 30_000 }, async () => {
    const { html, toc } = await compileBody('## یک\n\n### دو\n');
    expect(headingTags(html)).toEqual(['h2', 'h3']);
    expect(toc.map((entry) => entry.depth)).toEqual([2, 3]);
  });

  it('does not count a `#` comment inside a code block as a heading', { timeout: 30_000 }, async () => {
    const { html } = await compileBody('## یک\n\n```sh\n# comment\ngit log\n```\n');
    expect(headingTags(html)).toEqual(['h2']);
  });
});
