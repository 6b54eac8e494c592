import { uiText } from './ui-text';

export interface NavSection {
  href: string;
  label: string;
}

/**
 * The sections every page links to, in the header's order. «درباره» only where the site has an
 * about page (`content/pages/about.md`): a site moved from Hugo may not, and every page would
 * then link to a 404.
 */
export function headerSections({ hasAboutPage }: { hasAboutPage: boolean }): NavSection[] {
  return [
    { href: '/', label: uiText.nav.home },
    { href: '/archive/', label: uiText.headerNav.archive },
    { href: '/tags/', label: uiText.nav.tags },
    { href: '/search/', label: uiText.headerNav.search },
    ...(hasAboutPage ? [{ href: '/about/', label: uiText.siteNav.about }] : []),
  ];
}

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
