/** What robots.txt says: crawl everything, or (a preview build that shows drafts) nothing. */
export function robotsRules(isPreview: boolean) {
  return isPreview ? { userAgent: '*', disallow: '/' } : { userAgent: '*', allow: '/' };
}
