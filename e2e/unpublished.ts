/*
 * content/posts/ holds a draft (npm-ci-zqdraftmarker.md) and an article scheduled for 2099
 * (ntp-zqschedmarker/, with an image). Each carries an ASCII marker word in its slug, tags and
 * body (the image in its SVG title), so a leak anywhere — a page, a list, a link, a feed, a
 * sitemap URL, a search index, a copied image — shows up as that word.
 */
export const DRAFT = { url: '/posts/npm-ci-zqdraftmarker/', title: 'npm ci یا npm install؟ نصب وابستگی‌ها در CI', marker: 'zqdraftmarker' };
export const SCHEDULED = {
  url: '/posts/ntp-zqschedmarker/',
  title: 'چرا ساعت سرورها باید هماهنگ باشد؟ نگاهی به NTP',
  marker: 'zqschedmarker',
  image: '/posts/ntp-zqschedmarker/ntp-exchange.svg',
  // 2099-03-21 09:00 on Iran's clock.
  jalaliDate: '۲ فروردین ۱۴۷۸',
};
export const MARKERS = [DRAFT.marker, SCHEDULED.marker];
