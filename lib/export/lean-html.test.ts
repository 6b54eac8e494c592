import { describe, expect, it } from 'vitest';
import { leanPage } from './lean-html';

const THEME = "(function(){document.documentElement.setAttribute('data-theme','dark')})()";
const options = { keepInlineScript: THEME, keepScriptPrefix: '/assets/' };

/** The shape of a page `next build` exports (Next 16, Turbopack), shortened. */
const nextPage = [
  '<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charSet="utf-8"/>',
  '<link rel="preload" href="/_next/static/media/font.woff2" as="font" crossorigin="" type="font/woff2"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<script src="/_next/static/chunks/c.js" async=""></script>',
  '<script src="/_next/static/chunks/turbopack-d.js" async=""></script>',
  '<title>نوشته</title>',
  `<script>${THEME}</script>`,
  '<script type="module" src="/assets/site-ABC.js"></script>',
  '<script src="/_next/static/chunks/polyfill.js" noModule=""></script>',
  '</head><body><main><p>متن «فارسی»&nbsp;و <code>x &lt; y</code></p>',
  '<script type="application/ld+json">{"@type":"BlogPosting","headline":"عنوان"}</script>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})</script>',
  '</main><script src="/_next/static/chunks/b.js" async=""></script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"0:\\"</p>\\"\\n"])</script>',
  '</body></html>',
].join('');

describe('leanPage', () => {
  const page = leanPage(nextPage, options);

  it("drops Next's scripts, its inline RSC payload and its script preloads", () => {
    expect(page.html).not.toContain('/_next/static/chunks/c.js');
    expect(page.html).not.toMatch(/_next\/[^"]*\.js/);
    expect(page.html).not.toContain('__next_f');
    expect(page.html).not.toContain('TURBOPACK');
    expect(page.html).not.toContain('as="script"');
    expect(page.droppedFrameworkScripts).toBe(8);
    expect(page.droppedOtherScripts).toBe(0);
  });

  it('keeps the theme init script, JSON-LD, the reader module, styles and fonts, and every other byte as written', () => {
    const expected = [
      '<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charSet="utf-8"/>',
      '<link rel="preload" href="/_next/static/media/font.woff2" as="font" crossorigin="" type="font/woff2"/>',
      '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
      '<title>نوشته</title>',
      `<script>${THEME}</script>`,
      '<script type="module" src="/assets/site-ABC.js"></script>',
      '</head><body><main><p>متن «فارسی»&nbsp;و <code>x &lt; y</code></p>',
      '<script type="application/ld+json">{"@type":"BlogPosting","headline":"عنوان"}</script>',
      '</main></body></html>',
    ].join('');
    expect(page.html).toBe(expected);
    expect(page.html).toContain(`<script>${THEME}</script>`);
    expect(page.html).toContain('<script type="application/ld+json">{"@type":"BlogPosting","headline":"عنوان"}</script>');
    expect(page.html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>');
    expect(page.html).toContain('&nbsp;و <code>x &lt; y</code>');
    expect(page.scriptSources).toEqual(['/assets/site-ABC.js']);
  });

  it('drops an inline script that is not the theme init, even one differing by a space, and counts it apart', () => {
    const other = leanPage(`<html><head><script>${THEME} </script><script>alert(1)</script></head><body></body></html>`, options);
    expect(other.html).toBe('<html><head></head><body></body></html>');
    expect(other.droppedOtherScripts).toBe(2);
  });

  it('keeps data blocks of any non-JavaScript type and drops module preloads', () => {
    const html =
      '<head><script type="text/plain">x</script><link rel="modulepreload" href="/_next/x.js"></head><script type="text/javascript">y</script>';
    const result = leanPage(html, options);
    expect(result.html).toBe('<head><script type="text/plain">x</script></head>');
  });

  it('leaves a page without scripts byte for byte', () => {
    const plain =
      '<!DOCTYPE html><html><head><meta http-equiv="refresh" content="0; url=/posts/x/"></head><body><a href="/posts/x/">x</a></body></html>';
    expect(leanPage(plain, options).html).toBe(plain);
  });
});
