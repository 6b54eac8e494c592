import Image from 'next/image';
import { hasImageVariants } from '@/lib/export/image-variants';

type Props = { src?: string; alt?: string; title?: string; width?: number | string; height?: number | string; darkSrc?: string };

/**
 * Body images. The MDX pipeline has already resolved `src` and measured the file, so the
 * browser reserves the space (no layout shift) and loads lazily at the size it needs.
 */
export function ArticleImage({ src, alt, title, width, height, darkSrc }: Props) {
  if (!src || !width || !height) return null;
  const image = (source: string, className = '') => (
    <Image
      src={source}
      alt={alt ?? ''}
      title={title}
      width={Number(width)}
      height={Number(height)}
      sizes="(min-width: 48rem) 42rem, 100vw"
      unoptimized={!hasImageVariants(source)}
      className={`mx-auto h-auto max-w-full rounded-lg ${className}`}
    />
  );
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
