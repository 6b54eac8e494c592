/**
 * Feed readers show an article away from its page, so every link and image must carry the
 * full address. The HTML comes from React, which always double-quotes attribute values and
 * escapes `"` `&` `<` `>` inside them: an attribute can be found and rewritten reliably
 * without an HTML parser, and text content can never look like one.
 */
const URL_ATTRIBUTE = /(\s(?:href|src|poster|cite)=")([^"]*)"/g;

export function absolutizeHtmlUrls(html: string, baseUrl: string): string {
  return html.replace(URL_ATTRIBUTE, (whole, prefix: string, value: string) => {
    try {
      return `${prefix}${escapeAttribute(new URL(unescapeAttribute(value), baseUrl).href)}"`;
    } catch {
      return whole;
    }
  });
}

function unescapeAttribute(value: string): string {
  return value.replace(/&(amp|quot|lt|gt|#x27|#39);/g, (_, entity: string) => ENTITIES[entity]!);
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', '#x27': "'", '#39': "'" };

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
