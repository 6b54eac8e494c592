import type { Root } from 'mdast';
import { checkTypography, type TypographyFinding } from '@/lib/persian/typography/rules';
import { locateField } from '../front-matter';
import { PLACEHOLDER } from '../hugo/shortcodes/source';
import type { Diagnostic, TextEdit } from './diagnostic';
import { positionAt } from './diagnostic';
import { fileOffset, fileRange, type ParsedArticle } from './parsed-body';
import { proseTexts, sourceRange } from './prose';

/** Hugo shortcodes (`{{< figure … >}}`, shown as written when escaped) and their placeholders: not prose. */
const SHORTCODE = /\{\{[<%][\s\S]*?[%>]\}\}/g;
/** Addresses typed as plain text (not links): never touched. */
const BARE_URL = /\b(?:https?:\/\/|www\.)\S+/g;

function protectedRanges(value: string): Array<[number, number]> {
  return [...value.matchAll(SHORTCODE), ...value.matchAll(PLACEHOLDER), ...value.matchAll(BARE_URL)].map((match) => [match.index, match.index + match[0].length]);
}

function outside(finding: TypographyFinding, ranges: Array<[number, number]>): boolean {
  return ranges.every(([start, end]) => finding.end <= start || finding.start >= end);
}

function diagnostic(article: Pick<ParsedArticle, 'file' | 'text'>, finding: TypographyFinding, at: number, edit: TextEdit | undefined): Diagnostic {
  return {
    file: article.file,
    ...positionAt(article.text, at),
    severity: 'warning',
    rule: finding.rule,
    message: finding.message,
    edit,
  };
}

/** Typography warnings for the prose of the body, each with its safe fix. */
export function bodyTypography(article: ParsedArticle, tree: Root): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const text of proseTexts(tree, article.parsed.text)) {
    const ranges = protectedRanges(text.value);
    for (const finding of checkTypography(text.value)) {
      if (!outside(finding, ranges)) continue;
      const range = sourceRange(text, finding.start, finding.end);
      const at = fileOffset(article, range?.start ?? text.offsets[Math.min(finding.start, text.offsets.length - 1)]!);
      const fileEdit = range && fileRange(article, range.start, range.end);
      // A heading's id is made from its text: fixing it silently would break links to it.
      const edit = fileEdit && !text.inHeading ? { ...fileEdit, text: finding.replacement } : undefined;
      const inHeading = text.inHeading ? { ...finding, message: `${finding.message} (in a heading: not fixed by --fix, since its #id changes; fix it by hand and update links to it)` } : finding;
      found.push(diagnostic(article, inHeading, at, edit));
    }
  }
  return found;
}

/** Front matter values readers see as text. Tags are left alone: their spelling is their address. */
const TEXT_FIELDS = ['title', 'description', 'summary'];

/** Typography of `title:`/`description:` values written on one line (plain or quoted). */
export function frontMatterTypography(article: Pick<ParsedArticle, 'file' | 'text'>): Diagnostic[] {
  const found: Diagnostic[] = [];
  const lines = article.text.split('\n');
  const lineStarts: number[] = [];
  lines.reduce((offset, line) => (lineStarts.push(offset), offset + line.length + 1), 0);
  for (const field of TEXT_FIELDS) {
    const location = locateField(article.text, [field]);
    if (!location) continue;
    const line = lines[location.line - 1]!;
    const match = /^(\s*[^:]+:[ \t]*)(["']?)(.*?)\2[ \t]*(?:#.*)?$/.exec(line);
    if (!match || match[3] === '' || /^[|>[{&*!]/.test(match[3]!)) continue;
    const valueStart = lineStarts[location.line - 1]! + match[1]!.length + match[2]!.length;
    for (const finding of checkTypography(match[3]!)) {
      // Quotes inside a quoted YAML value may be escapes; leave them.
      if (finding.rule === 'persian-quotes') continue;
      const edit = { start: valueStart + finding.start, end: valueStart + finding.end, text: finding.replacement };
      found.push(diagnostic(article, finding, valueStart + finding.start, edit));
    }
  }
  return found;
}
