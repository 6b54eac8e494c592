/**
 * One page of the lean static export: the HTML Next.js wrote, without the framework's client
 * runtime. Parsed with a real HTML parser (parse5); the elements to drop are cut out of the
 * original text by their source offsets, so every other byte stays exactly as Next wrote it.
 *
 * Kept: the theme init script (by its exact text, which a CSP allows by hash), JSON-LD and any
 * other data block (a non-JavaScript `type`), and the reader's own module script (/assets/).
 * Dropped: every other script, Next's chunks and inline RSC payload (`self.__next_f`) among
 * them, and the `<link rel=preload|modulepreload>` hints for scripts.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface LeanPageOptions {
  /** The inline script kept, compared by exact text (lib/theme/theme.ts THEME_INIT_SCRIPT). */
  keepInlineScript: string;
  /** URL prefix of the scripts kept (the reader's own bundles, e.g. `/assets/`). */
  keepScriptPrefix: string;
}

export interface LeanPage {
  html: string;
  /** `src` of every script kept, for the files pass (which JS files a lean page needs). */
  scriptSources: string[];
  /** Framework scripts and script hints dropped (Next's chunks, RSC payload, Turbopack's loader). */
  droppedFrameworkScripts: number;
  /** Scripts dropped that are not recognisably Next's: a CSP without 'unsafe-inline' forbids them anyway. */
  droppedOtherScripts: number;
}

/** MIME types that make a <script> executable (HTML's "JavaScript MIME type essence match", and module). */
const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'application/ecmascript', 'text/ecmascript']);

const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;

function inlineText(element: Element): string {
  return element.childNodes.map((child) => (child.nodeName === '#text' ? (child as DefaultTreeAdapterMap['textNode']).value : '')).join('');
}

/** Next.js's own client code: its chunks, Turbopack's chunk loader and the RSC payload. */
function isFrameworkScript(src: string | undefined, text: string): boolean {
  if (src !== undefined) return src.startsWith('/_next/');
  return /\b(__next_[a-z]|TURBOPACK\b|\$RC\b|\$RS\b|\$RX\b)/.test(text);
}

function isScriptHint(element: Element): boolean {
  const rel = (attribute(element, 'rel') ?? '').toLowerCase().split(/\s+/);
  if (rel.includes('modulepreload')) return true;
  return rel.includes('preload') && (attribute(element, 'as') ?? '').toLowerCase() === 'script';
}

export function leanPage(html: string, options: LeanPageOptions): LeanPage {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const cuts: Array<[number, number]> = [];
  const result: Omit<LeanPage, 'html'> = { scriptSources: [], droppedFrameworkScripts: 0, droppedOtherScripts: 0 };
  const drop = (element: Element, framework: boolean) => {
    const location = element.sourceCodeLocation;
    if (!location) return;
    cuts.push([location.startOffset, location.endOffset]);
    if (framework) result.droppedFrameworkScripts++;
    else result.droppedOtherScripts++;
  };

  const stack: Node[] = [document];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ('tagName' in node) {
      if (node.tagName === 'script') {
        const type = (attribute(node, 'type') ?? '').trim().toLowerCase();
        const src = attribute(node, 'src');
        if (!EXECUTABLE_TYPES.has(type)) continue; // a data block (JSON-LD): never runs
        if (src !== undefined && src.startsWith(options.keepScriptPrefix)) {
          result.scriptSources.push(src);
          continue;
        }
        const text = src === undefined ? inlineText(node) : '';
        if (src === undefined && text === options.keepInlineScript) continue;
        drop(node, isFrameworkScript(src, text));
        continue;
      }
      if (node.tagName === 'link' && isScriptHint(node)) {
        drop(node, (attribute(node, 'href') ?? '').startsWith('/_next/'));
        continue;
      }
      if (node.tagName === 'template') stack.push((node as DefaultTreeAdapterMap['template']).content);
    }
    if ('childNodes' in node) for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }

  if (cuts.length === 0) return { html, ...result };
  cuts.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of cuts) {
    if (start < at) continue; // nested in a cut already made
    out += html.slice(at, start);
    at = end;
  }
  return { html: out + html.slice(at), ...result };
}
