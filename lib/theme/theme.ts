/** The two colour schemes. `data-theme` on <html> holds the one in use. */
export type Theme = 'light' | 'dark';

/** Where the reader's own choice is remembered; absent, the system's scheme is followed. */
export const THEME_STORAGE_KEY = 'theme';

/** The attribute on <html> the stylesheet reads (`[data-theme='dark']`). */
export const THEME_ATTRIBUTE = 'data-theme';

export function isTheme(value: unknown): value is Theme {
  return value === 'light' || value === 'dark';
}

/**
 * Runs in <head> before the first paint, inline, so the page is never drawn in the wrong
 * scheme. It sets `data-theme` to the remembered choice, or to the system's scheme (and keeps
 * following the system while the reader has made no choice). Kept tiny and as one exact
 * string: a Content-Security-Policy allows it by the hash of this text (`themeScriptHash`).
 * Without JavaScript no attribute is set and the stylesheet follows the system on its own.
 */
export const THEME_INIT_SCRIPT =
  `(function(){var d=document.documentElement,m=matchMedia('(prefers-color-scheme: dark)');` +
  `function s(){var t=null;try{t=localStorage.getItem('${THEME_STORAGE_KEY}')}catch(e){}` +
  `d.setAttribute('${THEME_ATTRIBUTE}',t==='light'||t==='dark'?t:m.matches?'dark':'light')}` +
  `s();m.addEventListener('change',s)})()`;
