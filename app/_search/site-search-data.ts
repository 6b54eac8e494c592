import { mdxComponents } from '@/components/mdx/components';
import { compileArticle } from '@/lib/content/compile';
import { getPublishedPosts } from '@/lib/content/posts';
import { getSearchData, type SearchData } from '@/lib/search/build-index';

/** The site's search data, from the compiled articles (the same compile, and cache, as their pages). */
export function siteSearchData(): Promise<SearchData> {
  return getSearchData(getPublishedPosts(), async (post) => (await compileArticle(post, mdxComponents)).plainText);
}
