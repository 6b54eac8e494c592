/**
 * CPU time and peak memory of a command and every process it starts (Next's build runs
 * workers), read from /proc while it runs. Linux only; elsewhere only wall time is reported.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcessTreeUsage {
  wallSeconds: number;
  /** User + system CPU seconds summed over the whole tree (undefined off Linux). */
  cpuSeconds?: number;
  /** Highest sum of resident memory over the tree at one moment, in MB. */
  peakMemoryMb?: number;
  /** CPU seconds by kind of process (`processKind`): the build's main process, its workers… */
  cpuByKind?: Record<string, number>;
  /** Resident MB by kind of process at the moment of the peak. */
  peakMemoryByKindMb?: Record<string, number>;
  exitCode: number | null;
  output: string;
}

/** A short name for a build process from its command line. */
export function processKind(commandLine: string): string {
  if (/jest-worker\/processChild/.test(commandLine)) return 'prerender worker';
  if (/scripts\/next-build\.mjs/.test(commandLine)) return 'build steps (scripts/next-build.mjs)';
  if (/next-build|next\/dist\/bin\/next|\bnext build/.test(commandLine)) return 'next build (bundler, main)';
  if (/pool_entry|turbopack/.test(commandLine)) return 'bundler pool (postcss)';
  if (/redirects\.ts/.test(commandLine)) return 'redirects (next.config)';
  return 'other';
}

function commandLineOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

const CLOCK_TICKS = 100; // USER_HZ on Linux

interface ProcSample {
  ppid: number;
  cpuTicks: number;
  rssKb: number;
}

function readProc(pid: number): ProcSample | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may contain spaces and parentheses: split after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return { ppid: Number(fields[1]), cpuTicks: Number(fields[11]) + Number(fields[12]), rssKb };
  } catch {
    return undefined; // gone between listing and reading
  }
}

function descendants(root: number): Map<number, ProcSample> {
  const all = new Map<number, ProcSample>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const sample = readProc(Number(name));
    if (sample) all.set(Number(name), sample);
  }
  const tree = new Map<number, ProcSample>();
  const add = (pid: number) => {
    const sample = all.get(pid);
    if (!sample || tree.has(pid)) return;
    tree.set(pid, sample);
    for (const [child, info] of all) if (info.ppid === pid) add(child);
  };
  add(root);
  return tree;
}

export function measureProcessTree(command: string, args: string[], env: NodeJS.ProcessEnv, intervalMs = 100): Promise<ProcessTreeUsage> {
  const start = performance.now();
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const linux = process.platform === 'linux';
  const cpuByPid = new Map<number, number>();
  const kindByPid = new Map<number, string>();
  let peakByKind: Record<string, number> = {};
  let peakKb = 0;
  const sample = () => {
    if (!linux || child.pid === undefined) return;
    const tree = descendants(child.pid);
    let rss = 0;
    for (const [pid, info] of tree) {
      rss += info.rssKb;
      cpuByPid.set(pid, Math.max(cpuByPid.get(pid) ?? 0, info.cpuTicks));
      // Read at every sample: between fork and exec a child shows its parent's command line
      // (a prerender worker first looks like `next build`), and one read would keep that kind.
      const commandLine = commandLineOf(pid);
      if (commandLine) kindByPid.set(pid, processKind(commandLine));
      else if (!kindByPid.has(pid)) kindByPid.set(pid, 'other');
    }
    if (rss > peakKb) {
      peakKb = rss;
      peakByKind = {};
      for (const [pid, info] of tree) {
        const kind = kindByPid.get(pid) ?? 'other';
        peakByKind[kind] = (peakByKind[kind] ?? 0) + info.rssKb / 1024;
      }
    }
  };
  const timer = setInterval(sample, intervalMs);
  return new Promise((resolve) => {
    child.on('close', async (exitCode) => {
      clearInterval(timer);
      // A build is over when every process of it is: Next's prerender worker can outlive the
      // build command by a moment, still writing (a CPU profile, for one).
      await whileAnyAlive([...cpuByPid.keys()], 30_000);
      const cpuTicks = [...cpuByPid.values()].reduce((sum, ticks) => sum + ticks, 0);
      const cpuByKind: Record<string, number> = {};
      for (const [pid, ticks] of cpuByPid) {
        const kind = kindByPid.get(pid) ?? 'other';
        cpuByKind[kind] = (cpuByKind[kind] ?? 0) + ticks / CLOCK_TICKS;
      }
      resolve({
        wallSeconds: (performance.now() - start) / 1000,
        cpuSeconds: linux ? cpuTicks / CLOCK_TICKS : undefined,
        peakMemoryMb: linux ? peakKb / 1024 : undefined,
        cpuByKind: linux ? cpuByKind : undefined,
        peakMemoryByKindMb: linux ? peakByKind : undefined,
        exitCode,
        output,
      });
    });
  });
}

async function whileAnyAlive(pids: number[], maxMs: number): Promise<void> {
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  for (const end = performance.now() + maxMs; pids.some(alive) && performance.now() < end; ) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Resident memory of a process and all its descendants right now, in MB (Linux only). */
export function treeMemoryMb(root: number): number {
  let rssKb = 0;
  for (const sample of descendants(root).values()) rssKb += sample.rssKb;
  return rssKb / 1024;
}
