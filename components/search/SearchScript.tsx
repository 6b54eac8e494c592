'use client';

import { useEffect } from 'react';
import { installSearch } from '@/lib/browser/search';

/**
 * TEMPORARY shim, removed at merge: runs the framework-free search script on the Next build
 * until the lead calls `installSearch()` from the site's one browser entry (lib/browser/site.ts).
 * Then this file and its one use in SearchBox go.
 */
export function SearchScript() {
  useEffect(() => installSearch(), []);
  return null;
}
