// npm run bench:profile -- <dir> [--top 30]
// Sums the V8 CPU profiles in <dir> (written by children started with CPU_PROFILE_DIR, see
// README "Performance"): self time by function and by package, as shares of the profile.
// `(idle)` is time waiting; a large `writev` is time spent handing statements to the database.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

function packageOf(url: string, functionName: string): string {
  if (!url) return `(${functionName || 'native'})`;
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inModules) return inModules[1] as string;
  return url.replace(/^file:\/\//, '').replace(`${process.cwd()}/`, '');
}

function summarize(file: string, top: number): void {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const selfTime = new Map<number, number>();
  profile.samples.forEach((id, i) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const time = selfTime.get(node.id) ?? 0;
    total += time;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = packageOf(url, functionName);
    const name = `${functionName || '(anonymous)'} ${url ? `${where}:${lineNumber + 1}` : ''}`.trim();
    byFunction.set(name, (byFunction.get(name) ?? 0) + time);
    byPackage.set(where, (byPackage.get(where) ?? 0) + time);
  }
  const print = (title: string, entries: Map<string, number>) => {
    console.log(`  ${title}`);
    for (const [name, time] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(`  ${((time / total) * 100).toFixed(1).padStart(5)}%  ${name}`);
    }
  };
  console.log(`${file}: ${(total / 1e6).toFixed(1)} s`);
  print('by function (self time)', byFunction);
  print('by package', byPackage);
}

function main(): void {
  const args = process.argv.slice(2);
  const at = args.indexOf('--top');
  const top = at >= 0 ? Number(args[at + 1]) : 30;
  const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--top');
  if (!dir) throw new Error('usage: npm run bench:profile -- <dir> [--top 30]');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.cpuprofile'));
  if (files.length === 0) throw new Error(`no .cpuprofile in ${dir}`);
  for (const file of files.sort()) summarize(join(dir, file), top);
}

main();
