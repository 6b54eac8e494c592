/**
 * A deterministic generator of realistic Persian technical articles for the benchmark: the same
 * seed always gives the same files, so builds of 100 or 1,000 articles can be compared.
 *
 * "Realistic" means shaped like the site's real articles: Persian prose with ZWNJs and English
 * terms, headings, lists, code, tables, math, callouts in MDX, page bundles with a cover, tags
 * from a long-tailed distribution and some multi-part series.
 */

export interface GeneratedFile {
  /** Path inside the content folder, e.g. `posts/<slug>/index.md`. */
  path: string;
  /** Text for articles; for images, a description `{ kind: 'cover', seed }` the writer renders. */
  text?: string;
  cover?: { width: number; height: number; hue: number };
}

export interface GeneratorOptions {
  count: number;
  seed?: number;
}

/** mulberry32: tiny, fast and good enough to pick words; never Math.random (not reproducible). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (random: Random, min: number, max: number): number => min + Math.floor(random() * (max - min + 1));

function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** Zipf-like: the first items are much more common, as tags on real blogs are. */
function pickSkewed<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(items.length * random() ** 2.2)]!;
}

const TOPICS = [
  'پایتون', 'جاوااسکریپت', 'TypeScript', 'Go', 'Rust', 'داکر', 'کوبرنتیز', 'لینوکس', 'گیت', 'پایگاه داده',
  'PostgreSQL', 'Redis', 'یادگیری ماشین', 'یادگیری عمیق', 'هوش مصنوعی', 'الگوریتم', 'ساختمان داده', 'شبکه',
  'امنیت', 'رمزنگاری', 'React', 'Next.js', 'Node.js', 'تست نرم‌افزار', 'معماری نرم‌افزار', 'میکروسرویس',
  'DevOps', 'CI/CD', 'ابزارهای خط فرمان', 'ویرایشگر', 'کارایی', 'وب', 'CSS', 'دسترس‌پذیری', 'فارسی‌سازی',
  'سیستم‌عامل', 'کامپایلر', 'برنامه‌نویسی تابعی', 'هم‌روندی', 'ابر', 'مانیتورینگ', 'لاگ', 'GraphQL', 'REST',
  'بهینه‌سازی', 'ریاضیات', 'آمار', 'پردازش زبان طبیعی', 'بینایی ماشین', 'LLM', 'کلان‌داده', 'Kafka',
  'Elasticsearch', 'Nginx', 'HTTP', 'DNS', 'SQL', 'C++', 'C#', 'Java',
] as const;

const CATEGORIES = ['برنامه‌نویسی', 'هوش مصنوعی', 'زیرساخت', 'پایگاه داده', 'وب', 'امنیت', 'ابزارها', 'مبانی'] as const;

const SUBJECTS = [
  'این روش', 'کتابخانهٔ استاندارد', 'کامپایلر', 'سرور', 'مرورگر', 'پایگاه داده', 'صف پیام', 'حافظهٔ نهان',
  'مدل زبانی', 'تابع بازگشتی', 'ساختار درختی', 'زمان‌بند سیستم‌عامل', 'لایهٔ شبکه', 'این الگوریتم',
  'تیم ما', 'بیشتر برنامه‌نویس‌ها', 'ابزارهای جدید', 'نسخهٔ تازه', 'فایل پیکربندی', 'رابط برنامه‌نویسی',
] as const;

const VERBS = [
  'داده‌ها را سریع‌تر پردازش می‌کند', 'هزینهٔ نگهداری را پایین می‌آورد', 'خطاها را زودتر نشان می‌دهد',
  'در بار زیاد هم پایدار می‌ماند', 'حافظهٔ کمتری مصرف می‌کند', 'خواندن کد را ساده‌تر می‌کند',
  'به پیکربندی دقیق‌تری نیاز دارد', 'با نسخه‌های قدیمی سازگار نیست', 'در عمل بسیار رایج شده است',
  'پیچیدگی زمانی را از O(n^2) به O(n log n) می‌رساند', 'درخواست‌ها را میان چند نمونه پخش می‌کند',
  'نتیجه‌ها را در حافظه نگه می‌دارد', 'تغییرات را مرحله‌به‌مرحله اعمال می‌کند', 'خروجی را قابل‌پیش‌بینی می‌کند',
  'وابستگی‌ها را از هم جدا می‌کند', 'کار تیم‌ها را هماهنگ‌تر می‌کند', 'بدون تست خودکار خطرناک است',
] as const;

const CONNECTIVES = ['در نتیجه', 'از طرف دیگر', 'با این حال', 'به همین دلیل', 'برای نمونه', 'در واقع', 'به بیان ساده‌تر', 'البته'] as const;

const TERMS = [
  'API', 'cache', 'thread', 'pipeline', 'container', 'commit', 'merge', 'query', 'index', 'latency',
  'throughput', 'GPT-4', 'Node.js 20', 'Python 3.12', 'HTTP/2', 'JSON', 'YAML', 'garbage collector', 'event loop',
] as const;

