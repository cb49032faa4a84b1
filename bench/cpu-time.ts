/**
 * CPU time spent on a piece of work, by this Node process and by the local PostgreSQL cluster it talks to (Linux
 * /proc). On a shared machine wall time measures the neighbours as much as the work: the CPU seconds it took do not
 * depend on who else is running, so a ratio of CPU times still says something when the load average is 15.
 */
import { readdirSync, readFileSync } from "node:fs";
import pg from "pg";

// /proc/<pid>/stat counts in clock ticks: 100 a second on Linux.
const TICKS_PER_SECOND = 100;
// Long enough for the postmaster to reap a backend that ended, even on a busy machine.
const REAP_WAIT_MS = 1000;

function statFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // After the command name, which may hold spaces: state, ppid, … utime (14th field), stime, cutime, cstime.
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

/** The cluster's CPU seconds so far: the postmaster, its live children, and the children it has reaped (ended backends). */
function clusterCpuSeconds(postmaster: number): number {
  const own = statFields(postmaster);
  if (!own) return NaN;
  let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    if (!pid) continue;
    const fields = statFields(pid);
    if (fields && Number(fields[1]) === postmaster) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / TICKS_PER_SECOND;
}

/** The postmaster of the cluster at `databaseUrl`: the parent of a backend. */
export async function postmasterOf(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    return Number(statFields(rows[0].pid)?.[1]);
  } finally {
    await client.end();
  }
}

export interface CpuSeconds {
  node: number;
  postgres: number;
  total: number;
}

export interface CpuClock {
  /** CPU seconds of this process and of the cluster since the clock started. */
  seconds(): CpuSeconds;
  /**
   * The same once a connection just closed is accounted for: its backend's time moves to the postmaster only once the
   * postmaster has reaped it, a few milliseconds after the client's end.
   */
  secondsAfterDisconnect(): Promise<CpuSeconds>;
}

export function cpuClock(postmaster: number): CpuClock {
  const node = process.cpuUsage();
  const cluster = clusterCpuSeconds(postmaster);
  const clock: CpuClock = {
    seconds() {
      const used = process.cpuUsage(node);
      const seconds = { node: (used.user + used.system) / 1e6, postgres: clusterCpuSeconds(postmaster) - cluster };
      return { ...seconds, total: seconds.node + seconds.postgres };
    },
    async secondsAfterDisconnect() {
      const node = clock.seconds().node;
      await new Promise((resolve) => setTimeout(resolve, REAP_WAIT_MS));
      const { postgres } = clock.seconds();
      return { node, postgres, total: node + postgres };
    },
  };
  return clock;
}
