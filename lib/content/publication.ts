import type { Post } from './loader';

/**
 * Whether readers may see an article yet. `draft: true` is never public; an article dated
 * after the build's clock is scheduled and becomes public in the first build after its date.
 * A draft that is also dated in the future counts as a draft: its author has not finished it.
 */
export type PublicationStatus = 'published' | 'draft' | 'scheduled';

export function publicationStatus(post: Pick<Post, 'draft' | 'date'>, now: Date = publicationClock()): PublicationStatus {
  if (post.draft) return 'draft';
  return post.date.getTime() > now.getTime() ? 'scheduled' : 'published';
}

/**
 * The instant a build publishes as of. next.config.ts pins `BUILD_TIME` once when a build
 * starts, so every page, list and route of that build (rendered in several worker processes,
 * over several seconds) agrees on which articles are out; elsewhere (`next dev`, scripts,
 * tests) the clock is live. Setting `BUILD_TIME` yourself shows what a build at that
 * instant would publish.
 */
export function publicationClock(env: Partial<NodeJS.ProcessEnv> = process.env): Date {
  const pinned = env.BUILD_TIME ? new Date(env.BUILD_TIME) : undefined;
  if (pinned && Number.isNaN(pinned.getTime())) {
    throw new RangeError(`BUILD_TIME «${env.BUILD_TIME}» is not a date: write an ISO 8601 instant such as 2030-01-01T00:00:00Z`);
  }
  return pinned ?? new Date();
}
