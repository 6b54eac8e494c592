import { readFileSync } from 'node:fs';
import * as harfbuzz from 'harfbuzzjs';

/** A width in px and how far from Pango's it may be. */
export interface WidthEstimate {
  width: number;
  uncertainty: number;
}

/**
 * Where Pango's width parts from the sum of HarfBuzz's advances, measured over 1,200 runs of
 * titles (Persian, Latin and mixed, bold at 50 and 68 px): the ink at the two ends of a run
 * (Pango's width is the ink's, up to about 10 px from the advances' at these sizes), and each
 * glyph's advance rounded to whole pixels (cairo hints the metrics: up to half a pixel each,
 * 18 px over a 44-letter URL). `text-width.test.ts` checks the bound on real titles.
 */
const INK_MARGIN = 12;
const ROUNDING_PER_GLYPH = 0.5;

/** Letters of the Arabic script with the joiners that belong to them; anything else is another run. */
const SCRIPT_RUNS = /[\p{Script=Arabic}\u200c\u200d]+|[^\p{Script=Arabic}\u200c\u200d]+/gu;

const fonts = new Map<string, { font: harfbuzz.Font; unitsPerEm: number }>();
const buffer = new harfbuzz.Buffer();

/**
 * The width of a run of text at `size` px from HarfBuzz's advances in the font file: a tenth of
 * a millisecond, where Pango drawing the run to measure it costs one or two. HarfBuzz is the
 * shaper Pango itself uses. Undefined when the font lacks a character (an emoji, CJK): Pango
 * draws it from another font, whose widths only Pango knows.
 */
export function estimateTextWidth(text: string, size: number, fontFile: string): WidthEstimate | undefined {
  let loaded = fonts.get(fontFile);
  if (!loaded) {
    const face = new harfbuzz.Face(new harfbuzz.Blob(readFileSync(fontFile)));
    loaded = { font: new harfbuzz.Font(face), unitsPerEm: face.upem };
    fonts.set(fontFile, loaded);
  }
  let advance = 0;
  let glyphCount = 0;
  // Shaped a script at a time, as Pango itemises a line: Latin letters take Latin kerning.
  for (const run of text.match(SCRIPT_RUNS) ?? []) {
    buffer.clearContents();
    buffer.addText(run);
    buffer.guessSegmentProperties();
    harfbuzz.shape(loaded.font, buffer);
    const glyphs = buffer.getGlyphInfos();
    if (glyphs.some((glyph) => glyph.codepoint === 0)) return undefined;
    glyphCount += glyphs.length;
    for (const position of buffer.getGlyphPositions()) advance += position.xAdvance;
  }
  return { width: (advance * size) / loaded.unitsPerEm, uncertainty: INK_MARGIN + ROUNDING_PER_GLYPH * glyphCount };
}
