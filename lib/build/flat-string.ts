/**
 * The same string, stored in one piece. V8 keeps a string built by many concatenations (what
 * React's renderToStaticMarkup returns) as a tree of its pieces until something reads it
 * whole, and the pieces take more memory than the text: a build holds every article's
 * rendered body until it ends, and the trees were a fifth of its own heap. Reading the string
 * as a number is such a whole read (V8 flattens it in place first), and changes nothing else.
 */
export function flatString(text: string): string {
  // The number decides the branch (both give the same text), so that a minifier cannot drop the
  // read as unused: the production bundle did, when its result was thrown away.
  return Number.isNaN(Number(text)) ? text : String(text);
}
