'use client';

import { useEffect } from 'react';

/**
 * Marks the section being read in every table of contents (`aria-current`). Renders nothing;
 * without JavaScript the contents still work as plain links.
 */
export function TocHighlighter() {
  useEffect(() => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc] a[href^="#"]')];
    const ids = [...new Set(links.map((link) => decodeURIComponent(link.hash.slice(1))))];
    const headings = ids.map((id) => document.getElementById(id)).filter((heading): heading is HTMLElement => heading !== null);
    if (headings.length === 0) return;

    const mark = () => {
      // The current section is the last heading that has scrolled past the top fifth of the screen.
      const threshold = window.innerHeight * 0.2;
      let current = headings[0]!;
      for (const heading of headings) {
        if (heading.getBoundingClientRect().top <= threshold) current = heading;
        else break;
      }
      for (const link of links) {
        if (decodeURIComponent(link.hash.slice(1)) === current.id) link.setAttribute('aria-current', 'location');
        else link.removeAttribute('aria-current');
      }
    };
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(mark);
    };
    mark();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
    };
  }, []);
  return null;
}
