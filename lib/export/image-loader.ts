/**
 * next/image's loader in the static export (`images.loaderFile` in next.config.ts): each width
 * of `srcset` names a WebP variant beside the original, which scripts/export-images.ts writes
 * after the export. SVG and GIF are served as they are.
 */
import { hasImageVariants, imageVariantUrl } from './image-variants';

export default function exportImageLoader({ src, width }: { src: string; width: number; quality?: number }): string {
  return hasImageVariants(src) ? imageVariantUrl(src, width) : src;
}
