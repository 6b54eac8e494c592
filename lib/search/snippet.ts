import { LEFT_TO_RIGHT_ISOLATE, POP_DIRECTIONAL_ISOLATE } from '@/lib/persian/bidi';
import { tokenize, type SearchToken } from './tokenize';

/** A run of original text, marked when it is a word the search matched. */
export interface TextPart {
  text: string;
  match: boolean;
}

/** Words of `text` whose term, or one of whose parts, is among `terms` (folded index terms). */
function matchingTokens(text: string, terms: ReadonlySet<string>): SearchToken[] {
  return tokenize(text).filter((token) => terms.has(token.term) || token.parts.some((part) => terms.has(part)));
}

/** All of `text`, with matched words marked (for result titles). */
export function highlight(text: string, terms: ReadonlySet<string>): TextPart[] {
  return markRange(text, 0, text.length, matchingTokens(text, terms));
}

const CONTEXT_BEFORE = 40;

/**
 * A passage of at most about `maxLength` characters of the ORIGINAL text (its letters and ZWNJs
 * as written), around the place where the most different query words meet, with those words
 * marked. Without a match, the start of the text.
 */
export function snippet(text: string, terms: ReadonlySet<string>, maxLength = 180): TextPart[] {
  const matches = matchingTokens(text, terms);
  let start = 0;
  if (matches.length > 0) {
    let best = matches[0]!;
    let bestCount = 0;
    for (const anchor of matches.slice(0, 200)) {
      const seen = new Set<string>();
      for (const token of matches) {
        if (token.start >= anchor.start && token.end <= anchor.start + maxLength - CONTEXT_BEFORE) seen.add(token.term);
      }
      if (seen.size > bestCount) {
        best = anchor;
        bestCount = seen.size;
      }
    }
    start = wordStartBefore(text, Math.max(0, best.start - CONTEXT_BEFORE));
  }
  const end = wordEndBefore(text, Math.min(text.length, start + maxLength), start);
  const parts = markRange(text, start, end, matches);
  closeIsolates(text, start, end, parts);
  if (start > 0) parts.unshift({ text: '… ', match: false });
  if (end < text.length) parts.push({ text: ' …', match: false });
  return parts;
}

/**
 * A passage cut inside isolated code (lib/content/plain-text.ts isolates code left to right)
 * gets the isolate's missing ends: code open where the passage starts (the passage opens inside
 * it, or lies wholly inside a long code block) is isolated again from its first character, and
 * code still open where it ends is closed there, so it does not run on to the passage's end.
 */
function closeIsolates(text: string, start: number, end: number, parts: TextPart[]): void {
  const depthAt = (from: number, to: number, depth: number) => {
    for (let index = from; index < to; index++) {
      if (text[index] === LEFT_TO_RIGHT_ISOLATE) depth++;
      else if (text[index] === POP_DIRECTIONAL_ISOLATE && depth > 0) depth--;
    }
    return depth;
  };
  const openBefore = depthAt(0, start, 0);
  const openAfter = depthAt(start, end, openBefore);
  if (parts.length === 0) return;
  parts[0]!.text = LEFT_TO_RIGHT_ISOLATE.repeat(openBefore) + parts[0]!.text;
  parts[parts.length - 1]!.text += POP_DIRECTIONAL_ISOLATE.repeat(openAfter);
}

/** Moves forward to the start of a word, so a passage never opens mid-word. */
function wordStartBefore(text: string, index: number): number {
  if (index === 0 || /\s/.test(text[index - 1]!)) return index;
  const space = text.slice(index).search(/\s/);
  return space < 0 ? index : index + space + 1;
}

/** Moves back to the end of a word, so a passage never closes mid-word. */
function wordEndBefore(text: string, index: number, floor: number): number {
  if (index >= text.length || /\s/.test(text[index]!)) return index;
  const space = text.slice(floor, index).search(/\s\S*$/);
  return space <= 0 ? index : floor + space;
}

function markRange(text: string, start: number, end: number, matches: SearchToken[]): TextPart[] {
  const parts: TextPart[] = [];
  let cursor = start;
  const push = (from: number, to: number, match: boolean) => {
    if (to <= from) return;
    // Blocks of the article are lines in the stored text; a passage reads as one paragraph.
    const value = text.slice(from, to).replace(/\s*\n\s*/g, ' ');
    const last = parts[parts.length - 1];
    if (last && last.match === match) last.text += value;
    else parts.push({ text: value, match });
  };
  for (const token of matches) {
    if (token.start < cursor || token.end > end) continue;
    push(cursor, token.start, false);
    push(token.start, token.end, true);
    cursor = token.end;
  }
  push(cursor, end, false);
  return parts;
}
