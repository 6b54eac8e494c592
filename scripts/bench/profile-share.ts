/**
 * Where a build's JavaScript time goes, from the CPU profiles its processes save with
 * BUILD_CPU_PROFILE_DIR (lib/bench/cpu-profile.ts): the share of sampled, non-idle time spent
 * under given functions (e.g. the content loader and the article compiler).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string }; children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileShare {
  /** Sampled time that was not idle, in seconds, over all profiles. */
  busySeconds: number;
  /** Seconds under each named function (counted once per sample however deeply it recurses). */
  under: Record<string, number>;
}

const IDLE = new Set(['(idle)', '(program)']);

export function profileShare(profiles: CpuProfile[], functionNames: string[]): ProfileShare {
  const under: Record<string, number> = Object.fromEntries(functionNames.map((name) => [name, 0]));
  let busy = 0;
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    profile.samples.forEach((sample, index) => {
      const seconds = (profile.timeDeltas[index] ?? 0) / 1e6;
      if (IDLE.has(byId.get(sample)?.callFrame.functionName ?? '')) return;
      busy += seconds;
      const seen = new Set<string>();
      for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
        const name = byId.get(id)!.callFrame.functionName;
        if (Object.hasOwn(under, name) && !seen.has(name)) {
          seen.add(name);
          under[name]! += seconds;
        }
      }
    });
  }
  return { busySeconds: busy, under };
}

export function readProfiles(dir: string): CpuProfile[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.cpuprofile'))
    .map((file) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as CpuProfile);
}
