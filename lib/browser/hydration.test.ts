import { describe, expect, it, vi } from 'vitest';
import { afterHydration } from './hydration';

/** Just what afterHydration reads of a document: its scripts and the elements of its body. */
function fakeDocument(withReact: boolean) {
  const element = (tagName: string) => ({ tagName, closest: () => null }) as unknown as Element & Record<string, unknown>;
  const footerLink = element('A');
  const elements = [element('HEADER'), element('MAIN'), element('FOOTER'), footerLink, element('SCRIPT')];
  const doc = {
    querySelector: (selector: string) => (withReact && selector.includes('/_next/static/') ? element('SCRIPT') : null),
    body: { getElementsByTagName: () => elements },
  } as unknown as Document;
  return { doc, footerLink };
}

describe('afterHydration', () => {
  it('resolves at once on a page without React (the lean export)', async () => {
    const { doc } = fakeDocument(false);
    await expect(afterHydration(doc)).resolves.toBeUndefined();
  });

  it('waits until React has claimed the last element of the page, scripts aside', async () => {
    vi.useFakeTimers();
    try {
      const { doc, footerLink } = fakeDocument(true);
      let done = false;
      void afterHydration(doc).then(() => (done = true));
      await vi.advanceTimersByTimeAsync(300);
      expect(done).toBe(false);
      footerLink['__reactFiber$abc123'] = {};
      await vi.advanceTimersByTimeAsync(40);
      expect(done).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives up waiting after 10 s, so a page whose React never loads still works', async () => {
    vi.useFakeTimers();
    try {
      const { doc } = fakeDocument(true);
      let done = false;
      void afterHydration(doc).then(() => (done = true));
      await vi.advanceTimersByTimeAsync(9_000);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(1_100);
      expect(done).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
