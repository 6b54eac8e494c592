import { foldForSearch, ZWNJ } from './normalize';

/**
 * Persian words are written three ways: with a ZWNJ (`می‌کنم`, `مدل‌های`), with a space
 * (`می کنم`, `مدل های`) or joined (`میکنم`, `مدلهای`). A fully joined word cannot be split without
 * a dictionary, so every form is joined instead: the parts of a ZWNJ word, and a prefix or suffix
 * written apart from its word, become one term, on the index side and the query side alike.
 * Only affixes that are not words of their own are joined across a space; a naive rule on
 * letters (`می…`, `…ها`) would break `میز` or `تنها`, which these never touch.
 */
const PREFIXES = new Set(['می', 'نمی', 'بی']);
const SUFFIXES = new Set([
  ...['ها', 'های', 'هایی', 'هایم', 'هایت', 'هایش', 'هایمان', 'هایتان', 'هایشان'],
  ...['تر', 'ترین', 'تری'],
  ...['ی', 'ای', 'ام', 'ات', 'اش', 'ایم', 'اید', 'اند'],
  'سازی',
]);

/** Letters, digits and marks of any script; everything else separates words. */
const PIECE = /[\p{L}\p{N}\p{M}]+/gu;
/** Inside `Node.js`, `GPT-3.5`, `snake_case`, `don't`: one word, as readers type it. */
const INNER_PUNCTUATION = /^[.\-_'’]$/;
const HORIZONTAL_SPACE = /^[ \t\u00A0\u2000-\u200A\u202F\u200C]+$/;
/** `C++`, `C#`, `F#`: the symbols are part of the name. */
const LANGUAGE_SUFFIX = /^(\+\+|#)(?![\p{L}\p{N}])/u;
/** Longer runs are hashes or base64 in code blocks, not words anyone searches for. */
const MAX_TERM_LENGTH = 40;

export interface SearchToken {
  /** The folded, joined word: what index and query compare. */
  term: string;
  /** The word's own parts (`مدل‌های` → `مدل`) when it has several; indexed so a part finds it. */
  parts: string[];
  /** Where the word is in the original text, ZWNJs and spaces between its parts included. */
  start: number;
  end: number;
}

interface Piece {
  text: string;
  start: number;
  end: number;
}

/** Splits text into search words, each with its place in the original (for highlighting). */
export function tokenize(original: string): SearchToken[] {
  const folded = foldForSearch(original);
  const text = folded.text;
  const pieces: Piece[] = [];
  for (const match of text.matchAll(PIECE)) {
    let end = match.index + match[0].length;
    if (/[a-z]$/.test(match[0])) {
      const suffix = LANGUAGE_SUFFIX.exec(text.slice(end, end + 3));
      if (suffix) end += suffix[0].length;
    }
    pieces.push({ text: text.slice(match.index, end), start: match.index, end });
  }

  const tokens: SearchToken[] = [];
  let group: Piece[] = [];
  const emit = () => {
    if (group.length === 0) return;
    const token = joinPieces(group);
    group = [];
    if (!token.term || token.term.length > MAX_TERM_LENGTH) return;
    const first = token.pieces[0]!;
    const last = token.pieces[token.pieces.length - 1]!;
    tokens.push({
      term: token.term,
      parts: token.parts,
      start: folded.sourceStart[first.start]!,
      end: folded.sourceEnd[last.end - 1]!,
    });
  };
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    const previous = group[group.length - 1];
    if (previous && !belongTogether(previous, piece, text.slice(previous.end, piece.start))) emit();
    group.push(piece);
  }
  emit();
  return tokens;
}

function belongTogether(previous: Piece, next: Piece, gap: string): boolean {
  if (gap.includes(ZWNJ)) return HORIZONTAL_SPACE.test(gap);
  if (INNER_PUNCTUATION.test(gap)) return true;
  return HORIZONTAL_SPACE.test(gap) && (PREFIXES.has(previous.text) || SUFFIXES.has(next.text));
}

function joinPieces(pieces: Piece[]): { term: string; parts: string[]; pieces: Piece[] } {
  let term = '';
  const parts = new Set<string>();
  pieces.forEach((piece, i) => {
    // `آرایه‌ی`, `آرایه ی` and `آرایهٔ` (whose hamza the normaliser drops) are one spelling of the ezafe.
    if (i > 0 && piece.text === 'ی' && term.endsWith('ه')) return;
    term += piece.text;
    if (pieces.length > 1 && piece.text.length > 1 && !PREFIXES.has(piece.text) && !SUFFIXES.has(piece.text)) {
      parts.add(piece.text);
    }
  });
  parts.delete(term);
  return { term, parts: [...parts], pieces };
}

/** Terms to index for a text: each word joined, plus its parts. */
export function indexTerms(text: string): string[] {
  return tokenize(text).flatMap((token) => [token.term, ...token.parts]);
}

/** Terms of a query: each word joined, so all three spellings meet the index's joined form. */
export function queryTerms(query: string): string[] {
  return [...new Set(tokenize(query).map((token) => token.term))];
}
