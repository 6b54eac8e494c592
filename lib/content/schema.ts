import { z } from 'zod';
import { zonedDateTime } from '@/lib/persian/date';

/**
 * The front matter of an article: Hugo/PaperMod-compatible, so articles move here unchanged.
 * This schema is the single source of truth; `FrontMatter` is inferred from it.
 */

const dateField = z
  .union([z.date(), z.string()], {
    error: (issue) =>
      issue.input === undefined ? 'is required' : 'must be a date written as YYYY-MM-DD',
  })
  .transform((value, ctx) => {
    // Iranian authors often type the Jalali date, with slashes: 1402/11/10.
    const jalaliYear = typeof value === 'string' ? /^\s*(1[2-4]\d\d)[-/.]\d{1,2}[-/.]\d{1,2}/.exec(value)?.[1] : undefined;
    if (jalaliYear) {
      ctx.addIssue({ code: 'custom', message: `year ${jalaliYear} looks like a Jalali (Solar Hijri) date; dates are Gregorian` });
      return z.NEVER;
    }
    const date = value instanceof Date ? value : parseIsoDate(value);
    if (!date || Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: 'custom', message: `«${String(value)}» is not a valid date` });
      return z.NEVER;
    }
    // A Jalali year (1300–1499) typed as if Gregorian would silently date the article 600 years ago.
    if (date.getUTCFullYear() < 1900) {
      ctx.addIssue({
        code: 'custom',
        message: `year ${date.getUTCFullYear()} looks like a Jalali (Solar Hijri) date; dates are Gregorian`,
      });
      return z.NEVER;
    }
    // `new Date('2024-02-30')` quietly gives 1 March; a day that does not exist is a typo.
    if (typeof value === 'string' && !isCalendarDate(value)) {
      ctx.addIssue({ code: 'custom', message: `«${value.trim()}» is not a valid date` });
      return z.NEVER;
    }
    return date;
  });

/**
 * ISO 8601 only (`2024-01-30`, `2024-01-30T10:00:00+03:30`): `new Date()` would also take
 * `January 30` (as 2001) or `01/02/2024` (month first), in the build machine's time zone.
 * A time without an offset is the site's clock (Iran's), the zone pages show dates in.
 */
const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/;

function parseIsoDate(text: string): Date | undefined {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return undefined;
  const [, day, time, offset] = match;
  if (!time) return new Date(day!);
  return offset ? new Date(`${day}T${time}${offset}`) : zonedDateTime(day!, time.length === 5 ? `${time}:00` : time);
}

/** False when text starting `YYYY-MM-DD` names a day that does not exist (`2024-02-30`, `2024-13-45`). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/.exec(text.trim());
  if (!match) return true;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth;
}

const nonEmptyText = z.string().trim().min(1, 'must not be empty');

/** Hugo accepts a single value or a list for taxonomies; normalise to a list. */
const stringList = z
  .union([nonEmptyText, z.array(nonEmptyText)], { error: 'must be a text or a list of texts' })
  .transform((value) => (Array.isArray(value) ? value : [value]));

const coverSchema = z.object({
  image: nonEmptyText,
  alt: z.string().optional(),
  caption: z.string().optional(),
  /** PaperMod: keep the cover for cards and Open Graph but do not show it on the article. */
  hidden: z.boolean().optional(),
});

export const frontMatterSchema = z
  .object({
    title: nonEmptyText,
    date: dateField,
    lastmod: dateField.optional(),
    description: nonEmptyText.optional(),
    summary: nonEmptyText.optional(),
    tags: stringList.optional(),
    categories: stringList.optional(),
    cover: coverSchema.optional(),
    draft: z.boolean({ error: 'must be true or false' }).optional(),
    slug: nonEmptyText.optional(),
    author: stringList.optional(),
    authors: stringList.optional(),
    series: stringList.optional(),
    /** The article's language: Persian (right to left) unless it says `en`. */
    lang: z.enum(['fa', 'en'], { error: 'must be `fa` (Persian, the default) or `en` (English)' }).optional(),
    /** Hugo: old addresses of this article; each redirects here. */
    aliases: stringList.optional(),
    /** Hugo: the article's own address on the old site; here it redirects to `/posts/<slug>/`. */
    url: nonEmptyText.optional(),
  })
  .transform((fm) => ({
    title: fm.title,
    date: fm.date,
    lastmod: fm.lastmod,
    description: fm.description ?? fm.summary,
    tags: dedupe(fm.tags ?? []),
    categories: dedupe(fm.categories ?? []),
    cover: fm.cover,
    draft: fm.draft ?? false,
    slug: fm.slug,
    authors: dedupe([...(fm.authors ?? []), ...(fm.author ?? [])]),
    // Hugo models series as a taxonomy (a list); an article belongs to one series here.
    series: fm.series?.[0],
    lang: fm.lang ?? 'fa',
    aliases: dedupe([...(fm.aliases ?? []), ...(fm.url ? [fm.url] : [])]),
  }));

