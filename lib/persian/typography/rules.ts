import {
  ADJECTIVES,
  COMPARATIVE_SUFFIXES,
  H_FINAL_WORDS,
  H_SUFFIXES,
  NOT_SUFFIXED,
  NOT_VERBS,
  NOUNS,
  PAST_ENDINGS,
  PAST_STEMS,
  PLURAL_SUFFIXES,
  PRESENT_ENDINGS,
  PRESENT_STEMS,
  VERB_CLITICS,
} from './words';

/**
 * Persian typography rules. Each is a pure function over the text of ONE text node of the
 * Markdown tree (never raw Markdown: code, URLs, link targets and JSX are not text nodes),
 * returning findings with offsets into that text and the replacement that fixes them.
 */

export type TypographyRuleId =
  'persian-letters' | 'zwnj-prefix' | 'zwnj-suffix' | 'persian-digits' | 'punctuation-space' | 'persian-quotes';

export interface TypographyFinding {
  rule: TypographyRuleId;
  /** Offsets into the text: the text `[start, end)` is replaced by `replacement` (start = end inserts). */
  start: number;
  end: number;
  replacement: string;
  /** What is wrong, with the words involved, in English (terminals do not lay out Persian). */
  message: string;
}

export const ZWNJ = '\u200C';

const ARABIC_TO_PERSIAN: Record<string, string> = { '\u064A': '\u06CC', '\u0649': '\u06CC', '\u0643': '\u06A9' };

/** Arabic-script letters and marks (harakat): the characters words are made of. ZWNJ ends a token. */
const WORD = /(?:(?=\p{Script=Arabic})[\p{L}\p{M}])+/gu;
const PERSIAN_LETTER = /(?=\p{Script=Arabic})\p{L}/u;
/** Letters that never join the next one: a ZWNJ after them changes nothing visible. */
const NON_JOINING = new Set([...'اآأإدذرزژوؤۀةء']);
/** Spaces inside a line; a line break between two words is left alone. */
const SPACES = /^[ \u00A0]+$/;

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokens(text: string): Token[] {
  return [...text.matchAll(WORD)].map((match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }));
}

/** Compares words the way they would read after the letter fix, so `ميکنم` is still a verb. */
function normal(word: string): string {
  return word.replace(/[\u064A\u0649\u0643]/g, (ch) => ARABIC_TO_PERSIAN[ch] ?? ch);
}

/** Arabic yeh/alef maksura/kaf (`ي ى ك`) where Persian `ی ک` belong. */
export function persianLetters(text: string): TypographyFinding[] {
  return [...text.matchAll(/[\u064A\u0649\u0643]/g)].map((match) => ({
    rule: 'persian-letters',
    start: match.index,
    end: match.index + 1,
    replacement: ARABIC_TO_PERSIAN[match[0]]!,
    message: `Arabic letter «${match[0]}» (U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}): write Persian «${ARABIC_TO_PERSIAN[match[0]]}»`,
  }));
}

function combine(stems: readonly string[], endings: readonly string[]): Set<string> {
  const forms = new Set<string>();
  for (const stem of stems) for (const ending of endings) for (const clitic of VERB_CLITICS) forms.add(stem + ending + clitic);
  return forms;
}

/** Everything that may follow `می`: a stem with a personal ending (and an object pronoun). */
const VERB_BODIES: ReadonlySet<string> = new Set([
  ...combine(PRESENT_STEMS, PRESENT_ENDINGS),
  ...combine(PAST_STEMS, PAST_ENDINGS),
  // Impersonal: `می‌توان گفت`.
  'توان',
]);

// Not `م`/`ش`: `میشم` («I become») is far more common than «my ewe».
const NOUN_ENDINGS = ['', 'ها', 'های', 'ی'];

function isNotVerb(word: string): boolean {
  return NOUN_ENDINGS.some((ending) => word.endsWith(ending) && NOT_VERBS.includes(word.slice(0, word.length - ending.length)));
}

