/**
 * Whether the header link `href` is the section the reader is in: home only on the home page
 * (and its later pages, `/page/2/`), any other section on its own pages too (`/tags/x/`).
 * `pathname` may arrive percent-encoded and with or without a trailing slash.
 */
export function isCurrentSection(href: string, pathname: string): boolean {
  const path = normalise(pathname);
  const target = normalise(href);
  if (target === '/') return path === '/' || /^\/page\/[^/]+\/$/.test(path);
  return path === target || path.startsWith(target);
}

function normalise(path: string): string {
  let decoded = path;
  try {
    decoded = decodeURI(path);
  } catch {
    // Not valid percent-encoding: compare as written.
  }
  const bare = decoded.split(/[?#]/)[0] ?? '/';
  return bare.endsWith('/') ? bare : `${bare}/`;
}
