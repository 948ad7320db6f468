/** One read of the API as a client makes it, with the latency it must stay under. */
export interface ReadCase {
  name: string;
  path: string;
  token: string;
  targetP95Ms: number;
}

export interface ReadFigures {
  name: string;
  path: string;
  requests: number;
  failed: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  targetP95Ms: number;
  met: boolean;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * `requests` GETs of one read by `clients` clients at once (each sends its next request when its
 * last one answered), after a few warm-up requests; the latency is the client's whole round trip.
 */
export async function measureRead(baseUrl: string, read: ReadCase, clients: number, requests: number): Promise<ReadFigures> {
  const get = async (): Promise<{ ms: number; ok: boolean; status: number }> => {
    const started = performance.now();
    try {
      const answer = await fetch(`${baseUrl}${read.path}`, { headers: { authorization: `Bearer ${read.token}` } });
      await answer.arrayBuffer();
      return { ms: performance.now() - started, ok: answer.status === 200, status: answer.status };
    } catch {
      // No answer at all (e.g. the client's 5-minute wait for headers ran out): a failed request, counted as such.
      return { ms: performance.now() - started, ok: false, status: 0 };
    }
  };
  for (let i = 0; i < 3; i++) {
    const warmUp = await get();
    if (!warmUp.ok) throw new Error(`${read.name}: GET ${read.path} answered ${warmUp.status}, not 200`);
  }
  const latencies: number[] = [];
  let failed = 0;
  let sent = 0;
  const client = async (): Promise<void> => {
    while (sent < requests) {
      sent++;
      const { ms, ok } = await get();
      latencies.push(ms);
      if (!ok) failed++;
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  const sorted = latencies.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  const p95 = percentile(sorted, 95);
  return {
    name: read.name,
    path: read.path,
    requests: sorted.length,
    failed,
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(p95),
    maxMs: round(sorted[sorted.length - 1]),
    targetP95Ms: read.targetP95Ms,
    met: failed === 0 && p95 < read.targetP95Ms,
  };
}
