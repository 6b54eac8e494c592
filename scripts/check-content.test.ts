import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'check-content-'));
  roots.push(root);
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(root, 'content/posts', name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return root;
}

function check(root: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts', '--root', root], {
    cwd: path.resolve(__dirname, '..'),
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('npm run check', () => {
  it('passes good content and says how many articles it checked', { timeout: 60_000 }, () => {
    const root = project({
      'a.md': '---\ntitle: یک\ndate: 2024-01-30\n---\n\nمتن **پررنگ**.\n',
      'b/index.mdx': '---\ntitle: دو\ndate: 2024-02-01\n---\n\n<Callout type="tip">\n\nنکته\n\n</Callout>\n',
    });
    const { code, out } = check(root);
    expect(out.trim()).toBe('content OK: 2 articles checked');
    expect(code).toBe(0);
  });

  it('fails with every problem as file:line:column, reason and fix, and no stack trace', { timeout: 60_000 }, () => {
    const root = project({
      'bad-date/index.md': '---\ntitle: تاریخ بد\ndate: 2024-13-45\n---\n\nمتن\n',
      'bad-mdx/index.mdx': '---\ntitle: ام‌دی‌ایکس بد\ndate: 2024-01-30\n---\n\nمتن\n\n<Calout type="note">\n\nنکته\n\n</Calout>\n',
      'no-image/index.md': '---\ntitle: تصویر گمشده\ndate: 2024-01-30\n---\n\nمتن\n\n![نمودار](diagram.png)\n',
    });
    const { code, err } = check(root);
    expect(code).toBe(1);
    // Front matter and body problems of every article, in one run.
    expect(err).toContain('✗ 3 problems in content/:');
    expect(err).toContain('content/posts/bad-date/index.md:3:1 — front matter `date`: «2024-13-45» is not a valid date');
    expect(err).toContain('fix: write the publication date as `date: 2024-01-30`');
    expect(err).toContain('content/posts/bad-mdx/index.mdx:8:1 — unknown component <Calout>');
    expect(err).toContain('content/posts/no-image/index.md:8:1 — image «diagram.png» does not exist');
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('reports the body of an article whose front matter fails in the same run', { timeout: 60_000 }, () => {
    const root = project({
      'both/index.md': '---\ntitle: هر دو\ndate: 2024-13-45\n---\n\nمتن\n\n![نمودار](diagram.png)\n',
    });
    const { code, err } = check(root);
    expect(code).toBe(1);
    expect(err).toContain('✗ 2 problems in content/:');
    expect(err).toContain('content/posts/both/index.md:3:1 — front matter `date`');
    expect(err).toContain('content/posts/both/index.md:8:1 — image «diagram.png» does not exist');
  });
});
