import type { Metadata } from 'next';
import { site } from '@/lib/site';
import { uiText } from '@/lib/ui-text';
import { absoluteUrl, sitePaths } from './absolute-url';

export const SOCIAL_IMAGE_SIZE = { width: 1200, height: 630 } as const;

export interface SocialImage {
  /** Absolute URL. */
  url: string;
  width: number;
  height: number;
  alt: string;
  type: string;
}

export const siteSocialImage = (): SocialImage => ({
  url: absoluteUrl(sitePaths.siteOgImage),
  ...SOCIAL_IMAGE_SIZE,
  alt: site.name,
  type: 'image/jpeg',
});

export const postSocialImage = (slug: string, title: string): SocialImage => ({
  url: absoluteUrl(sitePaths.postOgImage(slug)),
  ...SOCIAL_IMAGE_SIZE,
  alt: title,
  type: 'image/jpeg',
});

interface FeedLink {
  url: string;
  title: string;
}

/** `<link rel="alternate">` feed autodiscovery: the site's feeds, plus any of the page's own. */
export function feedAlternateTypes(extraRss: FeedLink[] = []) {
  return {
    'application/rss+xml': [{ url: sitePaths.rss, title: uiText.feeds.rss(site.name) }, ...extraRss],
    'application/atom+xml': [{ url: sitePaths.atom, title: uiText.feeds.atom(site.name) }],
    'application/feed+json': [{ url: sitePaths.jsonFeed, title: uiText.feeds.json(site.name) }],
  };
}

/** What every page shares: the feeds, and site-wide Open Graph and Twitter card defaults. */
export function siteMetadataDefaults(): Metadata {
  const image = siteSocialImage();
  return {
    alternates: { types: feedAlternateTypes() },
    openGraph: {
      type: 'website',
      siteName: site.name,
      locale: site.locale,
      title: site.name,
      description: site.description,
      images: [image],
    },
    twitter: { card: 'summary_large_image', title: site.name, description: site.description, images: [image] },
  };
}

export interface PageMetadataInput {
  /** The page's own title (the layout adds the site name). */
  title?: string;
  description?: string;
  /** Path of the page's canonical address, e.g. `/tags/x/`. */
  path: string;
  image?: SocialImage;
  /** RSS feeds of this page, listed after the site's. */
  feeds?: FeedLink[];
  openGraph?: Metadata['openGraph'];
}

/**
 * Next merges metadata shallowly: a page that sets `alternates` or `openGraph` replaces the
 * layout's whole object. So every page builds them here, with the site's feeds, name and
 * default image kept, and its canonical URL added.
 */
export function pageMetadata({
  title,
  description = site.description,
  path,
  image = siteSocialImage(),
  feeds = [],
  openGraph,
}: PageMetadataInput): Metadata {
  const socialTitle = title ?? site.name;
  return {
    ...(title ? { title } : {}),
    description,
    alternates: { canonical: path, types: feedAlternateTypes(feeds) },
    openGraph: {
      type: 'website',
      siteName: site.name,
      locale: site.locale,
      url: path,
      title: socialTitle,
      description,
      images: [image],
      ...openGraph,
    } as Metadata['openGraph'],
    twitter: { card: 'summary_large_image', title: socialTitle, description, images: [image] },
  };
}
