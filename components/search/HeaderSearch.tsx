import { hookProps } from '@/lib/browser/search/markup';
import { HeaderResultPrototype, HeaderResults } from './HeaderResults';

/**
 * The header's drop-down of results, hidden until the reader types in the search box; the search
 * script (lib/browser/search) fills it and opens it. Keyboard: ↓/↑ move between the box and the
 * results, Esc closes, Enter opens the search page.
 */
export function HeaderSearch() {
  return (
    <>
      <div {...hookProps('headerResults')} hidden>
        <HeaderResults />
      </div>
      <HeaderResultPrototype />
    </>
  );
}
