/**
 * A plain-text summary from the first real paragraph of a Markdown body, for cards, meta
 * descriptions when the author wrote no `description`. Works on the raw Markdown
 * so listing pages never compile an article. ZWNJs are kept: dropping one changes the word.
 */
export function excerptFromMarkdown(body: string, maxLength = 180): string {
  const paragraph = firstProseParagraph(body);
  if (!paragraph) return '';
  const text = paragraph
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__|~~)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(HTML_TAG, '')
    .replace(/\s+/g, ' ')
    .trim();
  return truncateAtWord(text, maxLength);
}

/**
 * An HTML/JSX tag or comment. Only `<` followed by a letter, `/` or `!--` starts one, so a
 * comparison in prose (`x < 5 و y > 3`) stays text, as it does on the rendered page.
 */
const HTML_TAG = /<!--[\s\S]*?-->|<\/?[A-Za-z][^<>]*>/g;

function firstProseParagraph(body: string): string | undefined {
  const withoutFences = body.replace(/^(```|~~~)[\s\S]*?^\1[^\n]*$/gm, '').replace(/^\$\$[\s\S]*?^\$\$\s*$/gm, '');
  for (const block of withoutFences.split(/\n\s*\n/)) {
    // A heading line directly above its first paragraph, without a blank line (common): the
    // paragraph is still prose.
    const trimmed = block.trim().replace(/^(?:#{1,6}(?:[ \t][^\n]*)?(?:\n|$)\s*)+/, '');
    if (!trimmed) continue;
    // Headings, images, HTML/JSX, quotes, lists, tables, imports and footnote definitions are not prose.
    if (/^(#{1,6}(?:[ \t]|$)|!\[|<|>|[-*+] |\d+[.)] |\||import |export |\[\^)/.test(trimmed)) continue;
    // Underlined (setext) headings, `{#id}` and all, and thematic breaks are not prose either.
    if (/\n[ ]{0,3}(=+|-+)[ \t]*$/.test(trimmed) || /^([-*_])([ \t]*\1){2,}$/.test(trimmed)) continue;
    return trimmed;
  }
  return undefined;
}

function truncateAtWord(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s،,.؛:]+$/, '')}…`;
}

/** Prose words and code lines of a Markdown body, for the reading-time estimate. */
export function measureMarkdown(body: string): { prose: string; codeLines: number } {
  let codeLines = 0;
  const prose = body.replace(/^(```|~~~)[^\n]*\n([\s\S]*?)^\1[^\n]*$/gm, (_match, _fence, code: string) => {
    codeLines += code.split('\n').filter((line) => line.trim() !== '').length;
    return '';
  });
  return { prose: prose.replace(HTML_TAG, ' ').replace(/!\[[^\]]*\]\([^)]*\)|[#*_>`|$\\-]/g, ' '), codeLines };
}
