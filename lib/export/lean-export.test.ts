import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leanExport, leanPages, type LeanExportReport } from './lean-export';

const THEME = '(function(){})()';
const root = mkdtempSync(path.join(tmpdir(), 'lean-export-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(file: string, text: string) {
  const full = path.join(root, 'out', file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
}

const page = (body: string) =>
  `<html><head><link rel="stylesheet" href="/_next/static/chunks/a.css"><script src="/_next/static/chunks/c.js" async=""></script>` +
  `<script>${THEME}</script><script type="module" src="/assets/site-A.js"></script></head><body>${body}` +
  `<script>self.__next_f.push([1,"x"])</script></body></html>`;

describe('leanExport', () => {
  write('index.html', page('خانه'));
  write('index.txt', 'RSC');
  write('__next._tree.txt', 'RSC');
  write('posts/x/index.html', page('نوشته'));
  write('posts/x/index.txt', 'RSC');
  write('posts/x/cover.png', 'PNG');
  write('robots.txt', 'User-agent: *');
  write('_next/static/chunks/c.js', 'js');
  write('_next/static/chunks/a.css', 'css');
  write('_next/static/media/f.woff2', 'font');
  write('assets/site-A.js', 'import("./chunk-B.js")');
  write('assets/chunk-B.js', 'lazy');
  write('search/index.json', '{}');
  const options = { keepInlineScript: THEME, keepScriptPrefix: '/assets/' };
  let report: LeanExportReport;
  beforeAll(async () => {
    report = await leanExport(path.join(root, 'out'), path.join(root, 'lean'), options);
  });
  const read = (file: string) => readFileSync(path.join(root, 'lean', file), 'utf8');
  const has = (file: string) => {
    try {
      read(file);
      return true;
    } catch {
      return false;
    }
  };

  it('writes every page without the framework, keeping the theme script and the reader module', () => {
    expect(report.pages).toBe(2);
    expect(read('posts/x/index.html')).toBe(
      `<html><head><link rel="stylesheet" href="/_next/static/chunks/a.css"><script>${THEME}</script>` +
        `<script type="module" src="/assets/site-A.js"></script></head><body>نوشته</body></html>`,
    );
  });

  it("drops the RSC payload files and Next's scripts, and copies everything else as is", () => {
    expect(['index.txt', '__next._tree.txt', 'posts/x/index.txt', '_next/static/chunks/c.js'].filter(has)).toEqual([]);
    expect(report).toMatchObject({ droppedRscFiles: 3, droppedScriptFiles: 1, droppedFrameworkScripts: 4, pagesWithOtherScripts: [] });
    for (const [file, text] of [
      ['robots.txt', 'User-agent: *'],
      ['posts/x/cover.png', 'PNG'],
      ['_next/static/chunks/a.css', 'css'],
      ['_next/static/media/f.woff2', 'font'],
      ['assets/chunk-B.js', 'lazy'],
      ['search/index.json', '{}'],
    ]) {
      expect(read(file!)).toBe(text);
    }
  });

  it('gives the same pages when they are split among runners, as threads do', async () => {
    const split = await leanExport(path.join(root, 'out'), path.join(root, 'split'), options, async (source, target, pages) =>
      pages.map((page) => leanPages(source, target, [page], options)),
    );
    expect(split).toEqual(report);
    expect(readFileSync(path.join(root, 'split', 'index.html'), 'utf8')).toBe(read('index.html'));
  });

  it('refuses to write into the folder it reads', async () => {
    await expect(leanExport(path.join(root, 'out'), path.join(root, 'out', 'lean'), options)).rejects.toThrow(/apart/);
  });
});
