import { KATEX_STYLESHEET, katexAssets, readKatexFont } from '@/lib/katex/stylesheet';
import { IMMUTABLE } from '@/lib/security/headers';

/**
 * KaTeX's stylesheet and fonts at `/katex/<hash>/…`, prerendered (so the static export has them
 * too). Only pages with math link the stylesheet (components/mdx/article-body.tsx).
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  const { hash, fonts } = katexAssets();
  return [KATEX_STYLESHEET, ...fonts].map((file) => ({ file: [hash, ...file.split('/')] }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string[] }> }) {
  const [hash, ...rest] = (await params).file;
  const file = rest.join('/');
  const assets = katexAssets();
  if (hash !== assets.hash || (file !== KATEX_STYLESHEET && !assets.fonts.includes(file))) {
    return new Response('Not found', { status: 404 });
  }
  const headers = {
    'X-Content-Type-Options': 'nosniff',
    // The hash in the address changes with the content: the file itself never does.
    'Cache-Control': IMMUTABLE,
  };
  if (file === KATEX_STYLESHEET) {
    return new Response(assets.css, { headers: { ...headers, 'Content-Type': 'text/css; charset=utf-8' } });
  }
  return new Response(new Uint8Array(readKatexFont(file)), { headers: { ...headers, 'Content-Type': 'font/woff2' } });
}
