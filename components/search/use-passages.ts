import { useEffect, useState } from 'react';
import type { SearchHit } from '@/lib/search/search';
import type { TextPart } from '@/lib/search/snippet';

/** The same article marks different words for different queries. */
export const passageKey = (hit: SearchHit) => `${hit.document.passage}\n${hit.terms.join(' ')}`;

/**
 * The marked passages of the results on screen, arriving as each article's text is fetched
 * (by the already loaded search engine module, so no extra script).
 */
export function usePassages(hits: readonly SearchHit[], length: number): ReadonlyMap<string, TextPart[]> {
  const [passages, setPassages] = useState<ReadonlyMap<string, TextPart[]>>(() => new Map());
  useEffect(() => {
    let current = true;
    const shown = new Set(hits.map(passageKey));
    // Passages of results no longer on screen are dropped as new ones arrive.
    const keepShown = (previous: ReadonlyMap<string, TextPart[]>) => new Map([...previous].filter(([key]) => shown.has(key)));
    import('@/lib/search/load-searcher').then(({ loadPassage }) => {
      for (const hit of hits) {
        loadPassage(hit, length).then(
          (parts) => current && setPassages((previous) => keepShown(previous).set(passageKey(hit), parts)),
          // Without its passage a result still shows its title and date.
          () => {},
        );
      }
    });
    return () => {
      current = false;
    };
  }, [hits, length]);
  return passages;
}
