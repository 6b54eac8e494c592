import { describe, expect, it } from 'vitest';
import { shouldShowDrafts } from '@/lib/site';
import { robotsRules } from './robots';

describe('robotsRules', () => {
  it('lets a production build be crawled', () => {
    expect(robotsRules(shouldShowDrafts({ NODE_ENV: 'production' }))).toEqual({ userAgent: '*', allow: '/' });
  });

  it('closes a preview build, which shows drafts, to every crawler', () => {
    for (const env of [
      { NODE_ENV: 'production', SHOW_DRAFTS: '1' },
      { NODE_ENV: 'production', VERCEL_ENV: 'preview' },
    ] as const) {
      expect(robotsRules(shouldShowDrafts(env))).toEqual({ userAgent: '*', disallow: '/' });
    }
  });
});
