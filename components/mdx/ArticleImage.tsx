import Image from 'next/image';

type Props = { src?: string; alt?: string; title?: string; width?: number | string; height?: number | string };

/**
 * Body images. The MDX pipeline has already resolved `src` and measured the file, so the
 * browser reserves the space (no layout shift) and loads lazily at the size it needs.
 */
export function ArticleImage({ src, alt, title, width, height }: Props) {
  if (!src || !width || !height) return null;
  return (
    <Image
      src={src}
      alt={alt ?? ''}
      title={title}
      width={Number(width)}
      height={Number(height)}
      sizes="(min-width: 48rem) 42rem, 100vw"
      className="mx-auto h-auto max-w-full rounded-lg"
    />
  );
}
