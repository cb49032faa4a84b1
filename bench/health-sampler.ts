/**
 * What a load balancer sees during a scenario: GET /api/health every 100 ms, as its checks would, each with its
 * status and time. The bar: every answer a 200, within 100 ms.
 */
import { percentile, round, seconds } from "./scenario";

const INTERVAL_MS = 100;

export function sampleHealth(appUrl: string): { stop: () => Promise<Record<string, number>> } {
  const latencies: number[] = [];
  let failures = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = process.hrtime.bigint();
      try {
        const response = await fetch(`${appUrl}/api/health`, { signal: AbortSignal.timeout(5_000) });
        await response.arrayBuffer();
        if (response.status !== 200) failures++;
      } catch {
        failures++;
      }
      const elapsed = seconds(started) * 1000;
      latencies.push(elapsed);
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, INTERVAL_MS - elapsed)));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      latencies.sort((a, b) => a - b);
      return {
        healthChecks: latencies.length,
        healthFailures: failures,
        healthP95ms: round(percentile(latencies, 95), 1),
        healthMaxMs: round(latencies.at(-1) ?? NaN, 1),
      };
    },
  };
}
