/**
 * Client overhead per request against a loopback server, 64 requests in flight, all in one run: raw fetch,
 * ky alone, the SDK, and the SDK with response validation. CPU time is this process's (user + system) divided
 * by requests, so the server's work is the same for all rows... and it runs in a child process.
 * Run: pnpm bench (after pnpm build). Prints a table; not a test.
 */
import { fork } from 'node:child_process';
import { units } from '@motcua/contract';
import { createClient } from '@motcua/sdk';
import { createValidation } from '@motcua/sdk/validation';
import ky from 'ky';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 20_000);
const IN_FLIGHT = 64;

if (process.argv[2] === 'server') {
  const { createServer } = await import('node:http');
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
  const server = createServer((_, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => process.send?.((server.address() as { port: number }).port));
} else {
  const child = fork(new URL(import.meta.url).pathname, ['server']);
  const port = await new Promise<number>((resolve) => child.once('message', (m) => resolve(m as number)));
  const base = `http://127.0.0.1:${port}`;
  const plain = createClient({ baseUrl: base, retry: false });
  const validated = createClient({
    baseUrl: base,
    retry: false,
    validation: createValidation(Object.values(units)),
  });
  const http = ky.create({ baseUrl: `${base}/`, retry: 0 });

  const contenders: Record<string, () => Promise<unknown>> = {
    'fetch (raw)': async () => (await fetch(`${base}/units/provinces`)).json(),
    'ky alone': () => http.get('units/provinces').json(),
    '@motcua/sdk': () => plain.units.provinces(),
    '@motcua/sdk + validation': () => validated.units.provinces(),
  };

  async function run(call: () => Promise<unknown>, n: number) {
    let next = 0;
    const worker = async () => {
      while (next < n) {
        next++;
        await call();
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  }

  const rows = [];
  for (const [name, call] of Object.entries(contenders)) {
    await run(call, 2000); // warm-up: JIT and keep-alive sockets
    const cpu = process.cpuUsage();
    const started = performance.now();
    await run(call, REQUESTS);
    const wall = performance.now() - started;
    const used = process.cpuUsage(cpu);
    rows.push({
      client: name,
      'req/s': Math.round((REQUESTS / wall) * 1000),
      'client CPU µs/req': ((used.user + used.system) / REQUESTS).toFixed(1),
    });
  }
  const kyCpu = Number(rows[1]?.['client CPU µs/req']);
  for (const row of rows)
    Object.assign(row, { '× ky CPU': (Number(row['client CPU µs/req']) / kyCpu).toFixed(2) });
  console.table(rows);
  child.kill();
}
