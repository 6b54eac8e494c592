import { ArticleImage } from './ArticleImage';

/** `<Figure src="diagram.svg" alt="…" caption="…" />`: an image with a caption under it. */
export function Figure({
  src,
  alt,
  caption,
  width,
  height,
  darkSrc,
}: {
  src?: string;
  alt?: string;
  caption?: string;
  width?: string;
  height?: string;
  darkSrc?: string;
}) {
  return (
    <figure className="figure">
      <ArticleImage src={src} alt={alt ?? caption ?? ''} width={width} height={height} darkSrc={darkSrc} />
      {caption ? <figcaption>{caption}</figcaption> : null}
    </figure>
  );
}
