import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { CALLOUT_TYPES } from './remark-github-alerts';
import type { BodyProblem } from '../problems';
import { isUnsafeUrl } from './unsafe-url';

/**
 * HTML elements an .mdx body may use: text-level and structural markup. Anything else
 * (`<script>`, `<style>`, `<iframe>`, `<form>`…) could run code, restyle the site or load a
 * third party, so it is an error.
 */
const ALLOWED_ELEMENTS = new Set(
  ('a abbr b bdi bdo blockquote br caption cite code col colgroup dd del details dfn div dl dt em ' +
    'figcaption figure h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s samp small span strong ' +
    'sub summary sup table tbody td tfoot th thead time tr u ul var wbr').split(' '),
);

/**
 * Attributes those elements may carry. Anything else is refused rather than passed on:
 * `srcset`, `background` or `ping` would load or call another site, `dangerouslySetInnerHTML`
 * would crash the page's rendering, and new tricks are closed by default.
 */
const GLOBAL_ATTRIBUTES = ['id', 'class', 'className', 'title', 'lang', 'dir', 'role', 'translate'];
const CELL_ATTRIBUTES = ['colSpan', 'colspan', 'rowSpan', 'rowspan', 'headers', 'scope', 'align'];
const EDIT_ATTRIBUTES = ['cite', 'dateTime', 'datetime'];
const ELEMENT_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'hrefLang', 'hreflang', 'target', 'rel'],
  img: ['src', 'alt', 'width', 'height', 'loading', 'decoding'],
  td: CELL_ATTRIBUTES,
  th: CELL_ATTRIBUTES,
  col: ['span'],
  colgroup: ['span'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  time: ['dateTime', 'datetime'],
  details: ['open'],
  q: ['cite'],
  blockquote: ['cite'],
  del: EDIT_ATTRIBUTES,
  ins: EDIT_ATTRIBUTES,
};
/** Attributes holding an address; the browser would follow a `javascript:` one. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);

function allowedAttribute(element: string, attribute: string): boolean {
  return GLOBAL_ATTRIBUTES.includes(attribute) || /^(aria|data)-[a-z0-9-]+$/.test(attribute) || (ELEMENT_ATTRIBUTES[element] ?? []).includes(attribute);
}

/** Props each component requires or restricts; all props are plain strings. */
interface PropRules {
  required?: string[];
  /** At least one of these, e.g. a text alternative: `alt` or `caption`. */
  anyOf?: string[];
  oneOf?: Record<string, readonly string[]>;
}
const PROP_RULES: Record<string, PropRules> = {
  Callout: { oneOf: { type: CALLOUT_TYPES } },
  Details: { required: ['summary'] },
  Figure: { required: ['src'], anyOf: ['alt', 'caption'] },
};

/**
 * Nothing an author writes may vanish without a word. MDX only notices an unknown component
 * (`<Calout>`) when the page renders; next-mdx-remote's safety settings silently delete
 * `{…}` expressions, `import`/`export` and expression props; plain Markdown silently drops raw
 * HTML. Each of these becomes a problem with its line and the fix instead.
 */
