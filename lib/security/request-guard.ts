/**
 * What `next start` refuses before routing: requests no page of this static site can answer.
 * Next.js 16 answers an undecodable dynamic segment (`/tags/%ZZ/`, a Persian slug cut inside a
 * UTF-8 sequence such as `/posts/%E0%A4%A/`) with a 500: its router throws a `DecodeError`
 * while matching `[slug]`, and the 400 page it then tries to render does not exist in an App
 * Router build (vercel/next.js#92557). It also serves pages to `TRACE`, `POST` or `DELETE`.
 */

/** The only methods a static site answers; `OPTIONS` gets its `Allow` without a body. */
export const ALLOWED_METHODS = ['GET', 'HEAD'] as const;

export interface Rejection {
  status: 400 | 405;
  reason: string;
}

/** True when every `%XX` of the path decodes to valid UTF-8 (what the router needs). */
export function isDecodablePath(rawPathname: string): boolean {
  try {
    decodeURIComponent(rawPathname);
    return true;
  } catch {
    return false;
  }
}

/** Why this request is refused, or null when it goes on to the router. */
export function rejectRequest(method: string, rawPathname: string): Rejection | null {
  if (!(ALLOWED_METHODS as readonly string[]).includes(method.toUpperCase())) {
    return { status: 405, reason: 'Method Not Allowed' };
  }
  if (!isDecodablePath(rawPathname)) return { status: 400, reason: 'Bad Request: malformed percent-encoding in the path' };
  return null;
}
