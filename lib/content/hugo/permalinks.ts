/**
 * Hugo's permalink patterns (`/:year/:month/:slug/`), expanded for one article, so the
 * importer can keep its old address working as an alias.
 */

export interface PermalinkFields {
  /** Date as written in the front matter (`2024-03-12…`): Hugo uses its own clock, not UTC. */
  date?: string;
  title: string;
  slug?: string;
  /** File name without extension and language (`safe-bash`), or the bundle's folder name. */
  fileName: string;
  section: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function expandPermalink(pattern: string, fields: PermalinkFields): string | undefined {
  const [, year, month, day] = /^(\d{4})-(\d{2})-(\d{2})/.exec(fields.date ?? '') ?? [];
  const values: Record<string, string | undefined> = {
    year,
    month,
    monthname: month ? MONTHS[Number(month) - 1] : undefined,
    day,
    section: fields.section,
    sections: fields.section,
    title: hugoUrlize(fields.title),
    slug: hugoUrlize(fields.slug ?? fields.title),
    slugorfilename: hugoUrlize(fields.slug ?? fields.fileName),
    slugorcontentbasename: hugoUrlize(fields.slug ?? fields.fileName),
    filename: hugoUrlize(fields.fileName),
    contentbasename: hugoUrlize(fields.fileName),
  };
  let missing = false;
  // Longest names first, so `:slugorfilename` is not read as `:slug` + `orfilename`.
  const expanded = pattern.replace(/:(slugorcontentbasename|slugorfilename|contentbasename|monthname|filename|sections|section|title|year|month|slug|day)/g, (_match, name: string) => {
    const value = values[name];
    if (!value) missing = true;
    return value ?? '';
  });
  if (missing || /:[a-z]/i.test(expanded)) return undefined;
  const path = `/${expanded.split('/').filter(Boolean).join('/')}`;
  return /\.html?$/i.test(path) ? path : `${path}/`;
}

/**
 * Hugo's `urlize` as it treats article addresses: lower-cased, spaces to `-`, punctuation
 * dropped. Like Hugo, it drops ZWNJ (a format character), which is why old Persian addresses
 * differ from this site's, where ZWNJ becomes `-`.
 */
export function hugoUrlize(text: string): string {
  return text
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{N}\p{M}\-_.~]/gu, '')
    .replace(/-{2,}/g, '-');
}
