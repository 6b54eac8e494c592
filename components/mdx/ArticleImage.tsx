import { getImageProps } from 'next/image';
import { hasImageVariants } from '@/lib/export/image-variants';

type Props = { src?: string; alt?: string; title?: string; width?: number | string; height?: number | string; darkSrc?: string };

/**
 * Body images. The MDX pipeline has already resolved `src` and measured the file, so the
 * browser reserves the space (no layout shift) and loads lazily at the size it needs.
 * `getImageProps` gives next/image's attributes (srcset through the optimiser, or the file
 * itself in the export) as a plain <img>: the body is rendered to a string at build time
 * (components/mdx/article-body.tsx), where next/image's client component cannot run.
 */
export function ArticleImage({ src, alt, title, width, height, darkSrc }: Props) {
  if (!src || !width || !height) return null;
  const image = (source: string, className = '') => {
    const { props } = getImageProps({
      src: source,
      alt: alt ?? '',
      title,
      width: Number(width),
      height: Number(height),
      sizes: '(min-width: 48rem) 42rem, 100vw',
      unoptimized: !hasImageVariants(source),
      className: `mx-auto h-auto max-w-full rounded-lg ${className}`,
    });
    // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- alt is in props
    return <img {...props} />;
  };
  if (!darkSrc) return image(src);
  // `x-dark.svg` beside `x.svg`: the stylesheet shows the one for the scheme in use (the
  // reader's toggle, not only the system's, which <picture> media queries would follow).
  // Images load lazily, so the hidden one is not downloaded.
  return (
    <>
      {image(src, 'themed-image-light')}
      {image(darkSrc, 'themed-image-dark')}
    </>
  );
}
