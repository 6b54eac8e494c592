import { parsePageSize } from './content/pagination';

/**
 * Site settings: the one place to change the site's name, address and source links.
 * Everything else (metadata, share and edit links) reads from here. Deployment-specific
 * values come from the environment at build time.
 */
export const site = {
  name: 'نوشته‌های فنی',
  description: 'مقاله‌های فنی فارسی دربارهٔ برنامه‌نویسی، هوش مصنوعی و مهندسی نرم‌افزار.',
  /**
   * Absolute origin for canonical URLs, Open Graph and share links: set SITE_URL for every
   * deployment (next.config.ts warns when a production build lacks it).
   */
  url: (process.env.SITE_URL || 'http://localhost:3000').replace(/\/+$/, ''),
  locale: 'fa_IR',
  language: 'fa',
  author: 'نویسنده',
  /**
   * "Edit this page" links: `${editBaseUrl}/<path inside the repository>`, e.g.
   * `https://github.com/<owner>/<repo>/edit/main`. Unset, the links are not shown.
   */
  editBaseUrl: (process.env.SITE_EDIT_BASE_URL ?? '').replace(/\/+$/, ''),
  /** How many related articles to show at the end of an article. */
  relatedCount: 3,
  /** How many of the newest articles each feed (site and per tag) carries, in full. */
  feedItemCount: 20,
  /** Articles per list page (home, tags, categories); `SITE_POSTS_PER_PAGE` overrides at build time. */
  postsPerPage: parsePageSize(process.env.SITE_POSTS_PER_PAGE, 10),
  /**
   * Shortcodes of a Hugo theme drawn with one of this site's components (Callout, Details,
   * Figure): positional arguments get the names in `positional`, `values` translates the
   * theme's values. Unmapped theme shortcodes show their inner text and are reported by
   * `npm run check`.
   */
  hugoShortcodes: {
    alert: {
      component: 'Callout',
      positional: ['type'],
      values: { type: { info: 'note', success: 'tip', danger: 'caution', error: 'caution', warn: 'warning' } },
    },
  },
} as const;

/**
 * Drafts are shown in preview deployments (for editors reviewing a pull request) and in
 * `next dev`, never in a production build.
 */
export function shouldShowDrafts(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.SHOW_DRAFTS === '1' || env.SHOW_DRAFTS === 'true') return true;
  if (env.SHOW_DRAFTS === '0' || env.SHOW_DRAFTS === 'false') return false;
  if (env.VERCEL_ENV === 'preview' || env.CONTEXT === 'deploy-preview') return true;
  return env.NODE_ENV === 'development';
}
