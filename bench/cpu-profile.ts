/**
 * `BENCH_CPU_PROFILE=<folder> npm run bench -- <scenario>`: the production server runs under `node --cpu-prof`, stops
 * gently at the end of the scenario (so Node writes its profile), and the hot spots are printed — self time per
 * package or part of the build, then per function. Decision 0026 reads the server under load with it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The folder asked for, or undefined: profiling is off. */
export const cpuProfileFolder = (): string | undefined => process.env.BENCH_CPU_PROFILE || undefined;

/** The flags that make `node` profile the app into `folder` (Node 20 refuses them in NODE_OPTIONS). */
export const cpuProfileFlags = (folder: string) => ["--cpu-prof", `--cpu-prof-dir=${folder}`];

/** Where a frame's code comes from: a package, a part of the build (the app's own code, Next's runtime), or Node. */
export function originOf(url: string): string {
  if (!url) return "(moteur V8 : GC, natif, inactif)";
  if (url.startsWith("node:")) return url;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) {
    // Next bundles its compiled dependencies (react-dom server, the RSC runtime) inside its own package.
    const compiled = /next\/dist\/compiled\/([^/]+)/.exec(url);
    return compiled ? `next/compiled/${compiled[1]}` : pkg[1];
  }
  if (url.includes("/.next/server/chunks/")) return ".next/server/chunks (code du portail + dépendances embarquées)";
  if (url.includes("/.next/server/")) return ".next/server (pages)";
  return url.replace(/^file:\/\//, "");
}

function selfMicroseconds(profile: CpuProfile): Map<number, number> {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  return self;
}

/** Self time grouped by `key`, largest first, as [key, share of all samples]. */
function hottest(profile: CpuProfile, key: (node: ProfileNode) => string, count: number): Array<[string, number]> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  let all = 0;
  for (const [id, us] of selfMicroseconds(profile)) {
    const node = byId.get(id);
    if (!node) continue;
    all += us;
    totals.set(key(node), (totals.get(key(node)) ?? 0) + us);
  }
  return [...totals].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, us]) => [name, us / all]);
}

const percent = (share: number) => `${(share * 100).toFixed(1).padStart(5)} %`;

/** The hot spots of one profile, as printable lines. */
export function hotSpots(profile: CpuProfile, count = 15): string[] {
  const seconds = profile.timeDeltas.reduce((sum, us) => sum + us, 0) / 1e6;
  const frame = ({ callFrame: { functionName, url, lineNumber } }: ProfileNode) =>
    `${functionName || "(anonyme)"} — ${originOf(url)}${url ? `:${lineNumber + 1}` : ""}`;
  return [
    `  profil CPU du serveur : ${seconds.toFixed(1)} s échantillonnées`,
    "  temps propre par origine :",
    ...hottest(profile, (node) => originOf(node.callFrame.url), count).map(([name, share]) => `    ${percent(share)}  ${name}`),
    "  temps propre par fonction :",
    ...hottest(profile, frame, count).map(([name, share]) => `    ${percent(share)}  ${name}`),
  ];
}

/** The profile the process `pid` wrote in `folder` (Node names it CPU.<date>.<time>.<pid>.<thread>.<n>.cpuprofile). */
export function readProfileOf(folder: string, pid: number): CpuProfile | undefined {
  const file = readdirSync(folder).find((name) => name.endsWith(".cpuprofile") && name.split(".")[3] === String(pid));
  return file ? (JSON.parse(readFileSync(join(folder, file), "utf8")) as CpuProfile) : undefined;
}
