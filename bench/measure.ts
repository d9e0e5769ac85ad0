import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

/** One side of a scenario: the product or the baseline. */
export interface Measure {
  /** requests a second (load scenarios) */
  throughput: number;
  /** mean time of a request, ms */
  mean: number;
  /** 99th percentile (load scenarios) or slowest (timed scenarios), ms */
  p99: number;
  errors: number;
  /** how far the server's resident memory rose above where it was, MiB (export scenario) */
  peakRssMiB?: number;
}

export interface LoadRequest {
  path: string;
  method?: 'GET' | 'PUT' | 'POST';
  body?: string;
}

/**
 * autocannon against `origin`: for `seconds`, or for exactly `amount` requests (then
 * each request of `requests` is sent at most once). `latencies`, when given, collects the
 * time of every successful response, ms.
 */
export async function load(
  origin: string,
  requests: LoadRequest[],
  options: { connections: number; seconds?: number; amount?: number; token?: string; latencies?: number[] },
): Promise<Measure> {
  let next = 0;
  const settings: autocannon.Options = {
    url: origin,
    connections: options.connections,
    ...(options.amount !== undefined ? { amount: options.amount } : { duration: options.seconds ?? 1 }),
    headers: { 'content-type': 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
    requests: [
      {
        setupRequest: (request) => {
          const r = requests[next++ % requests.length] as LoadRequest;
          return { ...request, path: r.path, method: r.method ?? 'GET', ...(r.body !== undefined ? { body: r.body } : {}) };
        },
      },
    ],
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(settings, (error: unknown, result) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(result)));
    const { latencies } = options;
    if (latencies) instance.on('response', (_client, status, _bytes, time) => status < 300 && latencies.push(time));
  });
  return { throughput: result.requests.average, mean: result.latency.mean, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

/** Mean, 99th percentile and throughput of responses collected over several load runs lasting `seconds` in all. */
export function ofLatencies(latencies: readonly number[], seconds: number, errors: number): Measure {
  const sorted = [...latencies].sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length);
  return { throughput: sorted.length / seconds, mean, p99: sorted[Math.max(0, Math.ceil(sorted.length * 0.99) - 1)] ?? 0, errors };
}

/**
 * `work` run `iterations` times, one after the other; it answers whether the run
 * succeeded. `untimed` runs after each, outside the clock (to undo what work did).
 */
export async function timed(iterations: number, work: () => Promise<boolean>, untimed?: () => Promise<void>): Promise<Measure> {
  const times: number[] = [];
  let errors = 0;
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    if (!(await work())) errors++;
    times.push(performance.now() - started);
    await untimed?.();
  }
  const mean = times.reduce((a, b) => a + b, 0) / Math.max(1, times.length);
  return { throughput: 1000 / mean, mean, p99: Math.max(...times), errors };
}

function residentMiB(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : 0;
}

/** Samples a process's resident memory every 5 ms; `stop` answers the peak above the first sample, in MiB. */
export function watchMemory(pid: number): { stop(): number } {
  const start = residentMiB(pid);
  let peak = start;
  const timer = setInterval(() => (peak = Math.max(peak, residentMiB(pid))), 5);
  return {
    stop() {
      clearInterval(timer);
      peak = Math.max(peak, residentMiB(pid));
      return peak - start;
    },
  };
}
