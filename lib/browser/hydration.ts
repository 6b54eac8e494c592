/**
 * Resolves once React has hydrated the page, at once where there is no React (the lean export).
 *
 * In the `next start` build and the normal export, this script runs before React hydrates the
 * server HTML; React then expects the DOM exactly as served, and a list this script had already
 * filled (the search page opened with `?q=`) made it throw the page's HTML away and render it
 * again, results gone. React announces no end of hydration. It claims elements in document
 * order and checks each element's children before it moves past it, so once the page's last
 * element is claimed (React marks claimed elements with an own `__reactFiber$…` key), content
 * added anywhere in the page is left alone.
 */
export function afterHydration(doc: Document = document): Promise<void> {
  if (!doc.querySelector('script[src*="/_next/static/"]')) return Promise.resolve();
  const last = () => {
    const all = doc.body.getElementsByTagName('*');
    for (let index = all.length - 1; index >= 0; index--) {
      const element = all[index]!;
      if (element.tagName !== 'SCRIPT' && element.tagName !== 'NEXT-ROUTE-ANNOUNCER' && !element.closest('next-route-announcer'))
        return element;
    }
    return undefined;
  };
  const hydrated = () => {
    const element = last();
    return !element || Object.keys(element).some((key) => key.startsWith('__reactFiber$'));
  };
  return new Promise((resolve) => {
    const startedAt = Date.now();
    const poll = () => {
      // A page React never hydrates (its script failed to load) still gets search after 10 s.
      if (hydrated() || Date.now() - startedAt > 10_000) resolve();
      else setTimeout(poll, 30);
    };
    poll();
  });
}
