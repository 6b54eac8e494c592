/**
 * `tsx scripts/static-headers.ts --write-export out [--lean]`: after a static export, writes the
 * site's security and cache headers for static hosts into the export folder:
 * - `_headers` (Netlify, Cloudflare Pages: read from the published folder),
 * - `nginx-security.conf` (an include for the `server { }` block; published with the rest, it
 *   holds nothing secret: the headers every response carries anyway).
 * `--lean` is for the lean export (no Next/React runtime): scripts only from this origin and
 * the theme script by its SHA-256, no `'unsafe-inline'`. It refuses to write a policy that
 * would block an inline script one of the exported pages carries.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { securityHeaders } from '@/lib/security/headers';
import { executableInlineScripts, netlifyHeadersFile, nginxSnippet } from '@/lib/security/static-headers';
import { site } from '@/lib/site';
import { cspScriptHash } from '@/lib/theme/csp-hash';
import { THEME_INIT_SCRIPT } from '@/lib/theme/theme';

const args = process.argv.slice(2);
const at = args.indexOf('--write-export');
if (at < 0) {
  console.error('usage: tsx scripts/static-headers.ts --write-export <export folder> [--lean]');
  process.exit(2);
}
const outDir = path.resolve(args[at + 1] ?? 'out');
const lean = args.includes('--lean');

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(file);
    else if (entry.name.endsWith('.html')) yield file;
  }
}

const allowed = [cspScriptHash(THEME_INIT_SCRIPT)];
if (lean) {
  const blocked = new Set<string>();
  for (const file of htmlFiles(outDir)) {
    for (const script of executableInlineScripts(readFileSync(file, 'utf8'))) {
      if (!allowed.includes(cspScriptHash(script))) blocked.add(path.relative(outDir, file));
    }
  }
  if (blocked.size > 0) {
    console.error(
      `✗ ${blocked.size} page(s) carry an inline script the lean policy would block, e.g. ${[...blocked].slice(0, 3).join(', ')}`,
    );
    process.exit(1);
  }
}

const headers = securityHeaders(
  lean ? { variant: 'lean-export', siteUrl: site.url, inlineScriptHashes: allowed } : { variant: 'next-start', siteUrl: site.url },
);
writeFileSync(path.join(outDir, '_headers'), netlifyHeadersFile(headers));
writeFileSync(path.join(outDir, 'nginx-security.conf'), nginxSnippet(headers));
console.log(
  `security headers (${lean ? 'lean' : 'next'} policy): _headers and nginx-security.conf written to ${path.relative(process.cwd(), outDir) || '.'}`,
);
