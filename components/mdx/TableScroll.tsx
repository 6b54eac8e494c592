import type { ComponentProps } from 'react';
import { uiText } from '@/lib/ui-text';

/** Wide tables scroll inside their own box on phones instead of widening the page. */
export function TableScroll(props: ComponentProps<'table'>) {
  return (
    <div className="table-scroll" role="region" aria-label={uiText.article.tableLabel} tabIndex={0}>
      <table {...props} />
    </div>
  );
}
