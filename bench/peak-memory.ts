/**
 * The peak resident memory of a process and its children (Next's server may fork workers), read from /proc every
 * 200 ms while a scenario runs.
 */
import { readFileSync } from "node:fs";

const INTERVAL_MS = 200;

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").split(" ").filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function residentKiB(pid: number): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((l) => l.startsWith("VmRSS:"));
    return line ? Number(line.split(/\s+/)[1]) : 0;
  } catch {
    return 0;
  }
}

function treeResidentKiB(pid: number): number {
  return residentKiB(pid) + childrenOf(pid).reduce((sum, child) => sum + treeResidentKiB(child), 0);
}

export function samplePeakMemory(pid: number | undefined): { stop: () => { appPeakRssMiB: number } } {
  let peak = 0;
  const sample = () => {
    if (pid) peak = Math.max(peak, treeResidentKiB(pid));
  };
  sample();
  const timer = setInterval(sample, INTERVAL_MS);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { appPeakRssMiB: Math.round(peak / 1024) };
    },
  };
}
