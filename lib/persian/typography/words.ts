/**
 * The word lists behind the ZWNJ rules. A rule fires only when it recognises a word here, so
 * precision comes from what is listed, never from a pattern alone: `می` + a known verb stem,
 * a known noun + `ها`, a known adjective + `تر`. Collected from Persian technical writing (the
 * seed article, Persian Hugo documentation and blogs), tried by hand against words that start
 * or end the same way (`میز`, `میوه`, `تنها`, `سهام`). Add words here, with a test.
 */

const words = (list: string): readonly string[] => Object.freeze(list.trim().split(/\s+/u));

/**
 * Present stems that take `می`/`نمی` (formal and the common colloquial ones), followed by a
 * personal ending: `می‌کنم`, `می‌شه`, `نمی‌دونم`. Left out on purpose because they collide with
 * common words: colloquial `ر` (`میرم` also means «I die»), `یا`/`ا` (`میان`), `مون` (`میمونی`).
 */
export const PRESENT_STEMS = words(`
  کن شو ش گو گوی گ ده د توان تون رو آی آ خواه خوا دان دون گیر یاب بین نویس خوان خون
  آموز ساز زن آور بر گذار ذار پرداز رس رسان کش پرس فهم مان نشین شین افت خور شناس فرست
  کوش اندیش سنج شمار نام چرخ پذیر گرد ریز پوش جو دار بند سوز شکن خند ترس کاه افزا نما
  بخش کار چسب خواب سپار گزین پیما آزما گشا فروش خر آمیز انداز پیوند نشان چین شنو گذر
  پز دوز پاش لرز جنگ کوب زای گرای ماند تاب باش طلب
`);

/** Past stems that take `می`/`نمی`: `می‌کردیم`, `نمی‌خواستند`, `می‌تونستیم`. */
export const PAST_STEMS = words(`
  کرد شد گفت داد توانست تونست رفت آمد اومد خواست دانست دونست گرفت یافت دید نوشت خواند
  خوند آموخت ساخت زد آورد برد گذاشت پرداخت رسید رساند کشید پرسید فهمید ماند موند نشست
  افتاد خورد شناخت فرستاد کوشید اندیشید سنجید شمرد نامید چرخید دوید پذیرفت گشت ریخت
  پوشید جست داشت بست سوخت شکست خندید ترسید کاست افزود نمود بخشید کاشت خوابید سپرد
  فروخت خرید انداخت پیوست نشاند چید کند شنید گذشت پخت دوخت لرزید جنگید کوبید زیست طلبید
`);

/** Personal endings after a present stem (never empty: `می` + bare stem is not a verb form). */
export const PRESENT_ENDINGS = words(`م ی د یم ید ند یی ییم یید یند ه ن ین`);

/** Personal endings after a past stem; empty is the third person singular (`می‌کرد`). */
export const PAST_ENDINGS = ['', ...words(`م ی یم ید ند ن ین ه`)] as readonly string[];

/** Object pronouns a verb may end with: `می‌گیرمش`, `می‌کنیمشون`. */
export const VERB_CLITICS = ['', ...words(`ش م ت شان شون مان مون تان تون`)] as readonly string[];

/**
 * Nouns (and pronouns) that take the plural `ها`. Only words that end in a joining letter
 * matter: after `ا د ذ ر ز ژ و` the ZWNJ changes nothing visible.
 */
export const NOUNS = words(`
  آن این مدل زبان بحث لایه شبکه تسک قید پارامتر روضه حرف تحقیق بررسی سری چیز فاز داده متن
  کلمه تصویر جمله فایل پرونده برنامه کد تابع کلاس متغیر بسته کتابخانه سرور کاربر صفحه مقاله
  نوشته تگ برچسب دسته پست لینک پیوند عکس نمونه مثال روش راه سیستم سامانه پروژه نسخه خطا
  مشکل سوال سؤال پاسخ جواب ویژگی قابلیت تنظیم ماژول کامپوننت مولفه مؤلفه دستور فرمان خط
  ستون ردیف جدول عدد رقم نماد آرایه رشته لیست فهرست گره یال گراف درخت شاخه کامیت تغییر
  آزمون تست درخواست پیام ایمیل رویداد پایگاه نتیجه خروجی ورودی مقدار نوع بخش قسمت فصل
  سطر نورون وزن الگوریتم ساختار فرایند فرآیند پردازش هسته کانال پیکسل ویدیو سند کلید دکمه
  منو فرم پنجره سایت وبسایت وبلاگ کاربرد نیاز هدف مرحله گام قدم قاعده قانون اصل مفهوم ایده
  نظر دیدگاه نکته روز سال ماه هفته ساعت دقیقه ثانیه دفعه نفر آدم انسان شرکت تیم گروه
  کشور شهر زمان مکان کتاب دوره درس آموزش منبع مرجع دانشجو استاد پژوهش مطالعه آزمایش
  نمودار شکل رنگ فونت قلم کله مدت دست پا چشم گوش دل گل شب کوه میلیون میلیارد ده
  افزونه قالب تم سرویس کانتینر ماشین دستگاه گوشی موبایل وب اپلیکیشن اپ
  کامپیوتر رایانه حافظه دیسک شاخص تراکنش جلسه پوشه دایرکتوری مسیر آدرس نشانی
  سطح بعد شیء تکه بلوک بیت بایت واحد توکن کاراکتر نویسه حرکت خبر
  مطلب یادداشت توضیح تعریف اسم نام عنوان لحظه وقت هزینه قیمت ارزش امکان
  پلتفرم سکو لاگ رکورد ستاره اشتباه باگ سلول موقعیت فرصت تهدید چالش راهکار
  ابزار اتفاق شرط حالت وضعیت مورد تکنیک ترفند بازی سبک طرح نقشه دیتاست
  دادگان مجموعه فیلم قاب اسلاید تمرین پروسه روال متد اسکریپت پکیج گزینه ترجمه
`);

