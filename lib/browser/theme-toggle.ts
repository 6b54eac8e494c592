import { THEME_ATTRIBUTE, THEME_STORAGE_KEY, type Theme } from '@/lib/theme/theme';

/** Marks the theme toggle (components/layout/ThemeToggle.tsx). */
export const THEME_TOGGLE_SELECTOR = '[data-theme-toggle]';

/** The scheme a press of the toggle switches to. */
export function toggledTheme(current: string | null): Theme {
  return current === 'dark' ? 'light' : 'dark';
}

/**
 * The dark-scheme toggle: pressed means dark. The inline head script (lib/theme/theme.ts) has
 * already set `data-theme`; this keeps every toggle's `aria-pressed` in step with it (it also
 * changes when the system's scheme does), and on a press switches and remembers the choice.
 * The icon is CSS's business (both are in the markup), so nothing flashes.
 */
export function installThemeToggle(root: Document = document): void {
  const html = root.documentElement;
  const sync = () => {
    const pressed = String(html.getAttribute(THEME_ATTRIBUTE) === 'dark');
    for (const toggle of root.querySelectorAll(THEME_TOGGLE_SELECTOR)) toggle.setAttribute('aria-pressed', pressed);
  };
  new MutationObserver(sync).observe(html, { attributes: true, attributeFilter: [THEME_ATTRIBUTE] });
  sync();
  root.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest(THEME_TOGGLE_SELECTOR)) return;
    const next = toggledTheme(html.getAttribute(THEME_ATTRIBUTE));
    html.setAttribute(THEME_ATTRIBUTE, next);
    try {
      localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Private modes may refuse storage: the choice then lasts for this page only.
    }
  });
}
