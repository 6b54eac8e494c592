/**
 * Helpers for the content tests: throw-away project roots under the OS temp folder, each with
 * its own `content/posts/`, so tests never read or write the repository's content/.
 * (Not a test file itself: vitest only runs `*.test.ts`.)
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { ContentError } from './problems';

const roots: string[] = [];

/** A new empty project root (with `content/posts/`), plus the given files (paths relative to the root). */
export function makeRoot(files: Record<string, string | Uint8Array> = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), 'content-test-'));
  roots.push(root);
  mkdirSync(path.join(root, 'content', 'posts'), { recursive: true });
  writeFiles(root, files);
  return root;
}

export function writeFiles(root: string, files: Record<string, string | Uint8Array>): void {
  for (const [relative, data] of Object.entries(files)) {
    const file = path.join(root, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, data);
  }
}

/** Deletes every root made so far; call from `afterAll`. */
export function removeRoots(): void {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
}

/** An article: front matter lines between `---` lines, then the body. */
export function article(frontMatter: string, body = 'متن مقاله.\n'): string {
  return `---\n${frontMatter}\n---\n${body}`;
}

/** A valid SVG whose size image-size can read. */
export function svg(width: number, height: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}"/></svg>`;
}

/** A real PNG of the given size. */
export function png(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#fff' } }).png().toBuffer();
}

/** Runs `fn`, which must throw a ContentError, and returns that error. */
export function contentErrorOf(fn: () => unknown): ContentError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected a ContentError, but nothing was thrown');
}

/** Awaits `promise`, which must reject with a ContentError, and returns that error. */
export async function rejectedContentError(promise: Promise<unknown>): Promise<ContentError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected a ContentError, but the promise resolved');
}