/** Adjectives that take `تر`/`ترین` with a ZWNJ: `سخت‌تر`, `ساده‌ترین`. */
export const ADJECTIVES = words(`
  بزرگ کوچک سخت راحت ساده سریع مهم جدید قدیمی عام خاص دقیق پیچیده طولانی کوتاه بلند سبک
  سنگین ارزان گران زیاد قوی ضعیف آسان مشخص واضح روشن تمیز کامل عمیق سطحی جالب مناسب مفید
  کارآمد بهینه امن ایمن سالم نزدیک پایین بالا عجیب رایج معمول متداول عمومی تازه کهنه زیبا
  هوشمند منطقی طبیعی جدی مطلوب مرتب خوانا کارا فشرده گسترده محبوب معروف مشهور شفاف ساکت
  شلوغ خلوت تاریک سفید سیاه گرم سرد خنک داغ ارشد پیشرفته ابتدایی اصلی فرعی جامع کلی عملی
  نظری علمی ملموس پررنگ کمرنگ خلاصه
`);

/**
 * Words ending in a silent `ه` that take `ام`/`ای`/`اش`/`اند`… with a ZWNJ (`خانه‌ای`,
 * `کله‌اش`). Past participles (`شده`, `داده`) are made from the past stems and added below.
 */
const H_FINAL_NOUNS = words(`
  لایه شبکه روضه داده کلمه جمله پرونده برنامه بسته کتابخانه صفحه مقاله نوشته دسته نمونه
  نسخه نتیجه دقیقه ثانیه هفته قاعده مرحله ایده نکته دوره مطالعه هسته پنجره کله
  خانه مسئله مساله مسأله افزونه حافظه جلسه تکه مجموعه پروسه اندازه گزینه ترجمه خلاصه
  فاصله رابطه زمینه سرمایه شیوه نشانه وظیفه هزینه اجازه ساده پیچیده تازه کهنه بهینه
  فشرده گسترده پیشرفته آماده زنده خسته خوشه
`);

/** `شده`, `داده`… and their negatives `نشده`, `نداده`. */
export const PARTICIPLES = Object.freeze(PAST_STEMS.flatMap((stem) => [stem + 'ه', 'ن' + stem + 'ه']));

export const H_FINAL_WORDS = Object.freeze([...new Set([...H_FINAL_NOUNS, ...PARTICIPLES])]);

/**
 * Suffix forms after a noun. `ها` with its possessive and copula endings; written joined to a
 * noun ending in a joining letter they need a ZWNJ (`مدل‌های`).
 */
export const PLURAL_SUFFIXES = words(`
  ها های هایی هایم هایت هایش هایمان هایتان هایشان هاست هام هات هاش هامون هاتون هاشون
`);

/** Comparative and superlative after an adjective, with colloquial `تره` (= `تر است`). */
export const COMPARATIVE_SUFFIXES = words(`تر تری ترین تره`);

/**
 * After a silent `ه`: pronouns, copula, `ای` (indefinite/«is»), possessives, and the second
 * part of the commonest compounds: `شده‌اند`, `برنامه‌ای`, `مسئله‌مون`, `دسته‌بندی`.
 */
export const H_SUFFIXES = words(`ام ات اش ای ایم اید اند است مان تان شان مون تون شون بندی سازی`);

/**
 * Words that look like `base + suffix` but are words in their own right. A token equal to one
 * of these, or starting with one (`تنهایی`, `سهامدار`), keeps its spelling.
 */
export const NOT_SUFFIXED = words(`
  تنها رها بها انتها اشتها اژدها سهام الهام ابهام اتهام اوهام ایهام
  بهتر بهترین بیشتر بیشترین کمتر کمترین مهتر کهتر
`);

/** Words starting with `می` that are not `می` + verb; a token equal to one (or starting with one) is kept. */
export const NOT_VERBS = words(`
  میز میوه میلیون میلیارد میان میانه میانی میدان میدانی میزان میش میگو میمون میخ میخک
  میکروب میکرو مینا میهن میهمان میراث میل میلی میلاد میخانه میگرن میکسر میتینگ مینیاتور
  میترا میثاق میگون میرزا میر میسر میدل
`);
