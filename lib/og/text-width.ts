import { readFileSync } from 'node:fs';
import * as harfbuzz from 'harfbuzzjs';

/** A width in px and how far from Pango's it may be. */
export interface WidthEstimate {
  width: number;
  uncertainty: number;
}

/**
 * Where Pango's width parts from the sum of HarfBuzz's advances, measured over 4,300 runs of
 * titles (Persian, Latin and mixed, bold at 50–68 px, regular at 28): the ink at the two ends
 * of a run (Pango's width is the ink's; up to about a sixth of the font size from the
 * advances'), and each glyph's advance rounded to whole pixels (cairo hints the metrics: up to
 * half a pixel each, 18 px over a 44-letter URL at 68 px). `text-width.test.ts` checks the
 * bound on titles with vowel marks, kashida, numbers, code and URLs. The ink margin is a
 * fraction of the font size (12 px at 68 px).
 */
const INK_MARGIN_PER_EM = 0.18;
const ROUNDING_PER_GLYPH = 0.5;

/**
 * Characters Pango may draw from another font than the one given (emoji, or a symbol with an
 * emoji presentation selector, `™️`): their widths are that font's, which HarfBuzz cannot know.
 */
const OTHER_FONT = /[\uFE00-\uFE0F\u20E3\u{1F3FB}-\u{1F3FF}]|\p{Extended_Pictographic}/u;

const fonts = new Map<string, { font: harfbuzz.Font; unitsPerEm: number }>();
const buffer = new harfbuzz.Buffer();

/**
 * The width of a run of text at `size` px from HarfBuzz's advances in the font file: a tenth of
 * a millisecond, where Pango drawing the run to measure it costs one or two. HarfBuzz is the
 * shaper Pango itself uses. Undefined when the font lacks a character (CJK, a rare symbol) or
 * Pango may take it from another font (emoji): then only Pango knows its width.
 */
export function estimateTextWidth(text: string, size: number, fontFile: string): WidthEstimate | undefined {
  if (OTHER_FONT.test(text)) return undefined;
  let loaded = fonts.get(fontFile);
  if (!loaded) {
    const face = new harfbuzz.Face(new harfbuzz.Blob(readFileSync(fontFile)));
    loaded = { font: new harfbuzz.Font(face), unitsPerEm: face.upem };
    fonts.set(fontFile, loaded);
  }
  let advance = 0;
  let glyphCount = 0;
  for (const run of scriptRuns(text)) {
    buffer.clearContents();
    buffer.addText(run);
    buffer.guessSegmentProperties();
    harfbuzz.shape(loaded.font, buffer);
    const glyphs = buffer.getGlyphInfos();
    if (glyphs.some((glyph) => glyph.codepoint === 0)) return undefined;
    glyphCount += glyphs.length;
    for (const position of buffer.getGlyphPositions()) advance += position.xAdvance;
  }
  return {
    width: (advance * size) / loaded.unitsPerEm,
    uncertainty: INK_MARGIN_PER_EM * size + ROUNDING_PER_GLYPH * glyphCount,
  };
}

/** Of no script of their own: they take their neighbours' (vowel marks, ZWNJ, kashida, spaces, digits). */
const NEUTRAL = /[\p{Script=Common}\p{Script=Inherited}]/u;

/**
 * The text cut where its script changes, as Pango itemises a line so that Latin letters take
 * Latin kerning: a character of no script (a vowel mark, a kashida, a ZWNJ, a space) stays in
 * the run before it, so the letters around it still join, as Pango draws them.
 */
export function scriptRuns(text: string): string[] {
  const runs: string[] = [];
  let run = '';
  let runScript: string | undefined;
  for (const character of text) {
    if (NEUTRAL.test(character)) {
      run += character;
      continue;
    }
    const script = /\p{Script=Arabic}/u.test(character) ? 'Arabic' : /\p{Script=Latin}/u.test(character) ? 'Latin' : 'other';
    if (runScript !== undefined && script !== runScript) {
      runs.push(run);
      run = '';
    }
    runScript = script;
    run += character;
  }
  if (run) runs.push(run);
  return runs;
}
