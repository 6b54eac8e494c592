import { describe, expect, it } from 'vitest';
import { isFrameworkScriptFile, isRscPayload } from './lean-files';

describe('isRscPayload', () => {
  const files = new Set(['index.html', 'posts/x/index.html', '404.html']);
  const exists = (file: string) => files.has(file);

  it('is the text twin of a page and every __next segment file', () => {
    expect(isRscPayload('index.txt', exists)).toBe(true);
    expect(isRscPayload('posts/x/index.txt', exists)).toBe(true);
    expect(isRscPayload('404.txt', exists)).toBe(true);
    expect(isRscPayload('posts/x/__next.posts.$d$slug.__PAGE__.txt', exists)).toBe(true);
    expect(isRscPayload('__next._tree.txt', exists)).toBe(true);
  });

  it('is not robots.txt, an attachment, or a text file without a page beside it', () => {
    expect(isRscPayload('robots.txt', exists)).toBe(false);
    expect(isRscPayload('posts/x/notes.txt', exists)).toBe(false);
    expect(isRscPayload('posts/y/index.txt', exists)).toBe(false);
    expect(isRscPayload('posts/x/index.html', exists)).toBe(false);
  });
});

describe('isFrameworkScriptFile', () => {
  it("is a script under _next/, not Next's CSS or fonts, nor a script of the site's own", () => {
    expect(isFrameworkScriptFile('_next/static/chunks/0abc.js')).toBe(true);
    expect(isFrameworkScriptFile('_next/static/BUILD/_buildManifest.js')).toBe(true);
    expect(isFrameworkScriptFile('_next/static/chunks/a.css')).toBe(false);
    expect(isFrameworkScriptFile('_next/static/media/font.woff2')).toBe(false);
    expect(isFrameworkScriptFile('assets/site-ABC.js')).toBe(false);
  });
});
