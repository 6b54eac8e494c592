import { createHash } from 'node:crypto';

/** A CSP source expression (`'sha256-…'`) allowing exactly this inline script text. */
export function cspScriptHash(scriptText: string): string {
  return `'sha256-${createHash('sha256').update(scriptText, 'utf8').digest('base64')}'`;
}
