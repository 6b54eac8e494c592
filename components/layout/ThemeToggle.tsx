'use client';

import { useSyncExternalStore } from 'react';
import { THEME_ATTRIBUTE, THEME_STORAGE_KEY, type Theme } from '@/lib/theme/theme';
import { uiText } from '@/lib/ui-text';

/** The scheme in use is the `data-theme` the inline head script (or this button) set. */
function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: [THEME_ATTRIBUTE] });
  return () => observer.disconnect();
}
const currentTheme = (): Theme | null => (document.documentElement.getAttribute(THEME_ATTRIBUTE) === 'dark' ? 'dark' : 'light');
const serverTheme = (): Theme | null => null;

/**
 * A toggle button for the dark scheme: pressed means dark. The choice is remembered; the
 * stylesheet hides the button when no script ran (no `data-theme`), as it could do nothing.
 */
export function ThemeToggle() {
  const theme = useSyncExternalStore(subscribe, currentTheme, serverTheme);
  const dark = theme === 'dark';
  return (
    <button
      type="button"
      className="theme-toggle icon-button"
      aria-pressed={dark}
      title={uiText.theme.darkMode}
      onClick={() => {
        const next: Theme = dark ? 'light' : 'dark';
        document.documentElement.setAttribute(THEME_ATTRIBUTE, next);
        try {
          localStorage.setItem(THEME_STORAGE_KEY, next);
        } catch {
          // Private modes may refuse storage: the choice then lasts for this page only.
        }
      }}
    >
      <span className="sr-only">{uiText.theme.darkMode}</span>
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        width="22"
        height="22"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        {dark ? (
          <>
            <circle cx="12" cy="12" r="4.5" />
            <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
          </>
        ) : (
          <path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5Z" />
        )}
      </svg>
    </button>
  );
}
