'use client';

import { useEffect } from 'react';

/** The search page's own box, when there is one, else the header's. */
const TARGETS = ['#search-query', '#site-search'];

/**
 * `/` or Ctrl+K (⌘K) moves the cursor to the search box, as on most sites readers know, unless
 * they are typing somewhere already. Renders nothing.
 */
export function SearchShortcut() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // `code` as well as `key`: with a Persian keyboard layout the K key types «ن».
      const slash = (event.key === '/' || (event.code === 'Slash' && !event.shiftKey)) && !event.ctrlKey && !event.metaKey && !event.altKey;
      const ctrlK = (event.ctrlKey || event.metaKey) && !event.altKey && (event.key.toLowerCase() === 'k' || event.code === 'KeyK');
      if ((!slash && !ctrlK) || isTyping(event.target)) return;
      const input = TARGETS.map((selector) => document.querySelector<HTMLInputElement>(selector)).find(Boolean);
      if (!input || input === document.activeElement) return;
      event.preventDefault();
      input.focus();
      input.select();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
  return null;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type))
  );
}
