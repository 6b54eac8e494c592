/**
 * Every piece of Persian interface copy, in one place, so wording and ZWNJs are reviewed once.
 * Functions take numbers already formatted with Persian digits.
 */
export const uiText = {
  skipToContent: 'پرش به محتوا',
  nav: {
    home: 'خانه',
    tags: 'برچسب‌ها',
    mainLabel: 'پیمایش اصلی',
  },
  footer: {
    builtWith: 'ساخته‌شده با Next.js؛ بدون ردیاب و بدون اسکریپت شخص ثالث.',
    fontCredit: 'قلم وزیرمتن، اثر صابر راستی‌کردار',
  },
  siteNav: {
    about: 'درباره',
  },
  theme: {
    /** The toggle's name; its pressed state says whether the dark scheme is on. */
    darkMode: 'حالت تاریک',
  },
  siteFooter: {
    label: 'پانوشت سایت',
    feed: 'خوراک RSS',
    feedHint: 'برای دنبال کردن نوشته‌های تازه در خبرخوان',
    about: 'دربارهٔ این سایت',
    copyright: (year: string, site: string) => `© ${year} ${site}`,
  },
  postMeta: {
    /** Screen readers hear these before the values that follow. */
    authors: 'نویسنده:',
    categories: 'دسته:',
    /** Read before the items of an article's details («تاریخ، زمان مطالعه…»). */
    label: 'مشخصات نوشته',
  },
  pages: {
    lastUpdated: 'آخرین به‌روزرسانی:',
  },
  articleExtras: {
    formulaLabel: 'فرمول (برای دیدن همهٔ آن افقی بکشید)',
  },
  home: {
    title: 'تازه‌ترین نوشته‌ها',
    empty: 'هنوز نوشته‌ای منتشر نشده است.',
  },
  post: {
    updated: 'به‌روزرسانی:',
  },
  article: {
    footnotes: 'پانویس‌ها',
    footnoteBack: (label: string) => `بازگشت به ارجاع ${label}`,
    toc: 'فهرست مطالب',
    headingAnchor: (heading: string) => `پیوند به بخش «${heading}»`,
    tags: 'برچسب‌ها',
    newer: 'نوشتهٔ تازه‌تر',
    older: 'نوشتهٔ قدیمی‌تر',
    seriesTitle: (series: string) => `مجموعهٔ «${series}»`,
    seriesPart: (part: string, total: string) => `بخش ${part} از ${total}`,
    currentPart: 'همین نوشته',
    related: 'نوشته‌های مرتبط',
    share: 'هم‌رسانی',
    copyLink: 'کپی پیوند',
    linkCopied: 'پیوند کپی شد',
    email: 'ایمیل',
    editThisPage: 'ویرایش این صفحه',
    tableLabel: 'جدول (برای دیدن همهٔ ستون‌ها افقی بکشید)',
  },
  code: {
    copy: 'کپی',
    copied: 'کپی شد',
    copyLabel: 'کپی کد',
    failed: 'کپی نشد',
  },
  callout: {
    note: 'یادداشت',
    tip: 'نکته',
    important: 'مهم',
    warning: 'هشدار',
    caution: 'احتیاط',
  },
  tags: {
    title: 'برچسب‌ها',
    tagTitle: (tag: string) => `نوشته‌های برچسب «${tag}»`,
    count: (count: string) => `${count} نوشته`,
  },
  feeds: {
    rss: (site: string) => `خوراک RSS ${site}`,
    atom: (site: string) => `خوراک Atom ${site}`,
    json: (site: string) => `خوراک JSON ${site}`,
    tagRss: (tag: string) => `خوراک RSS برچسب «${tag}»`,
  },
  /** Marks for articles readers cannot see yet, shown only in previews (`next dev`, preview builds). */
  publication: {
    draft: 'پیش‌نویس',
    scheduled: 'زمان‌بندی‌شده',
    draftNote: 'این نوشته هنوز منتشر نشده است و فقط در پیش‌نمایش دیده می‌شود.',
    scheduledNote: (date: string) => `انتشار در ${date}؛ تا آن زمان این نوشته فقط در پیش‌نمایش دیده می‌شود.`,
  },
  headerNav: {
    archive: 'بایگانی',
    search: 'جست‌وجو',
  },
  pagination: {
    label: 'صفحه‌های فهرست',
    newer: 'نوشته‌های تازه‌تر',
    older: 'نوشته‌های قدیمی‌تر',
    pageOf: (page: string, total: string) => `صفحهٔ ${page} از ${total}`,
    /** A later page's title: «برچسب «الگوریتم»، صفحهٔ ۲». */
    titleWithPage: (title: string, page: string) => `${title}، صفحهٔ ${page}`,
    /** The home page's later pages are not "latest" any more. */
    allPosts: 'همهٔ نوشته‌ها',
  },
  categories: {
    title: 'دسته‌ها',
    categoryTitle: (category: string) => `نوشته‌های دستهٔ «${category}»`,
    label: 'دسته',
  },
  series: {
    title: 'مجموعه‌ها',
    seriesTitle: (series: string) => `مجموعهٔ «${series}»`,
    part: (part: string) => `بخش ${part}`,
    partCount: (count: string) => `${count} بخش`,
    allParts: 'همهٔ بخش‌ها در یک صفحه',
  },
  archive: {
    title: 'بایگانی',
    intro: (count: string) => `همهٔ ${count} نوشته، به ترتیب تاریخ انتشار، از تازه‌ترین.`,
    count: (count: string) => `${count} نوشته`,
  },
  /** Hugo shortcodes shown as plain links (no third-party player or script is loaded). */
  hugo: {
    youtube: (title?: string) => (title ? `ویدیو در یوتیوب: ${title}` : 'ویدیو در یوتیوب'),
    vimeo: (title?: string) => (title ? `ویدیو در ویمئو: ${title}` : 'ویدیو در ویمئو'),
    gist: (name: string) => `کد در گیت‌هاب گیست: ${name}`,
    tweet: 'پست در ایکس (توییتر)',
    instagram: 'پست در اینستاگرام',
    detailsSummary: 'جزئیات',
    redirecting: 'این نوشته به نشانی تازه‌ای منتقل شده است:',
  },
  byline: {
    authors: 'نویسنده:',
    categories: 'دسته:',
  },
  notFound: {
    title: 'صفحه پیدا نشد',
    body: 'نشانی‌ای که باز کرده‌اید وجود ندارد یا جابه‌جا شده است.',
    backHome: 'بازگشت به صفحهٔ اصلی',
  },
  search: {
    title: 'جست‌وجو',
    formLabel: 'جست‌وجو در نوشته‌ها',
    inputLabel: 'عبارت جست‌وجو',
    placeholder: 'جست‌وجو…',
    submit: 'جست‌وجو',
    shortcutHint: 'میان‌بر: / یا Ctrl+K',
    intro: 'واژه یا عبارتی بنویسید تا در عنوان، سرفصل‌ها، برچسب‌ها و متن همهٔ نوشته‌ها جست‌وجو شود.',
    loading: 'در حال بارگذاری نمایهٔ جست‌وجو…',
    loadFailed: 'نمایهٔ جست‌وجو بارگذاری نشد. اتصال اینترنت را بررسی کنید و دوباره جست‌وجو کنید.',
    resultCount: (count: string, query: string) => `${count} نتیجه برای «${query}»`,
    shownCount: (count: string) => `${count} نتیجهٔ نخست در زیر آمده است.`,
    partial: 'هیچ نوشته‌ای همهٔ این واژه‌ها را نداشت؛ نوشته‌های زیر بخشی از آن‌ها را دارند.',
    noResults: (query: string) => `نتیجه‌ای برای «${query}» پیدا نشد.`,
    noResultsHint: 'املای واژه‌ها را بررسی کنید یا واژه‌های کمتر یا کلی‌تری بنویسید.',
    truncated: (max: string) => `عبارت جست‌وجو بیش از ${max} نویسه بود و کوتاه شد.`,
    resultsLabel: 'نتیجه‌های جست‌وجو',
    allResults: 'همهٔ نتیجه‌ها',
    needsJavaScript: 'نتیجه‌های جست‌وجو با جاوااسکریپت نمایش داده می‌شوند.',
  },
} as const;
