import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * Builds an output folder (the static export, `.next/`) so that a deploy never finds it half
 * written: the build writes into a temporary sibling folder, which takes the target's place by
 * a rename only once the build has succeeded. A build that fails or is killed leaves the
 * previous output as it was, and its temporary folder is removed by the next run. A sibling, so
 * that the rename stays on one file system.
 *
 * `build` gets the temporary folder and must write everything there (e.g. `NEXT_DIST_DIR`).
 * Next.js's build cache (`cache/` of the previous output) is lent to the build, so a rebuild
 * stays incremental; a failed build gives it back, a killed one loses it (only a cache).
 */
export async function buildAtomically(target: string, build: (temporary: string) => void | Promise<void>): Promise<void> {
  const absolute = path.resolve(target);
  removeLeftovers(absolute);
  const temporary = `${absolute}${BUILDING}${process.pid}`;
  rmSync(temporary, { recursive: true, force: true });
  mkdirSync(temporary, { recursive: true });
  const cache = path.join(absolute, 'cache');
  const lent = existsSync(cache);
  if (lent) renameSync(cache, path.join(temporary, 'cache'));
  try {
    await build(temporary);
  } catch (error) {
    if (lent && existsSync(path.join(temporary, 'cache')) && !existsSync(cache)) renameSync(path.join(temporary, 'cache'), cache);
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
  // Two renames: the target is briefly absent, never half written. The old one is deleted last.
  const old = `${absolute}${OLD}${process.pid}`;
  if (existsSync(absolute)) renameSync(absolute, old);
  renameSync(temporary, absolute);
  rmSync(old, { recursive: true, force: true });
}

const BUILDING = '.building-';
const OLD = '.old-';

/** Folders of earlier runs that were killed before they finished (their process is gone). */
function removeLeftovers(target: string): void {
  const parent = path.dirname(target);
  const name = path.basename(target);
  if (!existsSync(parent)) return;
  for (const entry of readdirSync(parent)) {
    const pid = new RegExp(`^${escapeRegExp(name)}(?:${escapeRegExp(BUILDING)}|${escapeRegExp(OLD)})(\\d+)$`).exec(entry)?.[1];
    if (pid && !isRunning(Number(pid))) rmSync(path.join(parent, entry), { recursive: true, force: true });
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return !isZombie(pid);
  } catch (error) {
    // EPERM: it exists, owned by someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A killed build whose parent died with it stays a zombie until the system reaps it (in some
 * containers, much later): its pid still answers kill(0), yet it will write nothing more.
 */
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return false;
  }
}
