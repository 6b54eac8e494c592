/**
 * A `Post` built in memory for tests of code that consumes posts (feeds, metadata, images),
 * where reading articles from disk adds nothing. (Not a test file: vitest runs `*.test.ts`.)
 */
import type { Post } from './loader';

export function postFixture(overrides: Partial<Post> = {}): Post {
  const slug = overrides.slug ?? 'نمونه-نوشته';
  return {
    slug,
    title: 'نوشتهٔ نمونه',
    date: new Date('2024-01-30T00:00:00Z'),
    description: 'توضیح کوتاه نوشته.',
    tags: ['الگوریتم'],
    categories: [],
    authors: [],
    aliases: [],
    refs: {},
    draft: false,
    lang: 'fa',
    format: 'md',
    sourcePath: `content/posts/${slug}.md`,
    body: 'متن.\n',
    bodyStartLine: 4,
    readingMinutes: 1,
    imageContext: { slug, articleDir: '/tmp', postsDir: '/tmp', contentDir: '/tmp', publicDir: '/tmp' },
    ...overrides,
  };
}

/** Titles that try to break out of the markup they are embedded in (script, CDATA, entities, bidi). */
export const HOSTILE_TITLES: readonly string[] = [
  'پایان </script><script>alert(1)</script>',
  '</SCRIPT > و <!-- توضیح',
  'CDATA ]]> و باز ]]>',
  'Tom & Jerry &amp; «نقل‌قول» "دوتایی" \'تکی\'',
  'جهت \u202Eوارونه\u202C و \u2028 خط \u2029 بند',
];