const OBSERVATIONS = [
  'تجربهٔ من نشان می‌دهد که اندازه‌گیری پیش از بهینه‌سازی همیشه ارزشش را دارد',
  'بسیاری از مشکلات در محیط توسعه دیده نمی‌شوند و فقط در محیط واقعی خودشان را نشان می‌دهند',
  'نوشتن مستندات کوتاه کنار کد، کار هم‌تیمی‌ها را بسیار ساده‌تر می‌کند',
  'هر تصمیم فنی هزینه‌ای دارد که باید آن را با دقت سنجید',
  'ساده‌ترین راه‌حل معمولاً همان است که سال‌ها بعد هم می‌شود نگهش داشت',
  'خواندن کد دیگران یکی از بهترین راه‌های یادگیری است',
  'پیش از انتخاب یک ابزار، محدودیت‌هایش را هم بشناسید',
  'نسخه‌های کتابخانه‌ها را ثابت نگه دارید تا ساخت‌ها تکرارپذیر بمانند',
] as const;

const HEADINGS = [
  'مقدمه', 'چرا این موضوع مهم است؟', 'نصب و راه‌اندازی', 'یک مثال ساده', 'پیاده‌سازی', 'مقایسهٔ روش‌ها',
  'خطاهای رایج', 'بهینه‌سازی', 'تست و اندازه‌گیری', 'نکته‌های عملی', 'محدودیت‌ها', 'جمع‌بندی', 'منابع بیشتر',
  'پیکربندی در محیط واقعی', 'گام بعدی', 'پرسش‌های متداول',
] as const;

const TITLE_PATTERNS = [
  (a: string, b: string) => `آشنایی با ${a} برای برنامه‌نویس‌های ${b}`,
  (a: string) => `${a} در عمل: از نصب تا محیط واقعی`,
  (a: string, b: string) => `مقایسهٔ ${a} و ${b}`,
  (a: string) => `ده نکته دربارهٔ ${a} که کاش زودتر می‌دانستم`,
  (a: string) => `چگونه ${a} را سریع‌تر کنیم؟`,
  (a: string, b: string) => `راهنمای کامل ${a} با مثال‌هایی از ${b}`,
  (a: string) => `خطاهای رایج در ${a} و راه حل آن‌ها`,
  (a: string) => `${a} از صفر: مفاهیم پایه`,
] as const;