/** `می`/`نمی` + the rest, when the rest is a known verb form; undefined otherwise. */
export function splitVerbPrefix(word: string): { prefix: string; rest: string } | undefined {
  const w = normal(word);
  for (const prefix of ['نمی', 'می']) {
    if (!w.startsWith(prefix) || w.length === prefix.length) continue;
    const rest = w.slice(prefix.length);
    if (prefix === 'می' && isNotVerb(w)) return undefined;
    if (VERB_BODIES.has(rest)) return { prefix, rest };
  }
  return undefined;
}

export function isVerbBody(word: string): boolean {
  return VERB_BODIES.has(normal(word));
}

/** A missing ZWNJ after `می`/`نمی`: `میکنم` and `می کنم` → `می‌کنم`. */
export function zwnjPrefix(text: string): TypographyFinding[] {
  const found: TypographyFinding[] = [];
  const list = tokens(text);
  list.forEach((token, index) => {
    const split = splitVerbPrefix(token.text);
    if (split) {
      const at = token.start + split.prefix.length;
      found.push({
        rule: 'zwnj-prefix',
        start: at,
        end: at,
        replacement: ZWNJ,
        message: `missing ZWNJ after «${split.prefix}»: «${token.text}» → «${text.slice(token.start, at)}${ZWNJ}${text.slice(at, token.end)}»`,
      });
      return;
    }
    const next = list[index + 1];
    const prefix = normal(token.text);
    if ((prefix === 'می' || prefix === 'نمی') && next && SPACES.test(text.slice(token.end, next.start)) && isVerbBody(next.text)) {
      found.push({
        rule: 'zwnj-prefix',
        start: token.end,
        end: next.start,
        replacement: ZWNJ,
        message: `write «${token.text} ${next.text}» as one word with a ZWNJ: «${token.text}${ZWNJ}${next.text}»`,
      });
    }
  });
  return found;
}

interface SuffixFamily {
  bases: ReadonlySet<string>;
  suffixes: readonly string[];
  /** Suffixes that may also stand after a space (`مدل های`); some are words alone (`تره`). */
  spaced: readonly string[];
}

const SUFFIX_FAMILIES: readonly SuffixFamily[] = [
  { bases: new Set(NOUNS), suffixes: PLURAL_SUFFIXES, spaced: PLURAL_SUFFIXES },
  { bases: new Set(ADJECTIVES), suffixes: COMPARATIVE_SUFFIXES, spaced: ['تر', 'ترین'] },
  // `شده است` is written apart; `داده سازی` and `مسئله شان` are too rare apart to guess.
  { bases: new Set(H_FINAL_WORDS), suffixes: H_SUFFIXES, spaced: ['ام', 'ای', 'ایم', 'اید', 'اند', 'ات', 'اش'] },
];

function isNotSuffixed(word: string): boolean {
  return NOT_SUFFIXED.some((exception) => word.startsWith(exception));
}

/** `base` + suffix, when base is a known word that joins the suffix visibly; undefined otherwise. */
export function splitSuffix(word: string): { base: string; suffix: string } | undefined {
  const w = normal(word);
  if (isNotSuffixed(w)) return undefined;
  for (const family of SUFFIX_FAMILIES) {
    for (const suffix of family.suffixes) {
      if (!w.endsWith(suffix) || w.length === suffix.length) continue;
      const base = w.slice(0, w.length - suffix.length);
      if (family.bases.has(base) && !NON_JOINING.has(base.at(-1)!)) return { base, suffix };
    }
  }
  // «ه» joined to a plural «ها» is never one unit, whatever the word (`خانهها`, `همهها`), so no list is needed.
  const afterH = /^(.+ه)(ها|های|هایی)$/u.exec(w);
  if (afterH && afterH[1]!.length >= 2) return { base: afterH[1]!, suffix: afterH[2]! };
  return undefined;
}

