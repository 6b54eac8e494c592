import type { Processor } from 'unified';

export interface ParseErrorPosition {
  line?: number;
  column?: number;
}

/**
 * next-mdx-remote rethrows a parse error as text and keeps its position only when the message
 * happens to contain a range, so `<Callout` left open at the end, `x <3` or `{1+}` lose their
 * line. This wraps the parser (remark-parse sets it before any plugin runs) to note where
 * parsing failed, then lets the error go on unchanged.
 */
export function remarkParseErrorPosition(this: Processor, options: { found: (position: ParseErrorPosition) => void }) {
  const parse = this.parser;
  if (!parse) return;
  this.parser = (document, file) => {
    try {
      return parse(document, file);
    } catch (error) {
      const place = error as { line?: number | null; column?: number | null };
      options.found({ line: place.line ?? undefined, column: place.column ?? undefined });
      throw error;
    }
  };
}