const CODE_SAMPLES: ReadonlyArray<{ lang: string; code: string }> = [
  { lang: 'python', code: 'def binary_search(items, target):\n    low, high = 0, len(items) - 1\n    while low <= high:\n        mid = (low + high) // 2\n        if items[mid] == target:\n            return mid\n        if items[mid] < target:\n            low = mid + 1\n        else:\n            high = mid - 1\n    return -1' },
  { lang: 'ts', code: 'export async function fetchJson<T>(url: string): Promise<T> {\n  const response = await fetch(url);\n  if (!response.ok) throw new Error(`HTTP ${response.status}`);\n  return (await response.json()) as T;\n}' },
  { lang: 'bash', code: 'docker build -t app .\ndocker run --rm -p 8080:8080 app\ncurl -fsS http://127.0.0.1:8080/health' },
  { lang: 'go', code: 'func worker(jobs <-chan int, results chan<- int) {\n\tfor j := range jobs {\n\t\tresults <- j * 2\n\t}\n}' },
  { lang: 'sql', code: 'SELECT author, COUNT(*) AS posts\nFROM articles\nWHERE published_at > NOW() - INTERVAL \'1 year\'\nGROUP BY author\nORDER BY posts DESC;' },
  { lang: 'yaml', code: 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "80:80"\n  cache:\n    image: redis:7' },
  { lang: 'rust', code: 'fn main() {\n    let words = vec!["سلام", "دنیا"];\n    for (i, w) in words.iter().enumerate() {\n        println!("{i}: {w}");\n    }\n}' },
];

const MATH = ['$$\nT(n) = 2T\\left(\\frac{n}{2}\\right) + O(n) = O(n \\log n)\n$$', '$$\n\\sigma(x) = \\frac{1}{1 + e^{-x}}\n$$', '$$\n\\text{softmax}(z_i) = \\frac{e^{z_i}}{\\sum_j e^{z_j}}\n$$'];

function sentence(random: Random): string {
  const parts = [pick(random, SUBJECTS), pick(random, VERBS)];
  const roll = random();
  if (roll < 0.25) return `${pick(random, CONNECTIVES)}، ${parts.join(' ')}.`;
  if (roll < 0.5) return `وقتی از \`${pick(random, TERMS)}\` استفاده می‌کنیم، ${parts.join(' ')}.`;
  if (roll < 0.65) return `${pick(random, OBSERVATIONS)}.`;
  if (roll < 0.8) return `${parts[0]} در کنار ${pick(random, TERMS)} ${parts[1]}.`;
  return `${parts.join(' ')}؛ ${pick(random, OBSERVATIONS)}.`;
}

function paragraph(random: Random): string {
  return Array.from({ length: between(random, 3, 6) }, () => sentence(random)).join(' ');
}

function table(random: Random): string {
  const rows = between(random, 3, 6);
  const lines = ['| روش | زمان (ms) | حافظه (MB) | توضیح |', '| --- | --: | --: | --- |'];
  for (let i = 0; i < rows; i++) {
    lines.push(`| ${pick(random, TERMS)} | ${between(random, 2, 900)} | ${between(random, 8, 512)} | ${pick(random, VERBS)} |`);
  }
  return lines.join('\n');
}

function list(random: Random, ordered: boolean): string {
  return Array.from({ length: between(random, 3, 6) }, (_, i) => `${ordered ? `${i + 1}.` : '-'} ${sentence(random)}`).join('\n');
}

function body(random: Random, mdx: boolean): string {
  const blocks: string[] = [paragraph(random), paragraph(random)];
  const sections = between(random, 3, 7);
  const headings = shuffle(random, HEADINGS).slice(0, sections);
  for (const heading of headings) {
    blocks.push(`## ${heading}`);
    blocks.push(paragraph(random));
    const roll = random();
    if (roll < 0.45) {
      const sample = pick(random, CODE_SAMPLES);
      blocks.push('```' + sample.lang + '\n' + sample.code + '\n```');
    } else if (roll < 0.6) blocks.push(table(random));
    else if (roll < 0.8) blocks.push(list(random, random() < 0.4));
    else if (roll < 0.88) blocks.push(pick(random, MATH));
    else if (mdx) blocks.push(`<Callout type="tip">\n${sentence(random)}\n</Callout>`);
    else blocks.push(`> [!NOTE]\n> ${sentence(random)}`);
    if (random() < 0.4) {
      blocks.push(`### ${pick(random, HEADINGS)} در ${pick(random, TOPICS)}`);
      blocks.push(paragraph(random));
    }
    blocks.push(paragraph(random));
  }
  return blocks.join('\n\n') + '\n';
}

function isoDate(random: Random, index: number, count: number): string {
  // Spread over 2015–2026, roughly evenly, a little jitter so days repeat now and then.
  const start = Date.UTC(2015, 0, 1);
  const end = Date.UTC(2026, 9, 1);
  const day = start + ((end - start) * (index + random() * 0.8)) / count;
  return new Date(day).toISOString().slice(0, 10);
}

function yamlString(text: string): string {
  return JSON.stringify(text);
}

/** The article files (and cover image descriptions) for `count` articles. */
export function generateArticles({ count, seed = 1 }: GeneratorOptions): GeneratedFile[] {
  const random = createRandom(seed);
  const files: GeneratedFile[] = [];
  let seriesLeft = 0;
  let seriesName = '';
  let seriesPart = 0;
  for (let index = 0; index < count; index++) {
    const topic = pickSkewed(random, TOPICS);
    const other = pickSkewed(random, TOPICS);
    const title = pick(random, TITLE_PATTERNS)(topic, other);
    const tags = [...new Set([topic, ...Array.from({ length: between(random, 0, 3) }, () => pickSkewed(random, TOPICS))])];
    const category = pickSkewed(random, CATEGORIES);
    if (seriesLeft === 0 && random() < 0.03) {
      seriesLeft = between(random, 3, 6);
      seriesName = `مبانی ${topic}`;
      seriesPart = 0;
    }
    const inSeries = seriesLeft > 0;
    if (inSeries) {
      seriesLeft--;
      seriesPart++;
    }
    const mdx = random() < 0.2;
    const bundle = random() < 0.35;
    const slug = `article-${String(index + 1).padStart(5, '0')}`;
    const front = [
      '---',
      `title: ${yamlString(inSeries ? `${title} (بخش ${seriesPart})` : title)}`,
      `date: ${isoDate(random, index, count)}`,
      `tags: [${tags.map(yamlString).join(', ')}]`,
      `categories: [${yamlString(category)}]`,
      ...(inSeries ? [`series: ${yamlString(seriesName)}`] : []),
      ...(random() < 0.5 ? [`description: ${yamlString(sentence(random))}`] : []),
      ...(bundle ? ['cover:', '  image: cover.jpg', `  alt: ${yamlString(`تصویر جلد ${title}`)}`] : []),
      '---',
      '',
    ].join('\n');
    const text = front + body(random, mdx);
    const ext = mdx ? 'mdx' : 'md';
    if (bundle) {
      files.push({ path: `posts/${slug}/index.${ext}`, text });
      files.push({ path: `posts/${slug}/cover.jpg`, cover: { width: 1200, height: 675, hue: between(random, 0, 359) } });
    } else {
      files.push({ path: `posts/${slug}.${ext}`, text });
    }
  }
  return files;
}