/** A missing ZWNJ before `ها`, `تر`, `ترین`, `ام`, `ای`, `اند`…: `مدلهای`, `مدل های` → `مدل‌های`. */
export function zwnjSuffix(text: string): TypographyFinding[] {
  const found: TypographyFinding[] = [];
  const list = tokens(text);
  list.forEach((token, index) => {
    const split = splitSuffix(token.text);
    if (split) {
      const at = token.start + split.base.length;
      found.push({
        rule: 'zwnj-suffix',
        start: at,
        end: at,
        replacement: ZWNJ,
        message: `missing ZWNJ before «${split.suffix}»: «${token.text}» → «${text.slice(token.start, at)}${ZWNJ}${text.slice(at, token.end)}»`,
      });
      return;
    }
    const next = list[index + 1];
    if (!next || !SPACES.test(text.slice(token.end, next.start))) return;
    const base = normal(token.text);
    const suffix = normal(next.text);
    const family = SUFFIX_FAMILIES.find((candidate) => candidate.bases.has(base) && candidate.spaced.includes(suffix));
    if (family && !isNotSuffixed(base + suffix)) {
      found.push({
        rule: 'zwnj-suffix',
        start: token.end,
        end: next.start,
        replacement: ZWNJ,
        message: `write «${token.text} ${next.text}» as one word with a ZWNJ: «${token.text}${ZWNJ}${next.text}»`,
      });
    }
  });
  return found;
}

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';

/** Arabic-Indic digits (`٤٥٦`, shaped differently) and numbers mixing Persian and ASCII digits. */
export function persianDigits(text: string): TypographyFinding[] {
  const found: TypographyFinding[] = [];
  for (const match of text.matchAll(/[0-9\u06F0-\u06F9\u0660-\u0669]+/g)) {
    const run = match[0];
    const arabicIndic = /[\u0660-\u0669]/.test(run);
    const mixed = /[\u06F0-\u06F9]/.test(run) && /[0-9]/.test(run);
    // An ASCII number beside Arabic-Indic digits stays ASCII (it is probably a version or code).
    if (!arabicIndic && !mixed) continue;
    const fixed = run.replace(/[0-9\u0660-\u0669]/g, (digit) => {
      const code = digit.charCodeAt(0);
      return /[0-9]/.test(digit) && !mixed ? digit : PERSIAN_DIGITS[code <= 0x39 ? code - 0x30 : code - 0x0660]!;
    });
    found.push({
      rule: 'persian-digits',
      start: match.index,
      end: match.index + run.length,
      replacement: fixed,
      message: `${arabicIndic ? 'Arabic-Indic digits' : 'Persian and ASCII digits mixed'} in «${run}»: write «${fixed}»`,
    });
  }
  return found;
}

const isPersianLetter = (ch: string | undefined) => ch !== undefined && PERSIAN_LETTER.test(ch);
const isLetter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch);

/**
 * Persian punctuation sits against the word before it and has a space after it:
 * `کلمه ،` → `کلمه،` and `کلمه،کلمه` → `کلمه، کلمه`. Only between Persian words, so decimals
 * (`3.14`, `۱۰:۳۰`), `Node.js`, URLs, `...` and Latin text are left alone.
 */
