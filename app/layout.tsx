import type { Metadata, Viewport } from 'next';
import localFont from 'next/font/local';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { PAGE_ELEMENT_IDS } from '@/lib/content/mdx/rehype-heading-ids';
import { getSitePageBySlug } from '@/lib/content/pages';
import { headerSections } from '@/lib/site-nav';
import { siteMetadataDefaults } from '@/lib/seo/page-metadata';
import { shouldShowDrafts, site } from '@/lib/site';
import { THEME_INIT_SCRIPT } from '@/lib/theme/theme';
import { uiText } from '@/lib/ui-text';
import './globals.css';

/**
 * Vazirmatn (OFL, app/fonts/OFL.txt), subset by scripts/build-font.ts from the npm package: two
 * files, both preloaded. Weights are ranges so that every heavier weight the design asks for
 * (600–900) is drawn by the Bold file rather than synthesised or fetched as a third file.
 */
const vazirmatn = localFont({
  src: [
    { path: './fonts/vazirmatn-regular.woff2', weight: '100 549' },
    { path: './fonts/vazirmatn-bold.woff2', weight: '550 900' },
  ],
  style: 'normal',
  display: 'swap',
  variable: '--font-vazirmatn',
  fallback: ['Tahoma', 'Arial', 'sans-serif'],
});

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: site.name, template: `%s | ${site.name}` },
  description: site.description,
  // Feeds, Open Graph and Twitter card defaults; pages with their own use pageMetadata().
  ...siteMetadataDefaults(),
  // A preview shows drafts and scheduled articles: no page of it may reach a search engine.
  robots: shouldShowDrafts() ? { index: false, follow: false } : undefined,
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#111418' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  const hasAboutPage = getSitePageBySlug('about') !== undefined;
  return (
    // The head script sets data-theme on <html> before React hydrates: expected, not a mismatch.
    <html lang={site.language} dir="rtl" className={vazirmatn.variable} suppressHydrationWarning>
      <head>
        {/* Before the first paint, so no page flashes in the wrong scheme (lib/theme/theme.ts). */}
        <script dangerouslySetInnerHTML={{ __html: THEME_INIT_SCRIPT }} />
        {/* The reader's script, the same in every build (lib/browser/site.ts, next.config.ts). */}
        {/* A module script never blocks parsing: it runs, deferred, once the document is parsed. */}
        {/* eslint-disable-next-line @next/next/no-sync-scripts */}
        {process.env.SITE_SCRIPT_SRC ? <script type="module" src={process.env.SITE_SCRIPT_SRC} /> : null}
      </head>
      <body className="flex min-h-dvh flex-col bg-page font-sans text-ink antialiased">
        <a
          href={`#${PAGE_ELEMENT_IDS.main}`}
          className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:rounded focus:z-50 focus:bg-ink focus:px-3 focus:py-2 focus:text-page"
        >
          {uiText.skipToContent}
        </a>
        <SiteHeader sections={headerSections({ hasAboutPage })} />
        <main id={PAGE_ELEMENT_IDS.main} className="mx-auto w-full max-w-5xl flex-1 px-4">
          {children}
        </main>
        <SiteFooter hasAboutPage={hasAboutPage} />
      </body>
    </html>
  );
}