export type FrontMatter = z.output<typeof frontMatterSchema>;

/**
 * Keys Hugo, PaperMod and Stack authors commonly write that this site does not use: they steer
 * the old theme's layout (`ShowToc`, `weight`…) or this site does the same on its own (the
 * contents list, math). Accepted quietly, compared case-insensitively (Hugo reads keys so), so
 * migrated articles check clean; any other unknown key is a warning. The one list: extend it here.
 */
export const QUIET_FRONT_MATTER_KEYS: readonly string[] = Object.freeze([
  // PaperMod
  'ShowToc', 'TocOpen', 'ShowReadingTime', 'ShowBreadCrumbs', 'ShowPostNavLinks', 'ShowWordCount',
  'ShowRssButtonInSectionTermList', 'ShowShareButtons', 'ShowCodeCopyButtons', 'UseHugoToc', 'hidemeta',
  'hideSummary', 'hideAuthor', 'comments', 'disableShare', 'disableHLJS', 'disableAnchoredHeadings',
  'searchHidden', 'editPost', 'canonicalURL', 'robotsNoIndex', 'hidden',
  // Hugo itself
  'weight', 'keywords', 'aliases', 'url', 'images', 'linkTitle', 'type', 'layout', 'publishDate',
  'expiryDate', 'isCJKLanguage', 'markup', 'outputs', 'resources', 'sitemap', 'translationKey',
  'headless', 'build', 'cascade', 'menu', 'menus', 'params', 'featured_image', 'featuredImage',
  'thumbnail', 'audio', 'videos', 'toc', 'math', 'mathjax', 'katex', 'mermaid', 'unsafe',
  // Stack (its `image` becomes the cover)
  'license', 'readingTime', 'links',
]);

/** Keys the schema reads (lower-case). Other keys are quiet (`QUIET_FRONT_MATTER_KEYS`) or a warning. */
export const knownFrontMatterKeys = Object.freeze(Object.keys(frontMatterSchema.in.shape));

/**
 * Hugo and PaperMod (and Stack) front matter keys accepted quietly: they steer the old theme's
 * layout (`ShowToc`, `weight`, `math`…) and mean nothing here, or this site does the same on
 * its own (the contents list, math). Lower-case, as keys are compared lower-cased.
 */
export const hugoQuietFrontMatterKeys: readonly string[] = Object.freeze([
  // Hugo
  'audio', 'build', 'cascade', 'expirydate', 'headless', 'images', 'iscjklanguage', 'keywords', 'layout',
  'linktitle', 'markup', 'menu', 'menus', 'outputs', 'publishdate', 'resources', 'sitemap', 'translationkey', 'type',
  'videos', 'weight', 'toc', 'math', 'katex', 'mathjax', 'mermaid', 'unsafe',
  // PaperMod
  'showtoc', 'tocopen', 'hidemeta', 'comments', 'disablehljs', 'disableshare', 'hidesummary', 'searchhidden',
  'showreadingtime', 'showbreadcrumbs', 'showpostnavlinks', 'showwordcount', 'showrssbuttoninsectiontermlist',
  'usehugotoc', 'editpost', 'canonicalurl', 'showcodecopybuttons', 'showsharebuttons', 'robotsnoindex',
  'disableanchoredheadings', 'hidden',
  // Stack (its `image` becomes the cover)
  'license', 'readingtime', 'links',
]);

function dedupe(values: string[]): string[] {
  return [...new Set(values)];
}
