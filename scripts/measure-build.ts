/**
 * `npx tsx scripts/measure-build.ts <command…>`: runs a command (e.g. `npx next build` with
 * CONTENT_DIR set) and prints its last output and the CPU seconds and peak memory of every
 * process it started, by kind (scripts/bench/process-tree.ts): one build measured by hand, as
 * the benchmark measures its builds.
 */
import { measureProcessTree } from './bench/process-tree';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: npx tsx scripts/measure-build.ts <command> [args…]');
  process.exit(2);
}
const usage = await measureProcessTree(command, args, process.env);
console.log(usage.output.slice(-2500));
const { output: _output, ...figures } = usage;
console.log(JSON.stringify(figures, null, 1));
process.exit(usage.exitCode ?? 1);
