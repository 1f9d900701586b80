/**
 * The benchmark's load generator, run as a child process (so its CPU is not the server's): `concurrency`
 * virtual users over keep-alive sockets (node:http, one socket each), each looping on its operation until the
 * deadline. A warm-up (JIT, sockets, caches) runs first and is not measured. The parent is told when the
 * measured window starts and ends, to read the server's CPU time over exactly that window.
 *
 * Protocol (IPC): the parent sends one {@link LoadJob}; the child answers `{ type: 'window', phase }` twice,
 * then one {@link LoadResult}, and waits for the next job (or exits on `disconnect`).
 */
import http from 'node:http';

/** One operation: a GET, or a create-and-submit pair. */
export type LoadItem =
  | { readonly kind: 'get'; readonly path: string; readonly token?: string }
  | { readonly kind: 'createSubmit'; readonly token: string; readonly body: string };

export interface LoadJob {
  readonly name: string;
  readonly base: string;
  readonly concurrency: number;
  readonly warmupMs: number;
  readonly durationMs: number;
  /** Taken round-robin from a random start, so every virtual user walks a different slice. */
  readonly items: readonly LoadItem[];
}

export interface LoadResult {
  readonly type: 'result';
  readonly name: string;
  readonly ops: number;
  readonly seconds: number;
  readonly errors: number;
  /** The first few unexpected answers, for the report. */
  readonly errorSamples: string[];
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly max: number;
  /** Requests per operation (2 for create + submit). */
  readonly requestsPerOp: number;
  /** The load generator's own CPU time over the window. */
  readonly clientCpuMs: number;
}

/** What the child sends back. */
export type LoadMessage =
  | { readonly type: 'window'; readonly phase: 'start' | 'end' }
  | LoadResult
  | { readonly type: 'error'; readonly message: string };

interface Answer {
  readonly status: number;
  readonly text: string;
}

function send(
  agent: http.Agent,
  base: URL,
  method: string,
  path: string,
  token: string | undefined,
  body: string | undefined,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { accept: 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = Buffer.byteLength(body);
    }
    const request = http.request(
      { agent, host: base.hostname, port: base.port, method, path, headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

async function runJob(job: LoadJob): Promise<LoadResult> {
  const base = new URL(job.base);
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.concurrency });
  let errors = 0;
  const errorSamples: string[] = [];
  const fail = (what: string) => {
    errors++;
    if (errorSamples.length < 5) errorSamples.push(what.slice(0, 300));
  };
  const operation = async (item: LoadItem): Promise<boolean> => {
    if (item.kind === 'get') {
      const answer = await send(agent, base, 'GET', item.path, item.token, undefined);
      if (answer.status !== 200) fail(`GET ${item.path} → ${answer.status} ${answer.text}`);
      return answer.status === 200;
    }
    const created = await send(agent, base, 'POST', '/dossiers', item.token, item.body);
    if (created.status !== 201) {
      fail(`POST /dossiers → ${created.status} ${created.text}`);
      return false;
    }
    const { id } = JSON.parse(created.text) as { id: string };
    const submitted = await send(
      agent,
      base,
      'POST',
      `/dossiers/${id}/submit`,
      item.token,
      '{"declaration":true}',
    );
    if (submitted.status !== 200) fail(`POST /dossiers/{id}/submit → ${submitted.status} ${submitted.text}`);
    return submitted.status === 200;
  };

  const latencies = new Float64Array(4_000_000);
  let measured = 0;
  let recording = false;
  let stop = false;
  const user = async (start: number) => {
    let next = start;
    while (!stop) {
      const item = job.items[next++ % job.items.length] as LoadItem;
      const began = performance.now();
      let ok = false;
      try {
        ok = await operation(item);
      } catch (error) {
        fail(String(error));
      }
      // An operation counts in the window it ends in.
      if (recording && ok && measured < latencies.length) latencies[measured++] = performance.now() - began;
    }
  };
  const step = Math.max(1, Math.floor(job.items.length / job.concurrency));
  const users = Array.from({ length: job.concurrency }, (_, i) => user(i * step));

  await new Promise((resolve) => setTimeout(resolve, job.warmupMs));
  errors = 0;
  errorSamples.length = 0;
  process.send?.({ type: 'window', phase: 'start' } satisfies LoadMessage);
  const cpu = process.cpuUsage();
  recording = true;
  const started = performance.now();
  await new Promise((resolve) => setTimeout(resolve, job.durationMs));
  recording = false;
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  process.send?.({ type: 'window', phase: 'end' } satisfies LoadMessage);
  stop = true;
  await Promise.all(users);
  agent.destroy();

  const sorted = latencies.subarray(0, measured).sort();
  const at = (q: number) =>
    measured === 0 ? Number.NaN : (sorted[Math.min(measured - 1, Math.floor(q * measured))] as number);
  return {
    type: 'result',
    name: job.name,
    ops: measured,
    seconds,
    errors,
    errorSamples,
    p50: at(0.5),
    p90: at(0.9),
    p99: at(0.99),
    max: measured === 0 ? Number.NaN : (sorted[measured - 1] as number),
    requestsPerOp: job.items[0]?.kind === 'createSubmit' ? 2 : 1,
    clientCpuMs: (used.user + used.system) / 1000,
  };
}

process.on('message', (job: LoadJob) => {
  runJob(job).then(
    (result) => process.send?.(result satisfies LoadMessage),
    (error: unknown) => process.send?.({ type: 'error', message: String(error) } satisfies LoadMessage),
  );
});
process.on('disconnect', () => process.exit(0));
