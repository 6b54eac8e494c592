import { splitForIsolation } from '@/lib/persian/bidi';
import type { TextPart } from '@/lib/search/snippet';

/** A run of text as a result shows it: inside `<mark>` when matched, inside `<bdi>` when isolated. */
export interface MarkedRun {
  text: string;
  mark: boolean;
  isolate: boolean;
}

/** Matched words marked, Latin tokens such as `C++` isolated, as everywhere on the site. */
export function markedRuns(parts: readonly TextPart[]): MarkedRun[] {
  return parts.flatMap((part) =>
    splitForIsolation(part.text).map((segment) => ({ text: segment.text, mark: part.match, isolate: segment.isolate })),
  );
}

/**
 * DOM nodes for the runs. Text goes in as text nodes only, never as markup: an article's words
 * can hold `<` and `&`.
 */
export function markedNodes(document: Document, parts: readonly TextPart[]): Node[] {
  const nodes: Node[] = [];
  let mark: HTMLElement | undefined;
  for (const run of markedRuns(parts)) {
    const text = run.isolate ? element(document, 'bdi', run.text) : document.createTextNode(run.text);
    if (!run.mark) {
      mark = undefined;
      nodes.push(text);
      continue;
    }
    if (!mark) {
      mark = document.createElement('mark');
      nodes.push(mark);
    }
    mark.append(text);
  }
  return nodes;
}

function element(document: Document, name: string, text: string): HTMLElement {
  const node = document.createElement(name);
  node.textContent = text;
  return node;
}
