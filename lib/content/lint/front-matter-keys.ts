import { editDistance, frontMatterKeys, locateField } from '../front-matter';
import { HUGO_FRONT_MATTER_KEYS, knownFrontMatterKeys } from '../schema';
import type { Diagnostic } from './diagnostic';

const HUGO_KEYS = new Map(HUGO_FRONT_MATTER_KEYS.map((key) => [key.toLowerCase(), key]));

/** The known or Hugo key closest to `key`, when it is close enough to be a typo of it. */
function nearest(key: string): string | undefined {
  const candidates = [...knownFrontMatterKeys, ...HUGO_KEYS.values()];
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

/**
 * Front matter keys nothing reads: a warning, with "did you mean". Keys of the schema are read;
 * keys Hugo/PaperMod authors commonly write (`HUGO_FRONT_MATTER_KEYS`) are accepted quietly.
 */
export function unknownFrontMatterKeys(file: string, text: string): Diagnostic[] {
  return frontMatterKeys(text)
    .filter((key) => !knownFrontMatterKeys.includes(key.toLowerCase()) && !HUGO_KEYS.has(key.toLowerCase()))
    .map((key) => {
      const suggestion = nearest(key);
      const location = locateField(text, [key]) ?? { line: 1, column: 1 };
      return {
        file,
        ...location,
        severity: 'warning',
        rule: 'front-matter-key',
        message: `\`${key}\` is not a front matter field this site reads${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`,
        fix: suggestion ? `rename it to \`${suggestion}:\`, or remove it` : 'remove it, or see docs/راهنمای-نویسندگان.md for the fields',
      } satisfies Diagnostic;
    });
}
