import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { filesMentioning, filesUnder, PREVIEW_DIST_DIR, PRODUCTION_OUTPUT_DIRS, PROJECT_ROOT } from './build-output';
import { DRAFT, MARKERS, SCHEDULED } from './unpublished';

/*
 * Run by the `build-output` project, which the browser projects depend on: the folders are
 * scanned as `next build` left them, before any test's request makes the running server cache
 * a response (its 404 for a draft's address holds that address).
 */

test('no file of the production build output, .next/ (cache included) and out/, holds a draft or scheduled article @build-output', () => {
  const files = PRODUCTION_OUTPUT_DIRS.flatMap((dir) => {
    expect(existsSync(path.join(PROJECT_ROOT, dir)), `${dir}/ was built`).toBe(true);
    return filesUnder(dir);
  });
  // Both builds are there in full: the prerendered Git article, as HTML, in each.
  expect(files).toEqual(
    expect.arrayContaining([
      path.join('.next', 'server', 'app', 'posts', 'git-rebase-va-merge.html'),
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
