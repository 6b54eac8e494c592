import { toIsoDate } from '@/lib/persian/date';
import { slugify } from '@/lib/persian/slug';

export interface NewPostRequest {
  title: string;
  /** The URL slug; from the title when not given. */
  slug?: string;
  mdx?: boolean;
  /** Now, injected: the date is today on the site's clock (Iran's). */
  now: Date;
}

export type NewPostPlan =
  | { ok: true; slug: string; /** From the project root, `/` separators. */ file: string; text: string }
  | { ok: false; reason: string };

/** YAML double-quoted scalar: safe for any title (`:`, `#`, quotes). */
function yamlString(text: string): string {
  return JSON.stringify(text);
}

/**
 * The page bundle `npm run new` creates: `content/posts/<slug>/index.md(x)` with a front matter
 * that passes the check (title, today's date, `draft: true`, an empty tag list) and a line of
 * text to replace. Pure: the caller writes it.
 */
export function planNewPost(request: NewPostRequest): NewPostPlan {
  const title = request.title.trim();
  if (!title) return { ok: false, reason: 'the title is empty: npm run new -- "عنوان مقاله"' };
  const slug = slugify(request.slug ?? title);
  if (!slug) return { ok: false, reason: `«${request.slug ?? title}» gives an empty URL slug: pass --slug with letters or digits` };
  const extension = request.mdx ? 'mdx' : 'md';
  const date = toIsoDate(request.now);
  const text = [
    '---',
    `title: ${yamlString(title)}`,
    `date: ${date}`,
    '# lastmod: ' + date,
    '# description: یک جمله دربارهٔ مقاله، برای فهرست‌ها و پیش‌نمایش پیوندها',
    'tags: []',
    '# tags: [هوش مصنوعی, پایتون]',
    '# cover:',
    '#   image: cover.jpg',
    '#   alt: توضیح تصویر',
    'draft: true',
    '---',
    '',
    'متن مقاله را اینجا بنویسید.',
    '',
  ].join('\n');
  return { ok: true, slug, file: `content/posts/${slug}/index.${extension}`, text };
}

/** What to tell the author, in Persian and English. */
export function newPostMessage(plan: { slug: string; file: string }, port = 3000): string {
  const url = `http://localhost:${port}/posts/${plan.slug}/`;
  return [
    `✓ ${plan.file}`,
    `  مقاله ساخته شد (پیش‌نویس): ${plan.file}`,
    `  Created a draft article: ${plan.file}`,
    `  پیش‌نمایش / preview: npm run dev → ${url}`,
    `  بررسی / check: npm run check`,
    `  برای انتشار، draft: true را بردارید / to publish, remove draft: true`,
  ].join('\n');
}
