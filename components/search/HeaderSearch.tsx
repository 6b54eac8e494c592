'use client';

import { lazy, Suspense, useEffect, useState } from 'react';

/** The drop-down, MiniSearch and the index: fetched when the reader first types, never on load. */
const HeaderResults = lazy(() => import('./HeaderResults'));

/**
 * Makes the header's plain search form show the best results as the reader types. Placed inside
 * the form; it finds the form's input through the DOM, since the form itself is server-rendered.
 * Keyboard: ↓/↑ move between the input and the results, Esc closes, Enter opens the search page.
 */
export function HeaderSearch({ inputId }: { inputId: string }) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  // Once loaded, the drop-down stays mounted (hidden when closed), so its live region is already
  // in the page when a new count is announced.
  const [activated, setActivated] = useState(false);

  useEffect(() => {
    const input = document.getElementById(inputId) as HTMLInputElement | null;
    const form = input?.form;
    if (!input || !form) return;
    const onInput = () => {
      setQuery(input.value);
      setOpen(input.value.trim() !== '');
      if (input.value.trim()) setActivated(true);
    };
    const links = () => [...form.querySelectorAll<HTMLAnchorElement>('[data-header-results] a[href]')];
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        input.focus();
        return;
      }
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      const all = links();
      if (all.length === 0) return;
      const current = all.indexOf(document.activeElement as HTMLAnchorElement);
      event.preventDefault();
      if (document.activeElement === input) {
        if (event.key === 'ArrowDown') all[0]!.focus();
      } else if (current === 0 && event.key === 'ArrowUp') input.focus();
      else if (current >= 0) all[Math.min(all.length - 1, current + (event.key === 'ArrowDown' ? 1 : -1))]!.focus();
    };
    const onFocusOut = (event: FocusEvent) => {
      if (!form.contains(event.relatedTarget as Node | null)) setOpen(false);
    };
    const onFocusIn = () => setOpen(input.value.trim() !== '');
    input.addEventListener('input', onInput);
    input.addEventListener('focus', onFocusIn);
    form.addEventListener('keydown', onKeyDown);
    form.addEventListener('focusout', onFocusOut);
    return () => {
      input.removeEventListener('input', onInput);
      input.removeEventListener('focus', onFocusIn);
      form.removeEventListener('keydown', onKeyDown);
      form.removeEventListener('focusout', onFocusOut);
    };
  }, [inputId]);

  if (!activated) return null;
  return (
    <div data-header-results hidden={!open || !query.trim()}>
      <Suspense fallback={null}>
        <HeaderResults query={query} onChoose={() => setOpen(false)} />
      </Suspense>
    </div>
  );
}
