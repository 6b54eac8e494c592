/**
 * Which files of a Next.js static export the lean export leaves out, by path (POSIX, relative
 * to the export's root). Pure: the caller says which files exist.
 */

/**
 * The RSC payload Next.js writes beside each page for its client router: `index.txt` (or
 * `<page>.txt`) next to the page's HTML, and the per-segment `__next.*.txt` prefetch files.
 * Other text files (robots.txt, a page's attachments) have no HTML twin and stay.
 */
export function isRscPayload(file: string, exists: (file: string) => boolean): boolean {
  if (!file.endsWith('.txt')) return false;
  const name = file.slice(file.lastIndexOf('/') + 1);
  if (name.startsWith('__next.')) return true;
  return exists(file.slice(0, -'.txt'.length) + '.html');
}

/** A script of Next's client runtime (its chunks, build manifests): kept only if a lean page still loads it. */
export function isFrameworkScriptFile(file: string): boolean {
  return file.startsWith('_next/') && /\.(js|mjs)(\.map)?$/.test(file);
}