export function remarkComponentRules(options: { names: readonly string[]; problems: BodyProblem[] }) {
  const report = (node: { position?: { start: { line: number; column: number } } }, reason: string, fix: string) =>
    options.problems.push({ line: node.position?.start.line, column: node.position?.start.column, reason, fix });

  return (tree: Root) => {
    visit(tree, (node) => {
      switch (node.type) {
        case 'html':
          // Comments (Hugo's `<!--more-->`) are meant to be invisible; anything beside them is not.
          if (node.value.replace(/<!--[\s\S]*?-->/g, '').trim() !== '') {
            const tag = /^<([A-Za-z][\w-]*)>$/.exec(node.value.trim());
            report(
              node,
              `raw HTML «${node.value.split('\n')[0]!.slice(0, 40)}» is not shown in a .md file`,
              tag && (/[A-Z_]/.test(tag[1]!) || !ALLOWED_ELEMENTS.has(tag[1]!))
                ? // A placeholder such as `git checkout <BRANCH>`, which Hugo silently dropped as well.
                  `to show it as text, wrap \`${node.value.trim()}\` in backticks (or write \\<${tag[1]}>)`
                : 'write it in Markdown, or rename the file to .mdx and use a component such as <Details> or <Figure>',
            );
          }
          return;
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          // `{/* … */}` is MDX's comment syntax; code beside a comment is still code.
          if (node.value.replace(/\/\*[\s\S]*?\*\//g, '').trim() !== '') {
            report(node, `«{${node.value.slice(0, 30)}}» is a JavaScript expression, which this site removes for safety`, 'to show braces as text write `\\{` and `\\}`, or put code in `backticks`');
          }
          return;
        case 'link':
        case 'definition':
          if (isUnsafeUrl(node.url)) {
            report(node, `link «${node.url.slice(0, 30)}» would run code or hide content`, 'link to an http(s) address or a page of this site');
          }
          return;
        case 'mdxjsEsm':
          report(node, '`import`/`export` is not supported in articles', 'remove the line; the components <Callout>, <Details> and <Figure> are available without importing');
          return;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          checkElement(node, options.names, report);
          return;
        default:
          return;
      }
    });
  };
}

function checkElement(
  node: MdxJsxFlowElement | MdxJsxTextElement,
  names: readonly string[],
  report: (node: MdxJsxFlowElement | MdxJsxTextElement, reason: string, fix: string) => void,
) {
  const name = node.name;
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute' || typeof attribute.value === 'object') {
      const prop = attribute.type === 'mdxJsxAttribute' ? attribute.name : '{…}';
      report(node, `prop \`${prop}\` of <${name ?? ''}> is a JavaScript expression, which this site removes for safety`, `write it as a string: ${prop}="…"`);
    }
  }
  for (const attribute of node.attributes) {
    // (An expression value was reported above.)
    if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value !== 'object' && (/^on/i.test(attribute.name) || attribute.name === 'style')) {
      report(node, `prop \`${attribute.name}\` of <${name ?? ''}> is not allowed`, 'remove it: articles carry no scripts or inline styles');
    }
  }
  // Fragments have no name; lower-case names are HTML elements.
  if (!name) return;
  if (!/^[A-Z]/.test(name)) {
    if (!ALLOWED_ELEMENTS.has(name)) {
      report(node, `<${name}> is not allowed in articles`, 'use Markdown or one of the components <Callout>, <Details>, <Figure>');
      return;
    }
    checkHtmlAttributes(node, name, report);
    return;
  }
  if (!names.includes(name)) {
    const known = names.filter((candidate) => /^[A-Z]/.test(candidate)).map((candidate) => `<${candidate}>`);
    report(node, `unknown component <${name}>`, `use one of ${known.join(', ')}`);
    return;
  }
  const rules = PROP_RULES[name];
  if (!rules) return;
  const value = (prop: string) =>
    node.attributes.find((attribute): attribute is MdxJsxAttribute => attribute.type === 'mdxJsxAttribute' && attribute.name === prop)?.value;
  const given = (prop: string) => typeof value(prop) === 'string' && (value(prop) as string).trim() !== '';
  for (const prop of rules.required ?? []) {
    if (!given(prop)) {
      report(node, `<${name}> needs a \`${prop}\``, `add ${prop}="…"`);
    }
  }
  if (rules.anyOf && !rules.anyOf.some(given)) {
    report(node, `<${name}> needs ${rules.anyOf.map((prop) => `\`${prop}\``).join(' or ')}`, `add ${rules.anyOf[0]}="…" describing it for readers who cannot see it`);
  }
  for (const [prop, allowed] of Object.entries(rules.oneOf ?? {})) {
    const written = value(prop);
    if (typeof written === 'string' && !allowed.includes(written)) {
      report(node, `<${name} ${prop}="${written}"> is not one of ${allowed.join(', ')}`, `use ${prop}="${allowed[0]}" or another of those`);
    }
  }
}

/** The attributes of an allowed HTML element: known ones only, and no address that runs code. */
function checkHtmlAttributes(
  node: MdxJsxFlowElement | MdxJsxTextElement,
  name: string,
  report: (node: MdxJsxFlowElement | MdxJsxTextElement, reason: string, fix: string) => void,
) {
  for (const attribute of node.attributes) {
    // Expressions, event handlers and `style` were reported above.
    if (attribute.type !== 'mdxJsxAttribute' || /^on/i.test(attribute.name) || attribute.name === 'style') continue;
    if (!allowedAttribute(name, attribute.name)) {
      const allowed = [...(ELEMENT_ATTRIBUTES[name] ?? []), ...GLOBAL_ATTRIBUTES.filter((item) => item !== 'className')];
      report(node, `attribute \`${attribute.name}\` of <${name}> is not allowed in articles`, `remove it; <${name}> may have ${allowed.join(', ')}`);
    } else if (URL_ATTRIBUTES.has(attribute.name) && typeof attribute.value === 'string' && isUnsafeUrl(attribute.value)) {
      report(node, `${attribute.name} «${attribute.value.slice(0, 30)}» of <${name}> would run code or hide content`, 'link to an http(s) address or a page of this site');
    }
  }
}
