import { mkdirSync, writeFileSync } from 'node:fs';
import { constants } from 'node:os';
import path from 'node:path';

/**
 * `BUILD_CPU_PROFILE_DIR=<dir> next build`: every build process that loads content writes CPU
 * profiles of itself to <dir> (the benchmark's profile of where a build's time goes). Next's own
 * NEXT_CPU_PROF misses the prerendering workers, which are stopped by a signal, not an exit, so
 * the profile is saved in slices every half minute and when the signal comes, and read back as one.
 */
export function profileThisProcess(dir = process.env.BUILD_CPU_PROFILE_DIR): void {
  const state = globalThis as { __persianCpuProfile?: boolean };
  if (!dir || state.__persianCpuProfile) return;
  state.__persianCpuProfile = true;
  // Loaded only when asked for: the inspector has no business in a normal build.
  const { Session } = process.getBuiltinModule('node:inspector') as typeof import('node:inspector');
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 1000 });
  session.post('Profiler.start');
  let slice = 0;
  let ended = false;
  const writeSlice = (then: () => void) => {
    session.post('Profiler.stop', (error, result) => {
      if (!error) {
        mkdirSync(dir, { recursive: true });
        writeFileSync(path.join(/* turbopackIgnore: true */ dir, `${process.pid}-${String(slice++).padStart(3, '0')}.cpuprofile`), JSON.stringify(result.profile));
      }
      then();
    });
  };
  setInterval(() => {
    if (!ended) writeSlice(() => session.post('Profiler.start'));
  }, 30_000).unref();
  const end = (then: () => void) => {
    if (ended) return;
    ended = true;
    writeSlice(then);
  };
  process.on('exit', () => end(() => {}));
  // Next ends its prerendering worker with SIGINT (then SIGTERM): without these, a build whose
  // worker ran under half a minute left no profile of it at all.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => end(() => process.exit(128 + constants.signals[signal])));
  }
}
