/**
 * How matched words look inside a result: the script writes plain `<mark>` elements, and the
 * list that holds them styles them through this class (so the look stays in the markup).
 */
export const MARKED_TEXT_CLASS =
  '[&_mark]:rounded-sm [&_mark]:bg-amber-200 [&_mark]:px-0.5 [&_mark]:text-ink dark:[&_mark]:bg-amber-300/30';
