import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Drafts and scheduled articles stay out of production only because every page, list, feed,
 * sitemap, search index and image route gets its articles from `getPublishedPosts()`. A route
 * that called the loader directly would publish them: this test keeps the gate the only door.
 */
const root = path.resolve(__dirname, '../..');
const scanned = ['app', 'components', 'lib', 'scripts'];
/** Allowed to see unpublished articles: the loader itself, the gate, and `npm run check` (it validates drafts too). */
const allowed = new Set(['lib/content/loader.ts', 'lib/content/posts.ts', 'scripts/check-content.ts']);

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.(ts|tsx|mts|js|mjs)$/.test(entry.name) ? [relative] : [];
  });
}

describe('getPublishedPosts is the single gate to articles', () => {
  it('no route, component or script but the allowed ones reads articles through the loader', () => {
    const files = scanned.flatMap(sourceFiles).filter((file) => !/\.test\.tsx?$/.test(file) && !file.endsWith('test-fixtures.ts'));
    expect(files).toContain('app/[[...page]]/page.tsx');
    const offenders = files.filter((file) => !allowed.has(file) && /\b(loadAllPosts|readAllPosts)\b/.test(readFileSync(path.join(root, file), 'utf8')));
    expect(offenders, 'use getPublishedPosts() from lib/content/posts.ts instead').toEqual([]);
  });
});
