/**
 * Client overhead per request against a loopback server with 64 requests in flight: raw fetch, ky alone, the SDK,
 * and the SDK with response validation. Each client is used with its defaults (retries on, the SDK's per-attempt
 * and total timeouts) and sends the same bearer token; the SDK asks a token function, as a page that refreshes does.
 *
 * CPU time is this process's (user + system, from process.cpuUsage) divided by requests; the server runs in a
 * child process, so its work is not counted. After a warm-up round, every client runs once per round, in an order
 * rotated each round so that none always goes first; the table gives the median over rounds and the spread
 * (lowest–highest), and the ratio to ky is the median (and interquartile range) of the per-round ratios, which
 * cancels drift in machine load.
 *
 * Run: pnpm bench (after pnpm build). Not a test. Environment: BENCH_ROUNDS (default 21), BENCH_REQUESTS (per client
 * per round, default 1500, or 10 000 in memory), BENCH_ONLY (client names, comma-separated, e.g. `sdk` when
 * profiling with --cpu-prof), BENCH_SERVER=memory (every client's `fetch` answers from memory: the clients' own work
 * without the socket stack's; the `fetch` row then measures only building the answer).
 */
import { fork } from 'node:child_process';
import * as checks from '@motcua/contract/checks';
import { createClient } from '@motcua/sdk';
import { createValidation } from '@motcua/sdk/validation';
import ky from 'ky';

const IN_MEMORY = process.env.BENCH_SERVER === 'memory';
// In memory a request costs a fraction of a loopback one: more of them keep a round long enough to measure.
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? (IN_MEMORY ? 10_000 : 1500));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 21);
const WARM_UP = 3000;
const IN_FLIGHT = 64;
const TOKEN = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJiZW5jaCJ9.c2lnbmF0dXJl';

const body = JSON.stringify({
  items: Array.from({ length: 5 }, (_, i) => ({
    code: `0${i + 1}`,
    level: 'province',
    type: 'province',
    name: `Tỉnh ${i}`,
    fullName: `Tỉnh số ${i}`,
    fullNameEn: `Province ${i}`,
  })),
});

if (process.argv[2] === 'server') {
  const { createServer } = await import('node:http');
  const server = createServer((_, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => process.send?.((server.address() as { port: number }).port));
} else {
  // BENCH_SERVER=memory answers from memory instead: no sockets, so what remains is each client's own work.
  const child = IN_MEMORY ? undefined : fork(new URL(import.meta.url).pathname, ['server']);
  const port = child
    ? await new Promise<number>((resolve) => child.once('message', (m) => resolve(m as number)))
    : 80;
  const base = `http://127.0.0.1:${port}`;
  const memory: typeof fetch | undefined = IN_MEMORY
    ? async () => new Response(body, { headers: { 'Content-Type': 'application/json' } })
    : undefined;
  const token = () => TOKEN;
  const plain = createClient({ baseUrl: base, token, fetch: memory });
  const validated = createClient({
    baseUrl: base,
    token,
    fetch: memory,
    validation: createValidation(Object.values(checks).filter(({ id }) => id.startsWith('units.'))),
  });
  const http = ky.create({
    baseUrl: `${base}/`,
    fetch: memory,
    headers: { Authorization: `Bearer ${TOKEN}` },
  });
  const init = { headers: { Authorization: `Bearer ${TOKEN}` } };

  const all: Record<string, () => Promise<unknown>> = {
    fetch: async () => (await (memory ?? fetch)(`${base}/units/provinces`, init)).json(),
    ky: () => http.get('units/provinces').json(),
    sdk: () => plain.units.provinces(),
    'sdk+validation': () => validated.units.provinces(),
  };
  const only = process.env.BENCH_ONLY?.split(',');
  const names = Object.keys(all).filter((name) => !only || only.includes(name));

  /** `n` calls, `IN_FLIGHT` at a time; returns CPU µs per request and requests per second. */
  async function measure(call: () => Promise<unknown>, n: number) {
    // Garbage left by the previous client is collected now, not on this one's account.
    (globalThis as { gc?: () => void }).gc?.();
    let started = 0;
    const worker = async () => {
      while (started < n) {
        started++;
        await call();
      }
    };
    const cpu = process.cpuUsage();
    const wallStart = performance.now();
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    const wall = performance.now() - wallStart;
    const used = process.cpuUsage(cpu);
    return { cpu: (used.user + used.system) / n, rate: (n / wall) * 1000 };
  }

  const cpu: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  const rate: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (const name of names) await measure(all[name] as () => Promise<unknown>, WARM_UP);
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(round + i) % names.length] as string;
      const result = await measure(all[name] as () => Promise<unknown>, REQUESTS);
      cpu[name]?.push(result.cpu);
      rate[name]?.push(result.rate);
    }
  }
  child?.kill();

  const quantile = (values: number[], q: number) => {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (sorted.length - 1) * q;
    const low = sorted[Math.floor(at)] as number;
    return low + ((sorted[Math.ceil(at)] as number) - low) * (at - Math.floor(at));
  };
  const median = (values: number[]) => quantile(values, 0.5);
  /** Median and interquartile range: the middle half of the rounds. */
  const summary = (values: number[], digits: number) =>
    `${median(values).toFixed(digits)} (${quantile(values, 0.25).toFixed(digits)}–${quantile(values, 0.75).toFixed(digits)})`;
  const perRound = (a: string, b: string, f: (x: number, y: number) => number) =>
    (cpu[a] ?? []).map((x, i) => f(x, cpu[b]?.[i] as number));
  const rows = names.map((name) => {
    const values = cpu[name] as number[];
    return {
      client: name,
      'CPU µs/req (median)': median(values).toFixed(1),
      spread: `${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)}`,
      'req/s': Math.round(median(rate[name] as number[])),
      '× ky (IQR)': cpu.ky
        ? summary(
            perRound(name, 'ky', (x, y) => x / y),
            2,
          )
        : '',
    };
  });
  console.log(
    `${ROUNDS} rounds × ${REQUESTS} requests per client, ${IN_FLIGHT} in flight, ${IN_MEMORY ? 'in memory' : 'loopback'}`,
  );
  console.table(rows);
  if (cpu.sdk && cpu['sdk+validation']) {
    const added = perRound('sdk+validation', 'sdk', (x, y) => x - y);
    console.log(`validation adds ${summary(added, 1)} µs CPU/request (median, IQR over rounds)`);
  }
}
