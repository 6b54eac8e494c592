import { describe, expect, it } from 'vitest';
import exportImageLoader from './image-loader';
import { hasImageVariants, imageVariantsInHtml, imageVariantUrl, parseImageVariantUrl } from './image-variants';

describe('resized images of the static export', () => {
  it('resizes raster images of the site, not SVG, GIF or addresses with a query', () => {
    expect(hasImageVariants('/posts/llm/chat-bot.jpg')).toBe(true);
    expect(hasImageVariants('/posts/جست-وجوی-دودویی/shot.PNG')).toBe(true);
    expect(hasImageVariants('/posts/x/diagram.svg')).toBe(false);
    expect(hasImageVariants('/posts/x/anim.gif')).toBe(false);
    expect(hasImageVariants('/posts/x/a.jpg?v=2')).toBe(false);
    expect(hasImageVariants('//cdn.example/a.jpg')).toBe(false);
  });

  it('the loader names a WebP per width beside the original, and leaves other images alone', () => {
    expect(exportImageLoader({ src: '/posts/llm/chat-bot.jpg', width: 640 })).toBe('/posts/llm/chat-bot.jpg.640w.webp');
    expect(exportImageLoader({ src: '/posts/x/diagram.svg', width: 640 })).toBe('/posts/x/diagram.svg');
  });

  it('reads a variant back from its URL; other URLs name none', () => {
    expect(parseImageVariantUrl(imageVariantUrl('/posts/کد/a.jpeg', 480))).toEqual({
      url: '/posts/کد/a.jpeg.480w.webp',
      original: '/posts/کد/a.jpeg',
      width: 480,
    });
    expect(imageVariantUrl('/posts/x/my photo, 100%.png', 360)).toBe('/posts/x/my%20photo%2C%20100%25.png.360w.webp');
    expect(decodeURIComponent(parseImageVariantUrl(imageVariantUrl('/posts/x/my photo, 100%.png', 360))!.original)).toBe(
      '/posts/x/my photo, 100%.png',
    );
    expect(parseImageVariantUrl('/posts/x/photo.webp')).toBeNull();
    expect(parseImageVariantUrl('/posts/x/a.svg.480w.webp')).toBeNull();
    expect(parseImageVariantUrl('/posts/x/a.jpg.0w.webp')).toBeNull();
  });

  it('finds every variant a page refers to, in srcset, src and image preloads, once each', () => {
    const html =
      '<link rel="preload" as="image" imageSrcSet="/posts/llm/chat-bot.jpg.360w.webp 360w, /posts/llm/chat-bot.jpg.640w.webp 640w" imageSizes="100vw"/>' +
      '<img srcSet="/posts/llm/chat-bot.jpg.360w.webp 360w, /posts/llm/chat-bot.jpg.640w.webp 640w" src="/posts/llm/chat-bot.jpg.640w.webp"/>' +
      '<img src="/posts/llm/diagram.svg"/><p>not-an-image.640w.webp</p>';
    expect(imageVariantsInHtml(html)).toEqual([
      { url: '/posts/llm/chat-bot.jpg.360w.webp', original: '/posts/llm/chat-bot.jpg', width: 360 },
      { url: '/posts/llm/chat-bot.jpg.640w.webp', original: '/posts/llm/chat-bot.jpg', width: 640 },
    ]);
  });
});
