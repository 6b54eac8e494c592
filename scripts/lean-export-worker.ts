/** One thread of scripts/lean-export.ts: rewrites its share of the pages and reports back. */
import { parentPort, workerData } from 'node:worker_threads';
import { leanPages } from '@/lib/export/lean-export';
import type { LeanPageOptions } from '@/lib/export/lean-html';

const { source, target, pages, options } = workerData as { source: string; target: string; pages: string[]; options: LeanPageOptions };
parentPort!.postMessage(leanPages(source, target, pages, options));
