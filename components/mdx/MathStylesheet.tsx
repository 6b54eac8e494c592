import { createElement, type HTMLAttributes } from 'react';
import { KATEX_STYLESHEET, katexAssetPath } from '@/lib/katex/stylesheet';

/**
 * KaTeX writes every formula with a MathML copy (`<math>`): rendering one links KaTeX's
 * stylesheet, which React hoists into <head> once per page. So its CSS and fonts load only on
 * pages that hold math.
 */
export function MathWithStylesheet(props: HTMLAttributes<HTMLElement>) {
  return (
    <>
      <link rel="stylesheet" href={katexAssetPath(KATEX_STYLESHEET)} precedence="katex" />
      {/* React's JSX types have no <math>; the element itself renders as given. */}
      {createElement('math', props)}
    </>
  );
}
