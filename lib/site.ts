/**
 * Site settings: the one place to change the site's name, address and source links.
 * Everything else (metadata, feeds, edit links) reads from here.
 */
export const site = {
  name: 'نوشته‌های فنی',
  description: 'مقاله‌های فنی فارسی دربارهٔ برنامه‌نویسی، هوش مصنوعی و مهندسی نرم‌افزار.',
  /** Absolute origin used for canonical URLs, Open Graph and feeds. Override per deployment. */
  url: (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, ''),
  locale: 'fa_IR',
  language: 'fa',
  author: 'نویسنده',
  /** "Edit this page" links: `${editBaseUrl}/<path inside the repository>`. Empty string hides them. */
  editBaseUrl: process.env.SITE_EDIT_BASE_URL ?? 'https://github.com/persian-tech/articles/edit/main',
  /** How many related articles to show at the end of an article. */
  relatedCount: 3,
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
