import type { Post } from '@/lib/content/posts';

/**
 * JSON-LD goes inside `<script type="application/ld+json">`, where the HTML parser, not the
 * JSON parser, decides where the script ends: a title containing `</script>` or `<!--` would
 * close it early. Escaping `<`, `>` and `&` as JSON `\u` escapes keeps the data identical to
 * a JSON parser and inert to the HTML one; U+2028/U+2029 are escaped for old JavaScript parsers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export interface ArticleJsonLdInput {
  post: Post;
  /** Absolute URL of the article. */
  url: string;
  /** Absolute URL of the article's social image. */
  imageUrl: string;
  siteName: string;
  siteUrl: string;
  /** Used when the article names no author. */
  defaultAuthor: string;
  language: string;
}

/** schema.org `BlogPosting` for an article. Dates are ISO 8601 instants in UTC (`…Z`). */
export function articleJsonLd({ post, url, imageUrl, siteName, siteUrl, defaultAuthor, language }: ArticleJsonLdInput) {
  const authors = post.authors.length > 0 ? post.authors : [defaultAuthor];
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.title,
    description: post.description,
    datePublished: post.date.toISOString(),
    dateModified: (post.lastmod ?? post.date).toISOString(),
    author: authors.map((name) => ({ '@type': 'Person', name })),
    publisher: { '@type': 'Organization', name: siteName, url: siteUrl },
    image: [imageUrl],
    keywords: [...post.tags, ...post.categories],
    inLanguage: language,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
  };
}

export interface Breadcrumb {
  name: string;
  /** Absolute URL. */
  url: string;
}

/** schema.org `BreadcrumbList`, from the home page down to the current page. */
export function breadcrumbJsonLd(crumbs: Breadcrumb[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.name, item: crumb.url })),
  };
}
