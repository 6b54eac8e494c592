/**
 * Properties of front matter parsing and its schema over any input (fast-check): the parser
 * never throws, whatever the YAML or TOML says; it either accepts an article with a title and a
 * valid date, or names the problems with a reason each.
 */
import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/lib/content/front-matter';
import { authorText } from './arbitraries';

const runs = { numRuns: 500 };
const slow = { timeout: 120_000 };
const FIELDS = [
  'title',
  'date',
  'lastmod',
  'description',
  'summary',
  'tags',
  'categories',
  'series',
  'draft',
  'cover',
  'slug',
  'authors',
  'author',
  'lang',
  'aliases',
  'url',
  'image',
  'Title',
  'weight',
  'ShowToc',
];

/** Values of every YAML type, nested, with author-like text in them. */
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  any: fc.oneof(
    { depthSize: 'small' },
    authorText(30),
    fc.constantFrom('2024-01-30', '2024-02-30', '1402-11-10', '2024-01-30 18:00', '2024-01-30T10:00:00+03:30', 'true', 'null', '', '~'),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('any'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('image', 'alt', 'caption', 'hidden', 'relative', ...FIELDS), tie('any'), { maxKeys: 4 }),
  ),
})).any;

const frontMatter = fc.dictionary(fc.constantFrom(...FIELDS), value, { maxKeys: 8 });

function expectWellFormed(result: ReturnType<typeof parseArticle>) {
  if (result.ok) {
    expect(typeof result.article.frontMatter.title).toBe('string');
    expect(result.article.frontMatter.title.trim()).not.toBe('');
    expect(Number.isNaN(result.article.frontMatter.date.getTime())).toBe(false);
    expect(Array.isArray(result.article.frontMatter.tags)).toBe(true);
  } else {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems) {
      expect(problem.file).toBe('a.md');
      expect(problem.reason.length).toBeGreaterThan(0);
    }
  }
}

describe('front matter', () => {
  it('any YAML front matter is accepted or refused with reasons, never an exception', slow, () => {
    fc.assert(
      fc.property(frontMatter, authorText(), (data, body) => {
        expectWellFormed(parseArticle(`---\n${yaml.dump(data)}---\n${body}`, 'a.md'));
      }),
      runs,
    );
  });

  it(
    'a valid title and date with any other fields is accepted or refused, never an exception, and keeps the title as written',
    slow,
    () => {
      fc.assert(
        fc.property(
          authorText(40).filter((title) => title.trim() !== ''),
          frontMatter,
          (title, rest) => {
            const result = parseArticle(`---\n${yaml.dump({ ...rest, title, date: '2024-01-30' })}---\nمتن\n`, 'a.md');
            expectWellFormed(result);
            if (result.ok && !Object.keys(rest).some((key) => key.toLowerCase() === 'title'))
              expect(result.article.frontMatter.title.trim()).toBe(title.trim());
          },
        ),
        runs,
      );
    },
  );

  it('any text between the delimiters, YAML or TOML, never throws', slow, () => {
    fc.assert(
      fc.property(fc.constantFrom('---', '+++'), authorText(80), (delimiter, text) => {
        expectWellFormed(parseArticle(`${delimiter}\n${text}\n${delimiter}\nمتن\n`, 'a.md'));
      }),
      runs,
    );
  });
});
