import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * `BUILD_CPU_PROFILE_DIR=<dir> next build`: every build process that loads content writes CPU
 * profiles of itself to <dir> (the benchmark's profile of where a build's time goes). Next's own
 * NEXT_CPU_PROF misses the prerendering workers, which are stopped without an exit to save on,
 * so the profile is saved in slices every half minute and read back as one.
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
  const save = () => {
    session.post('Profiler.stop', (error, result) => {
      if (!error) {
        mkdirSync(dir, { recursive: true });
        writeFileSync(path.join(/* turbopackIgnore: true */ dir, `${process.pid}-${String(slice++).padStart(3, '0')}.cpuprofile`), JSON.stringify(result.profile));
      }
      session.post('Profiler.start');
    });
  };
  setInterval(save, 30_000).unref();
  process.on('exit', save);
}