export function punctuationSpace(text: string): TypographyFinding[] {
  const found: TypographyFinding[] = [];
  for (const match of text.matchAll(/[ \u00A0]+([،؛؟:!.])/g)) {
    const mark = match[1]!;
    const markAt = match.index + match[0].length - 1;
    const after = text[markAt + 1];
    const before = text[match.index - 1];
    if (!isPersianLetter(before) && !/[\u06F0-\u06F9»)]/.test(before ?? '')) continue;
    // `...` is an ellipsis; `.NET`, `:root` and `.js` are names, not sentence ends.
    if (mark === '.' && (after === '.' || text[markAt - 1] === '.')) continue;
    // `کلمه ،کلمه`: the space is on the wrong side of the mark; move it.
    const moved = '،؛؟'.includes(mark) && isLetter(after);
    if (!moved && after !== undefined && !/[\s)»\]"'،؛؟!.:]/u.test(after)) continue;
    found.push({
      rule: 'punctuation-space',
      start: match.index,
      end: moved ? markAt + 1 : markAt,
      replacement: moved ? `${mark} ` : '',
      message: moved ? `the space goes after «${mark}», not before it` : `remove the space before «${mark}»`,
    });
  }
  for (const match of text.matchAll(/[،؛؟:!.]/g)) {
    const mark = match[0];
    const before = text[match.index - 1];
    const after = text[match.index + 1];
    // `ق.م` and `ه.ش` are abbreviations: a one-letter word before the dot.
    const abbreviation = mark === '.' && !isLetter(text[match.index - 2]);
    const needsSpace = '،؛؟'.includes(mark)
      ? isLetter(after) && before !== undefined && !/\s/.test(before)
      : isPersianLetter(before) && isPersianLetter(after) && !abbreviation;
    if (!needsSpace) continue;
    found.push({
      rule: 'punctuation-space',
      start: match.index + 1,
      end: match.index + 1,
      replacement: ' ',
      message: `a space after «${mark}»`,
    });
  }
  return found;
}

/** Straight double quotes around Persian text, where Persian uses guillemets: `"متن"` → `«متن»`. */
export function persianQuotes(text: string): TypographyFinding[] {
  // An odd number means a quote pairs with one in another node (around inline code): leave it.
  if ((text.match(/"/g) ?? []).length % 2 !== 0) return [];
  const found: TypographyFinding[] = [];
  for (const match of text.matchAll(/"([^"\n]+)"/g)) {
    const inner = match[1]!;
    const firstLetter = /\p{L}/u.exec(inner)?.[0];
    if (!isPersianLetter(firstLetter)) continue;
    // Quoted text hugs its quotes; `۲۷" و ۳۲"` are inch marks, not a quotation.
    if (/^\s|\s$/.test(inner) || /[\p{L}\p{N}]/u.test(text[match.index - 1] ?? '')) continue;
    found.push({
      rule: 'persian-quotes',
      start: match.index,
      end: match.index + match[0].length,
      replacement: `«${inner}»`,
      message: `straight quotes around Persian text: write «${inner}» with « »`,
    });
  }
  return found;
}

export const TYPOGRAPHY_RULES: Readonly<Record<TypographyRuleId, (text: string) => TypographyFinding[]>> = {
  'persian-letters': persianLetters,
  'zwnj-prefix': zwnjPrefix,
  'zwnj-suffix': zwnjSuffix,
  'persian-digits': persianDigits,
  'punctuation-space': punctuationSpace,
  'persian-quotes': persianQuotes,
};

/** Every rule over one text node, in text order. */
export function checkTypography(text: string): TypographyFinding[] {
  return Object.values(TYPOGRAPHY_RULES)
    .flatMap((rule) => rule(text))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Applies findings to the text they came from (the later ones first, so offsets stay valid);
 * a finding overlapping one already applied is left for the next pass.
 */
export function applyFindings(text: string, findings: readonly TypographyFinding[]): string {
  let result = text;
  let limit = Infinity;
  let insertedAtLimit = false;
  for (const finding of [...findings].sort((a, b) => b.start - a.start || b.end - a.end)) {
    const insertion = finding.start === finding.end;
    if (finding.end > limit || (finding.end === limit && insertion && insertedAtLimit)) continue;
    result = result.slice(0, finding.start) + finding.replacement + result.slice(finding.end);
    limit = finding.start;
    insertedAtLimit = insertion;
  }
  return result;
}

/** Fixes text to a fixed point: what `--fix` does to one text node. */
export function fixTypography(text: string): string {
  let current = text;
  for (let pass = 0; pass < 5; pass++) {
    const next = applyFindings(current, checkTypography(current));
    if (next === current) break;
    current = next;
  }
  return current;
}
