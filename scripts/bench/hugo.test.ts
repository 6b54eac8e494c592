import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeRoot, removeRoots } from '@/lib/content/test-fixtures';
import { prepareHugoContent } from './hugo';

afterAll(removeRoots);

describe('the Hugo reference build', () => {
  it('reads the generated articles, MDX as Markdown, with their bundles and the theme’s own pages', () => {
    const generated = makeRoot({
      'posts/plain.md': '---\ntitle: "الف"\n---\nمتن\n',
      'posts/component.mdx': '---\ntitle: "ب"\n---\n<Callout>متن</Callout>\n',
      'posts/bundle/index.mdx': '---\ntitle: "پ"\ncover:\n  image: cover.jpg\n---\nمتن\n',
      'posts/bundle/cover.jpg': 'jpeg',
    });
    const site = makeRoot({ 'content/posts/stale.md': 'left from an earlier run' });
    const content = prepareHugoContent(generated, site);
    expect(content).toBe(path.join(site, 'content'));
    expect(readFileSync(path.join(content, 'posts/component.md'), 'utf8')).toContain('<Callout>متن</Callout>');
    expect(existsSync(path.join(content, 'posts/component.mdx'))).toBe(false);
    expect(existsSync(path.join(content, 'posts/bundle/index.md'))).toBe(true);
    expect(readFileSync(path.join(content, 'posts/bundle/cover.jpg'), 'utf8')).toBe('jpeg');
    expect(existsSync(path.join(content, 'posts/plain.md'))).toBe(true);
    expect(existsSync(path.join(content, 'posts/stale.md'))).toBe(false);
    expect(existsSync(path.join(content, 'archive.md'))).toBe(true);
  });
});
