import type { BodyProblem } from '../../problems';
import type { ShortcodeCall } from './parse';

/**
 * What each Hugo shortcode becomes on this site. Built-ins that make sense offline use the
 * site's own components; embeds of other sites become plain links (readers must not load a
 * third-party player or script by default); anything else never shows as raw text.
 */
export type ShortcodeRendering =
  | { kind: 'figure'; src: string; alt?: string; caption?: string }
  | { kind: 'component'; component: string; props: Record<string, string> }
  | { kind: 'link'; href: string; text: string; className: string }
  /** Text, also inside a link's address: `ref`/`relref` become the article's URL. */
  | { kind: 'text'; text: string }
  /** A paired shortcode this site does not know: its inner Markdown is shown as it is. */
  | { kind: 'unwrap' }
  /** A self-closing shortcode this site does not know: left out. */
  | { kind: 'omit' };

/**
 * A custom (theme) shortcode drawn with one of the site's components: positional arguments are
 * named by `positional` (`alert "warning"` → `type="warning"`), and `values` translates the
 * theme's values into the component's (`info` → `note`).
 */
export interface CustomShortcode {
  component: string;
  positional?: readonly string[];
  values?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}
export type CustomShortcodes = Readonly<Record<string, CustomShortcode>>;

export interface LinkTexts {
  youtube: (title?: string) => string;
  vimeo: (title?: string) => string;
  gist: (name: string) => string;
  tweet: string;
  instagram: string;
  detailsSummary: string;
}

const EMBEDS = new Set(['youtube', 'vimeo', 'gist', 'tweet', 'x', 'instagram']);

/** Shortcodes handled in the source text (`highlight` becomes a code fence). */
export const SOURCE_SHORTCODES = new Set(['highlight']);

export function renderShortcode(
  call: ShortcodeCall,
  custom: CustomShortcodes,
  texts: LinkTexts,
  report: (problem: Omit<BodyProblem, 'line' | 'column'>) => void,
): ShortcodeRendering {
  const { named, positional } = call.args;
  const paired = call.close !== undefined;
  const mapped = custom[call.name] ?? custom[call.name.toLowerCase()];
  if (mapped) {
    const props: Record<string, string> = {};
    mapped.positional?.forEach((prop, index) => {
      if (positional[index] !== undefined) props[prop] = positional[index]!;
    });
    for (const [key, value] of Object.entries(named)) props[key] = value;
    for (const [prop, translation] of Object.entries(mapped.values ?? {})) {
      const value = props[prop];
      if (value !== undefined && translation[value.toLowerCase()] !== undefined) props[prop] = translation[value.toLowerCase()]!;
    }
    return { kind: 'component', component: mapped.component, props };
  }
  switch (call.name) {
    case 'figure': {
      const src = named.src ?? positional[0];
      if (!src) {
        report({ reason: 'Hugo shortcode `figure` has no `src`', fix: 'write `{{< figure src="image.png" alt="…" >}}` with the image beside the article' });
        return { kind: 'omit' };
      }
      return { kind: 'figure', src, alt: named.alt, caption: named.caption ?? named.title };
    }
    case 'details':
      if (!paired) break;
      return { kind: 'component', component: 'Details', props: { summary: named.summary || texts.detailsSummary } };
    default:
      break;
  }
  if (EMBEDS.has(call.name)) {
    const link = embedLink(call, texts);
    if (link) return link;
    report({
      reason: `Hugo shortcode \`${call.name}\` has no id to link to`,
      fix: `write a link instead, e.g. \`[${texts.tweet}](https://…)\``,
    });
    return { kind: 'omit' };
  }
  report({
    severity: 'warning',
    reason: paired
      ? `Hugo shortcode «${call.open.raw.slice(0, 60)}…${call.close!.raw}» is not known here: only its inner text is shown`
      : `Hugo shortcode «${call.open.raw.slice(0, 60)}» is not known here and is left out`,
    fix: paired
      ? 'write the inner text as plain Markdown (a `> [!NOTE]` alert, or `<Callout>`/`<Details>` in .mdx), or map the shortcode to a component in `hugoShortcodes` in lib/site.ts'
      : 'write what it showed in Markdown (a link or an image), or map the shortcode to a component in `hugoShortcodes` in lib/site.ts',
  });
  return paired ? { kind: 'unwrap' } : { kind: 'omit' };
}

function embedLink(call: ShortcodeCall, texts: LinkTexts): ShortcodeRendering | undefined {
  const { named, positional } = call.args;
  const id = named.id ?? positional[0];
  const className = 'embed-link';
  switch (call.name) {
    case 'youtube':
      return id ? { kind: 'link', className, href: `https://www.youtube.com/watch?v=${encodeURIComponent(id)}`, text: texts.youtube(named.title) } : undefined;
    case 'vimeo':
      return id ? { kind: 'link', className, href: `https://vimeo.com/${encodeURIComponent(id)}`, text: texts.vimeo(named.title) } : undefined;
    case 'gist': {
      const [user, gist] = [named.user ?? positional[0], named.id ?? positional[1]];
      return user && gist ? { kind: 'link', className, href: `https://gist.github.com/${encodeURIComponent(user)}/${encodeURIComponent(gist)}`, text: texts.gist(`${user}/${gist}`) } : undefined;
    }
    case 'tweet':
    case 'x': {
      // Old Hugo: `{{< tweet 123 >}}`; since 0.89: `{{< tweet user="name" id="123" >}}`.
      const user = named.user;
      return id ? { kind: 'link', className, href: user ? `https://x.com/${encodeURIComponent(user)}/status/${encodeURIComponent(id)}` : `https://x.com/i/status/${encodeURIComponent(id)}`, text: texts.tweet } : undefined;
    }
    case 'instagram':
      return id ? { kind: 'link', className, href: `https://www.instagram.com/p/${encodeURIComponent(id)}/`, text: texts.instagram } : undefined;
    default:
      return undefined;
  }
}

/**
 * Hugo's highlight options (`linenos=table,hl_lines=2 3,linenostart=5`, also in a code fence as
 * `{linenos=table,hl_lines=[2,"4-5"]}`) as rehype-pretty-code meta: `{2,3,4-5} showLineNumbers{5}`.
 */
export function highlightOptionsToMeta(options: string): string {
  const entries = new Map<string, string>();
  for (const match of options.replace(/^\{|\}$/g, '').matchAll(/([A-Za-z_]+)\s*=\s*(\[[^\]]*\]|"[^"]*"|[^,]*)/g)) {
    entries.set(match[1]!.toLowerCase(), match[2]!.trim());
  }
  const meta: string[] = [];
  const lines = entries.get('hl_lines');
  if (lines) {
    const ranges = lines.replace(/[[\]"']/g, ' ').split(/[\s,]+/).filter((range) => /^\d+(-\d+)?$/.test(range));
    if (ranges.length > 0) meta.push(`{${ranges.join(',')}}`);
  }
  const lineNumbers = entries.get('linenos')?.replace(/"/g, '');
  if (lineNumbers && lineNumbers !== 'false') {
    const start = entries.get('linenostart')?.replace(/"/g, '');
    meta.push(start && /^\d+$/.test(start) && start !== '1' ? `showLineNumbers{${start}}` : 'showLineNumbers');
  }
  return meta.join(' ');
}
