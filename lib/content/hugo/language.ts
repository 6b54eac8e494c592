/**
 * Hugo's language suffix in file names: `index.fa.md` (a page bundle's index in Persian) and
 * `post.fa.md` (a single-file article). The suffix is only a language when it is a real
 * language code, so `next.js.md` stays the slug `next.js`. Only two-letter codes (with an
 * optional region, `fa-ir`) count: Hugo sites use them, and three-letter ones collide with words
 * (`ts`, `new` and `min` are also languages).
 */

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

export interface ArticleFileName {
  /** The name without extension and language suffix: `post` for `post.fa.md`. */
  base: string;
  extension: 'md' | 'mdx';
  /** The language suffix, lower-cased, when there is one. */
  language?: string;
}

/** Splits `post.fa.md` into its parts; undefined when the file is not a Markdown/MDX file. */
export function parseArticleFileName(fileName: string): ArticleFileName | undefined {
  const match = /^(.+?)\.(mdx?)$/i.exec(fileName);
  if (!match) return undefined;
  const extension = match[2]!.toLowerCase() as 'md' | 'mdx';
  const stem = match[1]!;
  const suffix = /^(.+)\.([A-Za-z]{2}(?:-[A-Za-z]{2,4})?)$/.exec(stem);
  if (suffix && isLanguageCode(suffix[2]!)) return { base: suffix[1]!, extension, language: suffix[2]!.toLowerCase() };
  return { base: stem, extension };
}

export function isLanguageCode(code: string): boolean {
  try {
    return languageNames.of(code) !== undefined;
  } catch {
    return false;
  }
}

/** English name of a language code, for messages: `en` → `English`. */
export function languageName(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** True when the language suffix (if any) is the site's own language, so the file is read. */
export function isSiteLanguage(name: ArticleFileName, siteLanguage: string): boolean {
  return name.language === undefined || name.language === siteLanguage.toLowerCase() || name.language.startsWith(`${siteLanguage.toLowerCase()}-`);
}
