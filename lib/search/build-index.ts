import MiniSearch from 'minisearch';
import { articlePlainText } from '@/lib/content/plain-text';
import type { Post } from '@/lib/content/posts';
import { formatJalaliDate, toIsoDate } from '@/lib/persian/date';
import type { SearchIndexFile } from './index-file';
import { miniSearchOptions, type IndexedArticle } from './options';

/** The search index of these articles, built once at build time and served as a static file. */
export function buildSearchIndex(posts: readonly Post[]): SearchIndexFile {
  const miniSearch = new MiniSearch<IndexedArticle>(miniSearchOptions);
  const documents = posts.map((post) => {
    const { headings, text } = articlePlainText(post);
    return { post, headings, text };
  });
  miniSearch.addAll(
    documents.map(({ post, headings, text }, id) => ({
      id,
      title: post.title,
      headings: headings.join('\n'),
      // Every name an author files the article under: tags, categories and its series.
      tags: [...post.tags, ...post.categories, post.series ?? ''].join('\n'),
      body: text,
    })),
  );
  return {
    version: 1,
    index: miniSearch.toJSON(),
    documents: documents.map(({ post, text }) => ({
      url: `/posts/${post.slug}/`,
      title: post.title,
      date: toIsoDate(post.date),
      dateLabel: formatJalaliDate(post.date),
      text,
    })),
  };
}
