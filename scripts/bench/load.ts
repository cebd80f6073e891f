/** One fixed-concurrency load run with autocannon; latency percentiles from every response. */
import autocannon from 'autocannon';

export type LoadResult = {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  status5xx: number;
};

const pct = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);

export async function load(url: string, opts: { connections: number; duration: number; headers?: Record<string, string> }): Promise<LoadResult> {
  const times: number[] = [];
  const instance = autocannon({ url, connections: opts.connections, duration: opts.duration, headers: opts.headers, timeout: 30 });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => times.push(ms));
  const r = await instance;
  times.sort((a, b) => a - b);
  return {
    requests: r.requests.total,
    rps: Math.round((r.requests.total / r.duration) * 10) / 10,
    p50: round(pct(times, 50)),
    p95: round(pct(times, 95)),
    p99: round(pct(times, 99)),
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    status5xx: r['5xx'],
  };
}

const round = (ms: number) => Math.round(ms * 10) / 10;
