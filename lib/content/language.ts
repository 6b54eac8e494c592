import type { Post } from './loader';

/** Persian is written right to left, English left to right. */
export function textDirection(lang: Post['lang']): 'rtl' | 'ltr' {
  return lang === 'en' ? 'ltr' : 'rtl';
}
