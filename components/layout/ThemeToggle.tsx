import type { SVGProps } from 'react';
import { uiText } from '@/lib/ui-text';

/** What the two icons share: a 22 px line drawing in the text colour, hidden from screen readers. */
const ICON: SVGProps<SVGSVGElement> = {
  'aria-hidden': true,
  viewBox: '0 0 24 24',
  width: 22,
  height: 22,
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
};

/**
 * A toggle button for the dark scheme: pressed means dark (lib/browser/theme-toggle.ts keeps
 * `aria-pressed` and the remembered choice). Both icons are drawn; the stylesheet shows the
 * one for the scheme in use and hides the button when no script ran (no `data-theme`).
 */
export function ThemeToggle() {
  return (
    <button
      type="button"
      className="theme-toggle icon-button"
      data-theme-toggle=""
      aria-pressed="false"
      title={uiText.theme.darkMode}
      suppressHydrationWarning
    >
      <span className="sr-only">{uiText.theme.darkMode}</span>
      <svg {...ICON} className="theme-icon-light">
        <path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5Z" />
      </svg>
      <svg {...ICON} className="theme-icon-dark">
        <circle cx="12" cy="12" r="4.5" />
        <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
      </svg>
    </button>
  );
}
