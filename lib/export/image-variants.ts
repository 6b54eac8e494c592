/**
 * Resized images for the static export. A static host has no image optimiser, so next/image's
 * loader (image-loader.ts) names a WebP variant of each raster image per width it offers in
 * `srcset`, and scripts/export-images.ts writes those files once the pages are exported. A
 * phone then downloads a 480 px WebP instead of the 1200 px JPEG the author committed.
 *
 * Pure: URL naming only, shared by the loader (which runs in the browser too) and the script.
 */

/** Formats sharp can resize and re-encode. SVG needs no variants; an animated GIF would lose its frames. */
const RESIZABLE = /\.(?:jpe?g|png|webp|avif)$/i;

const VARIANT = /^(.+\.(?:jpe?g|png|webp|avif))\.(\d+)w\.webp$/i;

/** Whether `src` (a site path) gets resized variants: a raster image of this site, without query or fragment. */
export function hasImageVariants(src: string): boolean {
  return src.startsWith('/') && !src.startsWith('//') && !/[?#]/.test(src) && RESIZABLE.test(src);
}

/**
 * The variant of `src` `width` pixels wide: beside the original, which keeps its name
 * (`x.jpg` → `x.jpg.640w.webp`). Spaces and commas would split a `srcset` entry, so they are
 * percent-encoded (and `%` itself, so that decoding gives the file name back).
 */
export function imageVariantUrl(src: string, width: number): string {
  return `${src.replace(/[\s,%]/g, (character) => encodeURIComponent(character))}.${width}w.webp`;
}

export interface ImageVariant {
  /** URL of the variant, as written in the page. */
  url: string;
  /** URL of the original image it is made from. */
  original: string;
  width: number;
}

/** The variant a URL names, or null when it names none. */
export function parseImageVariantUrl(url: string): ImageVariant | null {
  const match = VARIANT.exec(url);
  if (!match) return null;
  const width = Number(match[2]);
  if (!Number.isSafeInteger(width) || width <= 0) return null;
  return { url, original: match[1]!, width };
}

/** Every variant an exported page refers to (in `src`, `srcset` and image preloads' `imagesrcset`), once each. */
export function imageVariantsInHtml(html: string): ImageVariant[] {
  const found = new Map<string, ImageVariant>();
  // Candidates in srcset lists are separated by commas and spaces; a variant URL never contains either.
  for (const [candidate] of html.matchAll(/\/[^\s"',<>]+?\.\d+w\.webp/g)) {
    const url = candidate.replaceAll('&amp;', '&');
    const variant = parseImageVariantUrl(url);
    if (variant && hasImageVariants(variant.original)) found.set(url, variant);
  }
  return [...found.values()];
}
