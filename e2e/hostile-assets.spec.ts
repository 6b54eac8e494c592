import { expect, test } from './test';
import { filesUnder } from './build-output';
import { HTTP_CACHING, SEED } from './helpers';

/*
 * An article's folder is served only as its images (app/posts/[slug]/[...asset]): its source,
 * anything beside content/ and anything reached by `..`, however encoded, is never served
 * by `next start` and never written into the static export.
 */
const ATTEMPTS = [
  `${SEED}index.md`,
  `${HTTP_CACHING}index.fa.md`,
  `${SEED}..%2f..%2fpackage.json`,
  `${SEED}%2e%2e/%2e%2e/package.json`,
  `${SEED}%2e%2e%2f%2e%2e%2fpackage.json`,
  `${SEED}..%252f..%252fpackage.json`,
  `${SEED}chat-bot.jpg%2f..%2findex.md`,
  `${SEED}%2fetc%2fpasswd`,
  `${SEED}.%2findex.md`,
  `${SEED}INDEX.MD`,
];

test('an article image is served, its source and paths out of its folder are not', async ({ request }) => {
  const image = await request.get(`${SEED}chat-bot.jpg`);
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/jpeg');
  for (const attempt of ATTEMPTS) {
    // Next answers some (`%2f…`) with a redirect to a normalised address: where it leads is what counts.
    const response = await request.get(attempt);
    expect(response.status(), attempt).toBeGreaterThanOrEqual(400);
    expect(response.status(), attempt).toBeLessThan(500);
    const body = await response.text();
    expect(body, attempt).not.toMatch(/^---\ntitle:|"name": "persian-tech-articles"|root:x:0:0/m);
  }
});

test('the static export holds no article source and nothing from outside content/', () => {
  const files = filesUnder('out');
  expect(files.length).toBeGreaterThan(50);
  expect(files.filter((file) => /\.(mdx?|markdown)$/i.test(file) || /(^|\/)(package\.json|\.env[^/]*)$/.test(file))).toEqual([]);
  // Only the images beside published articles are copied into their folders.
  expect(files.filter((file) => file.startsWith('out/posts/') && !/\.(html|txt|jpg|jpeg|png|gif|webp|avif|svg)$/.test(file))).toEqual([]);
});
