/**
 * Marks the section being read in every table of contents (`[data-toc]`) with
 * `aria-current="location"`. Without JavaScript the contents still work as plain links.
 * Links and headings are looked up on each pass (a few per page), so markup swapped in later
 * is followed too.
 */

/** The current section is the last heading that has scrolled past the top fifth of the screen. */
export const CURRENT_SECTION_LINE = 0.2;

/**
 * Index of the section being read, given each heading's distance from the top of the screen
 * (in document order): the last one at or above `line`, else the first.
 */
export function currentSectionIndex(headingTops: number[], line: number): number {
  let current = 0;
  for (let i = 0; i < headingTops.length; i++) {
    if (headingTops[i]! <= line) current = i;
    else break;
  }
  return current;
}

const targetId = (link: HTMLAnchorElement) => decodeURIComponent(link.hash.slice(1));

function mark(root: Document): void {
  const links = [...root.querySelectorAll<HTMLAnchorElement>('[data-toc] a[href^="#"]')];
  if (links.length === 0) return;
  const ids = [...new Set(links.map(targetId))];
  const headings = ids.map((id) => root.getElementById(id)).filter((heading): heading is HTMLElement => heading !== null);
  if (headings.length === 0) return;
  const index = currentSectionIndex(
    headings.map((heading) => heading.getBoundingClientRect().top),
    window.innerHeight * CURRENT_SECTION_LINE,
  );
  const currentId = headings[index]!.id;
  for (const link of links) {
    if (targetId(link) === currentId) link.setAttribute('aria-current', 'location');
    else link.removeAttribute('aria-current');
  }
}

export function installTocHighlighter(root: Document = document): void {
  let frame = 0;
  const schedule = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => mark(root));
  };
  mark(root);
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule);
}
