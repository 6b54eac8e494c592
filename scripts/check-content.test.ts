import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

function check(root: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts', '--root', root, ...args], {
    cwd: path.resolve(__dirname, '..'),
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const Z = '\u200C';
const slow = { timeout: 60_000 };

describe('npm run check', () => {
  it('passes good content and says how many articles it checked', slow, () => {
    const root = project({
      'a.md': '---\ntitle: یک\ndate: 2024-01-30\n---\n\nمتن **پررنگ**.\n',
      'b/index.mdx': '---\ntitle: دو\ndate: 2024-02-01\n---\n\n<Callout type="tip">\n\nنکته\n\n</Callout>\n',
    });
    const { code, out } = check(root);
    expect(out.trim()).toBe('content OK: 2 articles checked');
    expect(code).toBe(0);
  });

  it('reports like a linter: path:line:col  severity  rule  message, errors first, a summary, exit 1', slow, () => {
    const root = project({
      'bad-date/index.md': '---\ntitle: تاریخ بد\ndate: 2024-13-45\n---\n\nمتن\n',
      'bad-mdx/index.mdx': '---\ntitle: ام‌دی‌ایکس بد\ndate: 2024-01-30\n---\n\nفکر میکنم\n\n<Calout type="note">\n\nنکته\n\n</Calout>\n',
      'no-image/index.md': '---\ntitle: تصویر گمشده\ndate: 2024-01-30\n---\n\nفکر میکنم.\n\n![نمودار](diagram.png)\n',
    });
    const { code, out } = check(root);
    expect(code).toBe(1);
    expect(out.trim().split('\n')).toEqual([
      'content/posts/bad-date/index.md:3:1  error    front-matter  front matter `date`: «2024-13-45» is not a valid date — fix: write the publication date as `date: 2024-01-30` (Gregorian, YYYY-MM-DD)',
      expect.stringMatching(/^content\/posts\/bad-mdx\/index\.mdx:8:1  error    component  unknown component <Calout> — fix: use one of /),
      expect.stringMatching(/^content\/posts\/no-image\/index\.md:8:1  error    image  image «diagram\.png» does not exist/),
      '',
      '✗ 3 errors, 0 warnings in 3 articles',
    ]);
    expect(out).not.toMatch(/\n\s+at /);
  });

  it('exits 1 when a published article links to a draft', slow, () => {
    const root = project({
      'a.md': '---\ntitle: یک\ndate: 2024-01-30\n---\n\n[بعدی](/posts/b/)\n',
      'b.md': '---\ntitle: دو\ndate: 2024-01-30\ndraft: true\n---\n\nمتن\n',
    });
    const { code, out } = check(root);
    expect(out).toContain('content/posts/a.md:6:1  error    link-to-draft  link «/posts/b/» points to a draft or scheduled article');
    expect(code).toBe(1);
  });

  it('exits 0 with only warnings, and --format json gives the same findings', slow, () => {
    const root = project({ 'a.md': '---\ntitle: یک\ndate: 2024-01-30\nfavourite: 1\n---\n\nفکر میکنم.\n' });
    const text = check(root);
    expect(text.code).toBe(0);
    expect(text.out).toContain(
      'content/posts/a.md:4:1  warning  front-matter-key  `favourite` is not a front matter field this site reads',
    );
    const json = check(root, '--format', 'json');
    expect(json.code).toBe(0);
    const report = JSON.parse(json.out);
    expect(report).toMatchObject({ articles: 1, errors: 0, warnings: 2, fixable: 1 });
    expect(
      report.diagnostics.map((d: { line: number; column: number; rule: string; fixable: boolean }) => [
        d.line,
        d.column,
        d.rule,
        d.fixable,
      ]),
    ).toEqual([
      [4, 1, 'front-matter-key', false],
      [7, 7, 'zwnj-prefix', true],
    ]);
  });

  it('--fix applies the safe fixes, says what it changed, and a second run changes nothing', slow, () => {
    const root = project({
      'a.md': '\uFEFF---\r\ntitle: یک\r\ndate: 2024-01-30\r\n---\r\n\r\nفکر میکنم مدلهای خوب ، و `میکنم` خوب‌اند.\r\n',
    });
    const first = check(root, '--fix');
    expect(first.code).toBe(0);
    expect(first.out).toContain('fixed 3 problems:');
    expect(first.out).toContain('content/posts/a.md:6:7  zwnj-prefix');
    const fixed = readFileSync(path.join(root, 'content/posts/a.md'), 'utf8');
    expect(fixed).toBe(`\uFEFF---\r\ntitle: یک\r\ndate: 2024-01-30\r\n---\r\n\r\nفکر می${Z}کنم مدل${Z}های خوب، و \`میکنم\` خوب‌اند.\r\n`);
    const second = check(root, '--fix');
    expect(second.out.trim()).toBe('content OK: 1 article checked');
    expect(readFileSync(path.join(root, 'content/posts/a.md'), 'utf8')).toBe(fixed);
  });

  it('reports the body of an article whose front matter fails in the same run', slow, () => {
    const root = project({
      'both/index.md': '---\ntitle: هر دو\ndate: 2024-13-45\n---\n\nمتن\n\n![نمودار](diagram.png)\n',
    });
    const { code, out } = check(root);
    expect(code).toBe(1);
    expect(out).toContain('content/posts/both/index.md:3:1  error    front-matter  front matter `date`');
    expect(out).toContain('content/posts/both/index.md:8:1  error    image  image «diagram.png» does not exist');
    expect(out).toContain('✗ 2 errors');
  });
});
