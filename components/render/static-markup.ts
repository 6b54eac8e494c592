import { createRequire } from 'node:module';
import path from 'node:path';
import type { ReactElement } from 'react';
import { flatString } from '@/lib/build/flat-string';

/**
 * A tree of plain server components (no client components, hooks or context) as an HTML
 * string, at build time. Routes run in React's server-components environment, where Next
 * refuses `react-dom/server` and its `react-server` export is a stub that throws; so the
 * ordinary Node build of `react-dom/server` is loaded by Node itself (outside the bundle) from
 * the project's own dependencies. Elements are plain objects, the same in either React build.
 */
export function renderToStaticMarkup(element: ReactElement): string {
  const load = createRequire(path.join(/* turbopackIgnore: true */ process.cwd(), 'package.json'));
  const server = load(/* turbopackIgnore: true */ 'react-dom/server') as typeof import('react-dom/server');
  // Kept until the build ends (article bodies, feed entries): in one piece, not as a tree of pieces.
  return flatString(server.renderToStaticMarkup(element));
}
