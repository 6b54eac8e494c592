/**
 * Markdown parsers (micromark, then the tree walkers after it) recurse once per nested block:
 * a body of 10,000 nested blockquotes (or, in .mdx, 10,000 nested `<span>`s) overflows the stack, and 10,000 nested list items took
 * eight minutes before it did. No article needs more than a few levels, so a body nested deeper
 * than this is refused before any parser sees it.
 */
export const MAX_NESTING = 100;

export interface Nesting {
  depth: number;
  /** 1-based line of the body where the depth is reached. */
  line: number;
}

/**
 * The deepest nesting of blockquotes and list items any line of a Markdown body opens: the
 * `>` and list markers at its start, plus one level per two columns of indentation (the least
 * a nested list item needs), plus in .mdx the elements still open. Fenced and inline code are
 * skipped: `> >` or `<a>` there is text.
 */
export function deepestNesting(body: string, format: 'md' | 'mdx' = 'md'): Nesting {
  let deepest: Nesting = { depth: 0, line: 1 };
  let fence: string | undefined;
  // In .mdx, elements (`<span><span>…`) nest as deep as blocks, and MDX's parser recurses on them too.
  let openElements = 0;
  const lines = body.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fenceMatch) {
      if (!fence) fence = fenceMatch[1]![0]!.repeat(fenceMatch[1]!.length);
      else if (fenceMatch[1]!.startsWith(fence)) fence = undefined;
      continue;
    }
    if (fence) continue;
    let elements = 0;
    if (format === 'mdx') {
      const { balance, peak } = elementBalance(line);
      elements = openElements + peak;
      openElements = Math.max(0, openElements + balance);
    }
    const depth = lineDepth(line) + elements;
    if (depth > deepest.depth) deepest = { depth, line: index + 1 };
  }
  return deepest;
}

function lineDepth(line: string): number {
  let depth = 0;
  let position = 0;
  let columns = 0;
  while (line[position] === ' ' || line[position] === '\t') columns += line[position++] === '\t' ? 4 : 1;
  for (;;) {
    while (line[position] === ' ' || line[position] === '\t') position++;
    if (line[position] === '>') {
      depth++;
      position++;
      continue;
    }
    const marker = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/.exec(line.slice(position, position + 11));
    if (!marker) break;
    depth++;
    position += marker[0].length;
  }
  return depth + Math.floor(columns / 2);
}

/** Elements a line of MDX opens minus those it closes (`<a>` +1, `</a>` −1, `<br />` 0), and the most open at once on it. */
function elementBalance(line: string): { balance: number; peak: number } {
  let balance = 0;
  let peak = 0;
  for (const tag of line.replace(/`[^`]*`/g, '').matchAll(/<(\/?)(?:[A-Za-z][\w.:-]*)?(?:\s[^<>]*?)?(\/?)>/g)) {
    if (tag[2]) continue;
    balance += tag[1] ? -1 : 1;
    peak = Math.max(peak, balance);
  }
  return { balance, peak };
}
