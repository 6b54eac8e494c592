import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { expect, test } from './test';
import { THEME_INIT_SCRIPT } from '@/lib/theme/theme';
import {
  filesMentioning,
  filesUnder,
  LEAN_EXPORT_DIR,
  PREVIEW_DIST_DIR,
  PRODUCTION_OUTPUT_DIRS,
  PROJECT_ROOT,
  SITE_DIST_DIR,
} from './build-output';
import { DRAFT, MARKERS, SCHEDULED } from './unpublished';

/*
 * Run by the `build-output` project, which the browser projects depend on: the folders are
 * scanned as `next build` left them, before any test's request makes the running server cache
 * a response (its 404 for a draft's address holds that address).
 */

test('no file of the production build output (cache included), the export and its intermediate files, holds a draft or scheduled article @build-output', () => {
  const files = PRODUCTION_OUTPUT_DIRS.flatMap((dir) => {
    expect(existsSync(path.join(PROJECT_ROOT, dir)), `${dir}/ was built`).toBe(true);
    return filesUnder(dir);
  });
  // Both builds are there in full: the prerendered Git article, as HTML, in each.
  expect(files).toEqual(
    expect.arrayContaining([
      path.join(SITE_DIST_DIR, 'server', 'app', 'posts', 'git-rebase-va-merge.html'),
      path.join('out', 'posts', 'git-rebase-va-merge', 'index.html'),
    ]),
  );
  expect(filesMentioning(files, MARKERS)).toEqual([]);
});

test('the preview build holds both, so the scan above would see a leak @build-output', () => {
  expect(PREVIEW_DIST_DIR).not.toMatch(/^(\.next|out)$/);
  const hits = filesMentioning(filesUnder(PREVIEW_DIST_DIR), MARKERS).join('\n');
  expect(hits).toContain(`${DRAFT.marker}.html: ${DRAFT.marker}`);
  expect(hits).toContain(`${SCHEDULED.marker}.html: ${SCHEDULED.marker}`);
  // A published article that links to the draft (they share a tag) carries its marker in its body.
  expect(hits).toContain(`git-rebase-va-merge.html: ${DRAFT.marker}`);
});

test('the lean export ships no Next/React runtime and no RSC payload; the normal export does @build-output', () => {
  const leanFiles = filesUnder(LEAN_EXPORT_DIR).map((file) => path.relative(LEAN_EXPORT_DIR, file).split(path.sep).join('/'));
  const leanPages = leanFiles.filter((file) => file.endsWith('.html'));
  expect(leanPages).toEqual(expect.arrayContaining(['index.html', 'posts/git-rebase-va-merge/index.html', 'tags/index.html']));
  expect(leanFiles).toContain('robots.txt');
  // No RSC payload file and no script of Next's left at all.
  expect(leanFiles.filter((file) => /(^|\/)(index|__next\..*)\.txt$/.test(file) || /^_next\/.*\.js$/.test(file))).toEqual([]);

  const executableScripts = (file: string) =>
    [...readFileSync(path.join(PROJECT_ROOT, file), 'utf8').matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
      .filter(([, attributes]) => !/type="application\/ld\+json"/.test(attributes!))
      .map(([, attributes, text]) =>
        text ? `inline:${text === THEME_INIT_SCRIPT ? 'theme-init' : text.slice(0, 60)}` : attributes!.trim(),
      );
  for (const page of leanPages.filter((file) => !isRedirectPage(path.join(LEAN_EXPORT_DIR, file)))) {
    const scripts = executableScripts(path.join(LEAN_EXPORT_DIR, page));
    // The theme's inline script (allowed by hash) and the reader's own module, nothing else.
    expect(scripts, page).toEqual(['inline:theme-init', expect.stringMatching(/^type="module" src="\/assets\/site-[\w-]+\.js"$/)]);
    const src = /src="\/([^"]+)"/.exec(scripts[1]!)![1]!;
    expect(existsSync(path.join(PROJECT_ROOT, LEAN_EXPORT_DIR, src)), src).toBe(true);
  }
  const leanHome = readFileSync(path.join(PROJECT_ROOT, LEAN_EXPORT_DIR, 'index.html'), 'utf8');
  expect(leanHome).not.toContain('/_next/static/chunks/turbopack');
  expect(leanHome).not.toContain('__next_f');

  // What the lean export leaves out is really there in the normal export, so the checks above can fail.
  const normalHome = readFileSync(path.join(PROJECT_ROOT, 'out', 'index.html'), 'utf8');
  expect(normalHome).toContain('__next_f');
  expect(executableScripts(path.join('out', 'index.html')).some((script) => script.includes('src="/_next/'))).toBe(true);
  expect(existsSync(path.join(PROJECT_ROOT, 'out', 'index.txt'))).toBe(true);
});

/** The redirect pages scripts/redirects.ts writes at old addresses: a meta refresh, no script. */
function isRedirectPage(file: string): boolean {
  return /<meta http-equiv="refresh"/.test(readFileSync(path.join(PROJECT_ROOT, file), 'utf8'));
}

test('the scan reads bytes: it finds a marker in an image, as UTF-16, in base64 at any alignment and inside gzip @build-output', () => {
  const dir = path.join('test-results', 'marker-scan');
  mkdirSync(path.join(PROJECT_ROOT, dir), { recursive: true });
  const marker = DRAFT.marker;
  const samples: Record<string, Buffer> = {
    'image.png': Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), Buffer.from(`tEXt${marker}`), Buffer.from([0, 0xff])]),
    'utf16.txt': Buffer.from(`عنوان ${marker}`, 'utf16le'),
    ...Object.fromEntries(
      [0, 1, 2].map((offset) => [
        `base64-${offset}.css`,
        Buffer.from(`url(data:text/plain;base64,${Buffer.from('x'.repeat(offset) + marker).toString('base64')})`),
      ]),
    ),
    'page.html.gz': gzipSync(Buffer.from(`<p>${marker}</p>`)),
    'clean.bin': Buffer.from('zqdraftmarke r'),
  };
  for (const [name, bytes] of Object.entries(samples)) writeFileSync(path.join(PROJECT_ROOT, dir, name), bytes);
  const files = Object.keys(samples).map((name) => path.join(dir, name));
  expect(filesMentioning(files, [marker]).map((hit) => path.basename(hit.split(':')[0]!))).toEqual(
    Object.keys(samples).filter((name) => name !== 'clean.bin'),
  );
});
