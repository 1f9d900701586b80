/**
 * The sandbox under load, on SQLite and PostgreSQL, with a million dossiers in the database.
 *
 * Per engine: a fresh database (a SQLite file in WAL mode in a temporary folder; a database on a throwaway
 * PostgreSQL cluster started by the tests' `test/postgres.ts`: fsync, synchronous_commit and full_page_writes
 * OFF, default shared_buffers), the built sandbox (`dist/`) serving it on 127.0.0.1 from this process, a few
 * hundred dossiers filed through the API as templates, then `BENCH_DOSSIERS` dossiers bulk-inserted (see
 * `seed.ts`), then load from a child process (`load.ts`: node:http keep-alive, `BENCH_CONCURRENCY` requests in
 * flight):
 *
 * - `GET /health`        the bare route: the pipeline (a transaction, the test clock) and one trivial query;
 * - `get by code`        `GET /dossiers/{code}`, random seeded codes, as the owner or as a desk officer of the
 *                        receiving agency (half each);
 * - `list by applicant`  `GET /dossiers?limit=20` as the citizens with the most dossiers (hundreds to ~9,000);
 * - `agency queue`       `GET /dossiers?limit=20` as desk officers (~8,000 dossiers held per agency);
 * - `create + submit`    `POST /dossiers` then `POST /dossiers/{id}/submit` as citizens: one operation, two
 *                        requests, across 120 receiving agencies.
 *
 * Each scenario runs twice: with `BENCH_CONCURRENCY` in flight (throughput; its latencies include queueing: one
 * Node process serves everything, so p50 ≈ in-flight ÷ throughput), then with one in flight (`@1`: the
 * latency a single user sees). Columns: operations and requests per second, p50 / p99 in ms (loaded and @1),
 * CPU per operation of the server process (SQLite runs inside it) and of the PostgreSQL cluster (Linux /proc),
 * and the ratios to the bare route: how many bare requests one operation costs in throughput, and its p50 @1.
 *
 * Run: build first (the bench imports `dist/`: `pnpm --filter @motcua/sandbox build`), then `pnpm bench` in
 * packages/sandbox. Not a test. A full run (both engines, 1,000,000 dossiers) takes about 7 minutes on a
 * 2-core machine: seeding ~1 min on SQLite and ~2 on PostgreSQL, then ~90 s of load per engine;
 * `BENCH_DOSSIERS=100000` takes about 4. The load and the server share the machine's two cores (and with
 * PostgreSQL, its backends too): numbers move with anything else running, so the load average is printed.
 *
 * Environment:
 *   BENCH_DOSSIERS         dossiers to seed per engine (default 1000000)
 *   BENCH_ENGINES          `sqlite,postgres` (default both; PostgreSQL is skipped when not installed)
 *   BENCH_SECONDS          measured seconds per scenario (default 10), after BENCH_WARMUP seconds (default 3)
 *   BENCH_CONCURRENCY      requests in flight (default 64)
 *   BENCH_LATENCY_SECONDS  measured seconds of the one-in-flight pass (default 4)
 *   BENCH_ONLY             comma-separated scenario names to run (the bare route always runs)
 *   BENCH_EXPLAIN=1        print the plans of the dossier queries the routes really issue, after seeding
 *   BENCH_KEEP=1           keep the SQLite file (its path is printed) instead of deleting it
 *   MOTCUA_PG_BIN          PostgreSQL binaries (default: the newest under /usr/lib/postgresql)
 *
 * The sandbox runs with its defaults (response validation on, as in development) except logging, which is
 * off; `NODE_ENV=production` turns response validation off.
 */
import { execFileSync, fork } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { CompiledQuery, type Kysely } from 'kysely';
import pg from 'pg';
import type { Sandbox } from '../dist/index.js';
import { type PostgresCluster, startPostgres } from '../test/postgres.ts';
import type { LoadItem, LoadJob, LoadMessage, LoadResult } from './load.ts';
import {
  citizenOf,
  type DossierRow,
  deskOfficerIdOf,
  heavyCitizenId,
  lightCitizenId,
  type SeedPlan,
  type SeedResult,
  seedPostgres,
  seedSqlite,
  type Template,
} from './seed.ts';

const { createSandbox } = await import('../dist/index.js').catch((error: unknown) => {
  console.error('The bench runs the built sandbox: pnpm --filter @motcua/sandbox build first.');
  throw error;
});

const DOSSIERS = Number(process.env.BENCH_DOSSIERS ?? 1_000_000);
const ENGINES = (process.env.BENCH_ENGINES ?? 'sqlite,postgres').split(',').map((name) => name.trim());
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 64);
const LATENCY_SECONDS = Number(process.env.BENCH_LATENCY_SECONDS ?? 4);
const ONLY = process.env.BENCH_ONLY?.split(',').map((name) => name.trim());
const EXPLAIN = process.env.BENCH_EXPLAIN === '1';
const KEEP = process.env.BENCH_KEEP === '1';

const HEAVY_CITIZENS = 500;
const LIGHT_CITIZENS = Math.max(1000, Math.round(DOSSIERS / 10));
/** Light citizens filing the create + submit load. */
const FILERS = 200;
const AGENCIES_PER_PROVINCE = 40;

// biome-ignore lint/suspicious/noExplicitAny: the bench reads tables the public `Database` type does not name.
type AnyDb = Kysely<any>;

/** E-form answers for simple procedures (no required documents), as the tests' `answersFor` makes them. */
const person = {
  applicantFullName: 'Nguyễn Văn An',
  applicantCitizenId: '001087123456',
  applicantBirthDate: '1990-01-01',
  applicantResidence: '@address',
  applicantPhone: '0912345678',
  applicantEmail: 'an@example.vn',
};
const FORMS: Record<string, Record<string, unknown>> = {
  // Gia hạn tạm trú
  '1.002755': { ...person, temporaryAddress: '@address', until: '2035-01-01', declaration: true },
  // Cấp bản sao trích lục hộ tịch
  '2.000635': {
    ...person,
    extractKind: 'birth',
    subjectFullName: 'Nguyễn Văn An',
    subjectBirthDate: '1990-01-01',
    registrationNumber: 'Số 123/2020',
    copies: 1,
    resultDelivery: 'atDesk',
    deliveryAddress: '@address',
    declaration: true,
  },
  // Đăng ký tạm trú
  '1.004194': {
    ...person,
    temporaryAddress: '@address',
    purpose: 'work',
    from: '2024-01-01',
    until: '2035-01-01',
    householderFullName: 'Nguyễn Văn An',
    householderCitizenId: '001087123456',
    relationToHouseholder: 'self',
    members: [{ fullName: 'Nguyễn Thị Hoa', citizenId: '001190123456', relation: 'spouse' }],
    declaration: true,
  },
  // Cấp Phiếu lý lịch tư pháp số 1
  '3.000333': {
    ...person,
    gender: 'male',
    birthPlace: 'Hà Nội',
    fatherFullName: 'Nguyễn Văn Bình',
    motherFullName: 'Trần Thị Hoa',
    spouseFullName: 'Lê Thị Mai',
    residenceHistory: [{ from: '1990-01-01', to: '2020-01-01', place: '@commune', occupation: 'Kỹ sư' }],
    purpose: 'Xin việc',
    copies: 1,
    feeCategory: 'standard',
    resultDelivery: 'atDesk',
    deliveryAddress: '@address',
    declaration: true,
  },
};

interface Agency {
  code: string;
  province_code: string;
  commune_code: string;
}

/** The draft a citizen files at an agency: applicant and e-form placed in the agency's commune. */
function draftFor(procedureCode: string, agency: Agency): string {
  const address = { provinceCode: agency.province_code, communeCode: agency.commune_code, street: 'Số 12' };
  const commune = { provinceCode: agency.province_code, communeCode: agency.commune_code };
  const formData = JSON.parse(
    JSON.stringify(FORMS[procedureCode], (_, value) =>
      value === '@address' ? address : value === '@commune' ? commune : value,
    ),
  );
  return JSON.stringify({
    procedureCode,
    applicant: {
      kind: 'citizen',
      fullName: 'Nguyễn Văn An',
      citizenId: '001087123456',
      phone: '0912345678',
      address,
    },
    receivingAgencyCode: agency.code,
    formData,
  });
}

/** A tiny JSON client for the set-up steps (the load itself runs in the child). */
function api(base: string) {
  const send = (method: string, path: string, token?: string, body?: string) =>
    fetch(`${base}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      ...(body ? { body } : {}),
    });
  return async (method: string, path: string, token?: string, body?: string) => {
    // Seeding blocks this process (the server's) for a minute: keep-alive sockets it then closes late may be
    // reset under a request; one retry (every set-up call is safe to repeat).
    const response = await send(method, path, token, body).catch(() => send(method, path, token, body));
    const text = await response.text();
    return { status: response.status, body: text === '' ? null : JSON.parse(text) };
  };
}

/** Runs `task` over `items` with `width` in flight. */
async function parallel<T, R>(
  items: readonly T[],
  width: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await task(items[index] as T);
      }
    }),
  );
  return results;
}

/** Files template dossiers through the API: every procedure of {@link FORMS} at a spread of communes. */
async function fileTemplates(
  sandbox: Sandbox,
  base: string,
): Promise<{ templates: Template[]; drafts: string[] }> {
  const call = api(base);
  const db = sandbox.db as unknown as AnyDb;
  const communes = (await db
    .selectFrom('agencies')
    .select(['code', 'province_code', 'commune_code'])
    .where('role', '=', 'communeCommittee')
    .where('commune_code', 'is not', null)
    .orderBy('position')
    .execute()) as Agency[];
  const byProvince = new Map<string, Agency[]>();
  for (const agency of communes) {
    const list = byProvince.get(agency.province_code) ?? [];
    list.push(agency);
    byProvince.set(agency.province_code, list);
  }
  // Every k-th commune of each province, so the spread covers the province.
  const chosen = [...byProvince.values()].flatMap((list) => {
    const step = Math.max(1, Math.floor(list.length / AGENCIES_PER_PROVINCE));
    return list.filter((_, i) => i % step === 0).slice(0, AGENCIES_PER_PROVINCE);
  });
  const token = (await call('POST', '/sandbox/personas/citizen-an/token')).body.accessToken as string;
  const drafts = chosen.flatMap((agency) => Object.keys(FORMS).map((code) => draftFor(code, agency)));
  const failures = new Map<string, number>();
  const ids = await parallel(drafts, 8, async (draft) => {
    const created = await call('POST', '/dossiers', token, draft);
    const submitted =
      created.status === 201
        ? await call('POST', `/dossiers/${created.body.id}/submit`, token, '{"declaration":true}')
        : created;
    if (submitted.status !== 200) {
      const { procedureCode } = JSON.parse(draft) as { procedureCode: string };
      const problem = submitted.body as {
        code?: string;
        errors?: { path: unknown[]; code: string }[];
      } | null;
      const reason = `${procedureCode}: ${submitted.status} ${problem?.code ?? ''} ${JSON.stringify(problem?.errors?.slice(0, 3) ?? '')}`;
      failures.set(reason, (failures.get(reason) ?? 0) + 1);
      return null;
    }
    return created.body.id as string;
  });
  for (const [reason, count] of failures) console.log(`  template not filed ×${count}: ${reason}`);
  const filed = ids.filter((id): id is string => id !== null);
  if (filed.length === 0) throw new Error('no template dossier could be filed');
  const rows = (await db
    .selectFrom('dossiers')
    .selectAll()
    .where('id', 'in', filed)
    .execute()) as DossierRow[];
  const templates = rows.map(
    (row): Template => ({
      row,
      applicantName: 'Nguyễn Văn An',
      deskOfficerId: deskOfficerIdOf(row.receiving_agency_code as string),
    }),
  );
  const usable = new Set(filed);
  return { templates, drafts: drafts.filter((_, i) => usable.has(ids[i] as string)) };
}

async function issueTokens(base: string, personaIds: readonly string[]): Promise<Map<string, string>> {
  const call = api(base);
  const tokens = await parallel(personaIds, 16, async (id) => {
    const answer = await call('POST', `/sandbox/personas/${id}/token`);
    if (answer.status !== 200) throw new Error(`token for ${id}: ${answer.status}`);
    return [id, answer.body.accessToken as string] as const;
  });
  return new Map(tokens);
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

interface Row {
  scenario: string;
  'ops/s': number;
  'req/s': number;
  'p50 ms': number;
  'p99 ms': number;
  'p50 ms @1': number;
  'p99 ms @1': number;
  'CPU ms/op': number;
  /** PostgreSQL's processes (SQLite runs inside the server: its time is in `CPU ms/op`). */
  'db CPU ms/op'?: number;
  '÷ bare ops/s': string;
  '× bare p50 @1': string;
  errors: number;
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/** CPU time used so far, in ms, by some processes: this one, or a PostgreSQL cluster. */
type CpuClock = () => number;

const processCpu: CpuClock = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

/**
 * CPU time of a PostgreSQL cluster (Linux): the postmaster and its children, read from /proc, plus what exited
 * children used (the postmaster's cutime and cstime). `undefined` where /proc or the pid file cannot be read.
 */
function clusterCpu(dataDirectory: string): CpuClock | undefined {
  try {
    const postmaster = Number(readFileSync(join(dataDirectory, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const tick = 1000 / Number(execFileSync('getconf', ['CLK_TCK']).toString().trim() || 100);
    // Fields after "pid (comm)": state ppid … utime(14) stime(15) cutime(16) cstime(17), 1-based overall.
    const fields = (pid: string) => {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    };
    const clock: CpuClock = () => {
      let ticks = 0;
      for (const pid of readdirSync('/proc')) {
        if (!/^\d+$/.test(pid)) continue;
        try {
          const f = fields(pid);
          const own = Number(f[11]) + Number(f[12]);
          if (Number(pid) === postmaster) ticks += own + Number(f[13]) + Number(f[14]);
          else if (Number(f[1]) === postmaster) ticks += own;
        } catch {
          // The process ended meanwhile.
        }
      }
      return ticks * tick;
    };
    clock();
    return clock;
  } catch {
    return undefined;
  }
}

/**
 * Runs one scenario in the child, measuring over the measured window the CPU of the server (this process) and,
 * on PostgreSQL, of the database cluster.
 */
function runScenario(
  child: ReturnType<typeof fork>,
  job: LoadJob,
  databaseCpu: CpuClock | undefined,
): Promise<LoadResult & { cpuMs: number; databaseCpuMs: number }> {
  return new Promise((resolve, reject) => {
    let started: [number, number] | undefined;
    let cpuMs = Number.NaN;
    let databaseCpuMs = Number.NaN;
    const onMessage = (message: LoadMessage) => {
      if (message.type === 'window' && message.phase === 'start') {
        started = [processCpu(), databaseCpu?.() ?? Number.NaN];
      } else if (message.type === 'window' && message.phase === 'end' && started) {
        cpuMs = processCpu() - started[0];
        databaseCpuMs = (databaseCpu?.() ?? Number.NaN) - started[1];
      } else if (message.type === 'result') {
        child.off('message', onMessage);
        resolve({ ...message, cpuMs, databaseCpuMs });
      } else if (message.type === 'error') {
        child.off('message', onMessage);
        reject(new Error(message.message));
      }
    };
    child.on('message', onMessage);
    child.send(job);
  });
}

interface CapturedQuery {
  readonly sql: string;
  readonly parameters: readonly unknown[];
}

/**
 * The SQL the server runs while `during` runs, recorded at the driver (the sandbox's better-sqlite3 and pg are
 * this process's modules): what the routes really issue, so the plans shown never drift from the code.
 */
async function captureQueries(
  dialect: Sandbox['dialect'],
  during: () => Promise<unknown>,
): Promise<CapturedQuery[]> {
  const captured: CapturedQuery[] = [];
  // biome-ignore lint/suspicious/noExplicitAny: patching driver prototypes for the duration of one request.
  const patch = (proto: any, methods: string[], record: (self: any, args: any[]) => void) => {
    const originals = methods.map((name) => [name, proto[name]] as const);
    for (const [name, original] of originals) {
      // biome-ignore lint/suspicious/noExplicitAny: as above.
      proto[name] = function (this: unknown, ...args: any[]) {
        record(this, args);
        return original.apply(this, args);
      };
    }
    return () => {
      for (const [name, original] of originals) proto[name] = original;
    };
  };
  const restore =
    dialect === 'sqlite'
      ? patch(
          Object.getPrototypeOf(new BetterSqlite3(':memory:').prepare('select 1')),
          ['all', 'run'],
          (self, args) => captured.push({ sql: self.source, parameters: args[0] ?? [] }),
        )
      : patch(pg.Client.prototype, ['query'], (_, args) => {
          if (typeof args[0] === 'string') captured.push({ sql: args[0], parameters: args[1] ?? [] });
        });
  try {
    await during();
  } finally {
    restore();
  }
  return captured;
}

/** The plans of the dossier reads a request makes (EXPLAIN ANALYZE on PostgreSQL, QUERY PLAN on SQLite). */
async function explainRequest(sandbox: Sandbox, name: string, request: () => Promise<unknown>) {
  const queries = (await captureQueries(sandbox.dialect, request)).filter(
    (query) => /from "dossiers"/.test(query.sql) && !/^explain/i.test(query.sql),
  );
  const db = sandbox.db as unknown as AnyDb;
  for (const query of queries) {
    const prefix =
      sandbox.dialect === 'postgres' ? 'explain (analyze, buffers, costs off) ' : 'explain query plan ';
    const { rows } = await db.executeQuery<Record<string, unknown>>(
      CompiledQuery.raw(prefix + query.sql, [...query.parameters]),
    );
    console.log(`  plan, ${name}: ${query.sql.replace(/\s+/g, ' ').slice(0, 300)}`);
    for (const row of rows) console.log(`    ${Object.values(row).at(-1)}`);
  }
}

interface EngineReport {
  engine: string;
  seed: SeedResult;
  rows: Row[];
}

async function benchEngine(
  engine: 'sqlite' | 'postgres',
  cluster: PostgresCluster | undefined,
): Promise<EngineReport> {
  console.log(`\n━━ ${engine}: ${DOSSIERS.toLocaleString('en')} dossiers ━━`);
  let database: string;
  let cleanup: () => Promise<void>;
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-bench-'));
    database = join(dir, 'sandbox.db');
    cleanup = async () => {
      if (KEEP) console.log(`kept ${database}`);
      else rmSync(dir, { recursive: true, force: true });
    };
  } else {
    if (!cluster) throw new Error('no PostgreSQL cluster');
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query('drop database if exists motcua_bench with (force)');
    await admin.query('create database motcua_bench');
    await admin.end();
    const url = new URL(cluster.url);
    url.pathname = '/motcua_bench';
    database = url.toString();
    cleanup = async () => {};
  }

  const sandbox = await createSandbox({ database, logger: false });
  const server = await sandbox.listen({ port: 0 });
  try {
    let started = performance.now();
    const { templates, drafts } = await fileTemplates(sandbox, server.url);
    console.log(
      `templates: ${templates.length} dossiers filed through the API (${new Set(templates.map((t) => t.row.receiving_agency_code)).size} receiving agencies) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    const plan: SeedPlan = {
      dossiers: DOSSIERS,
      heavyCitizens: HEAVY_CITIZENS,
      lightCitizens: LIGHT_CITIZENS,
      days: 730,
      templates,
      sampleSize: 20_000,
      seed: 20_260_101,
    };
    started = performance.now();
    const seed = engine === 'sqlite' ? await seedSqlite(database, plan) : await seedPostgres(database, plan);
    console.log(
      `seeded ${seed.dossiers.toLocaleString('en')} dossiers + ${seed.historyRows.toLocaleString('en')} history rows + ${(HEAVY_CITIZENS + LIGHT_CITIZENS).toLocaleString('en')} personas in ${((performance.now() - started) / 1000).toFixed(1)} s (rows ${(seed.insertMs / 1000).toFixed(1)} s, indexes ${(seed.indexMs / 1000).toFixed(1)} s)`,
    );

    started = performance.now();
    const heavy = [...seed.heavyCounts].sort((a, b) => b[1] - a[1]);
    const officers = [...new Set(templates.map((t) => t.deskOfficerId))];
    const filers = Array.from({ length: FILERS }, (_, i) => lightCitizenId(i));
    const tokens = await issueTokens(server.url, [
      ...Array.from({ length: HEAVY_CITIZENS }, (_, i) => heavyCitizenId(i)),
      ...officers,
      ...filers,
    ]);
    console.log(`tokens: ${tokens.size} issued in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const tokenOf = (id: string) => {
      const token = tokens.get(id);
      if (!token) throw new Error(`no token for ${id}`);
      return token;
    };

    // Sanity: seeded dossiers read back through the API, for their owner and for their agency.
    const call = api(server.url);
    const owned = seed.sample.filter((s) => s.heavy);
    for (const probe of [...seed.sample.slice(0, 3), ...owned.slice(0, 3)]) {
      const asOfficer = await call('GET', `/dossiers/${probe.code}`, tokenOf(probe.deskOfficerId));
      if (asOfficer.status !== 200)
        throw new Error(`seeded ${probe.code}: ${asOfficer.status} ${JSON.stringify(asOfficer.body)}`);
      if (probe.heavy) {
        const asOwner = await call('GET', `/dossiers/${probe.code}`, tokenOf(probe.applicantId));
        if (asOwner.status !== 200) throw new Error(`seeded ${probe.code} as owner: ${asOwner.status}`);
      }
    }
    const topList = await call('GET', '/dossiers?limit=20', tokenOf(heavy[0]?.[0] as string));
    if (topList.status !== 200 || topList.body.items.length !== 20)
      throw new Error(`list: ${topList.status}`);

    if (EXPLAIN) {
      const probe = seed.sample[0] as (typeof seed.sample)[number];
      await explainRequest(sandbox, 'get by code', () =>
        call('GET', `/dossiers/${probe.code}`, tokenOf(probe.deskOfficerId)),
      );
      await explainRequest(sandbox, 'list by applicant', () =>
        call('GET', '/dossiers?limit=20', tokenOf(heavy[0]?.[0] as string)),
      );
      await explainRequest(sandbox, 'agency queue', () =>
        call('GET', '/dossiers?limit=20', tokenOf(probe.deskOfficerId)),
      );
    }

    const busiest = heavy.slice(0, 100);
    console.log(
      `list-by-applicant citizens: ${busiest.length}, ${busiest.at(-1)?.[1]}–${busiest[0]?.[1]} dossiers each; get-by-code sample: ${seed.sample.length} codes`,
    );
    const getItems: LoadItem[] = shuffle([
      ...seed.sample.map(
        (s): LoadItem => ({ kind: 'get', path: `/dossiers/${s.code}`, token: tokenOf(s.deskOfficerId) }),
      ),
      ...Array.from({ length: seed.sample.length }, (_, i): LoadItem => {
        const s = owned[i % owned.length] as (typeof owned)[number];
        return { kind: 'get', path: `/dossiers/${s.code}`, token: tokenOf(s.applicantId) };
      }),
    ]);
    const scenarios: [string, LoadItem[]][] = [
      ['GET /health (bare)', [{ kind: 'get', path: '/health' }]],
      ['get by code', getItems],
      [
        'list by applicant',
        shuffle(
          busiest.map(([id]): LoadItem => ({ kind: 'get', path: '/dossiers?limit=20', token: tokenOf(id) })),
        ),
      ],
      [
        'agency queue',
        shuffle(
          officers.map((id): LoadItem => ({ kind: 'get', path: '/dossiers?limit=20', token: tokenOf(id) })),
        ),
      ],
      [
        'create + submit',
        shuffle(
          drafts.map((body, i): LoadItem => {
            const filer = i % filers.length;
            return {
              kind: 'createSubmit',
              token: tokenOf(filers[filer] as string),
              // A locked citizen-ID answer must be the signed-in filer's own.
              body: body.replaceAll(
                '"applicantCitizenId":"001087123456"',
                `"applicantCitizenId":"${citizenOf('light', filer).citizenId}"`,
              ),
            };
          }),
        ),
      ],
    ];

    let databaseCpu: CpuClock | undefined;
    if (engine === 'postgres') {
      const { rows } = await (sandbox.db as unknown as AnyDb).executeQuery<{ data_directory: string }>(
        CompiledQuery.raw('show data_directory'),
      );
      databaseCpu = clusterCpu(rows[0]?.data_directory ?? '');
    }
    console.log(
      `load average before the load: ${loadavg()
        .map((value) => value.toFixed(2))
        .join(' ')}`,
    );
    const child = fork(new URL('./load.ts', import.meta.url).pathname, [], { stdio: 'inherit' });
    const rows: Row[] = [];
    let bare: { result: LoadResult; alone: LoadResult } | undefined;
    try {
      for (const [name, items] of scenarios) {
        if (ONLY && !name.startsWith('GET /health') && !ONLY.some((only) => name.startsWith(only))) continue;
        const job = { name, base: server.url, items };
        // Throughput: many in flight; the latencies include the queueing that load brings.
        const result = await runScenario(
          child,
          { ...job, concurrency: CONCURRENCY, warmupMs: WARMUP * 1000, durationMs: SECONDS * 1000 },
          databaseCpu,
        );
        // Service time: one in flight, so nothing queues (the latency a single user sees).
        const alone = await runScenario(
          child,
          { ...job, concurrency: 1, warmupMs: 500, durationMs: LATENCY_SECONDS * 1000 },
          databaseCpu,
        );
        bare ??= { result, alone };
        const opsPerSecond = result.ops / result.seconds;
        const bareOps = bare.result.ops / bare.result.seconds;
        rows.push({
          scenario: name,
          'ops/s': Math.round(opsPerSecond),
          'req/s': Math.round(opsPerSecond * result.requestsPerOp),
          'p50 ms': round(result.p50),
          'p99 ms': round(result.p99),
          'p50 ms @1': round(alone.p50),
          'p99 ms @1': round(alone.p99),
          'CPU ms/op': round(result.cpuMs / Math.max(result.ops, 1), 3),
          ...(Number.isNaN(result.databaseCpuMs)
            ? {}
            : { 'db CPU ms/op': round(result.databaseCpuMs / Math.max(result.ops, 1), 3) }),
          '÷ bare ops/s': (bareOps / opsPerSecond).toFixed(1),
          '× bare p50 @1': (alone.p50 / bare.alone.p50).toFixed(1),
          errors: result.errors + alone.errors,
        });
        for (const sample of [...result.errorSamples, ...alone.errorSamples]) {
          console.log(`  ${name} error: ${sample}`);
        }
        console.log(
          `  ${name}: ${Math.round(opsPerSecond)} ops/s, p50 ${round(result.p50)} ms, p99 ${round(result.p99)} ms; alone p50 ${round(alone.p50)} ms, p99 ${round(alone.p99)} ms`,
        );
      }
    } finally {
      child.disconnect();
    }
    console.log(
      `\n${engine}, ${DOSSIERS.toLocaleString('en')} dossiers, ${CONCURRENCY} in flight, ${SECONDS} s each:`,
    );
    console.table(rows);
    return { engine, seed, rows };
  } finally {
    await sandbox.close();
    await cleanup();
  }
}

const reports: EngineReport[] = [];
const runStarted = performance.now();
let cluster: PostgresCluster | undefined;
try {
  for (const engine of ENGINES) {
    if (engine === 'postgres') {
      try {
        cluster = await startPostgres();
      } catch (error) {
        console.log(`\nPostgreSQL skipped: ${error instanceof Error ? error.message : String(error)}`);
        continue;
      }
      reports.push(await benchEngine('postgres', cluster));
    } else if (engine === 'sqlite') {
      reports.push(await benchEngine('sqlite', undefined));
    } else throw new Error(`unknown engine ${engine}`);
  }
} finally {
  await cluster?.stop();
}

console.log(
  `\nSummary (${DOSSIERS.toLocaleString('en')} dossiers, ${CONCURRENCY} in flight; @1 = one in flight). Targets: ≥ 1,500 create+submit/s on SQLite; get-by-code p99 ≤ 5 ms.`,
);
console.table(
  reports.map(({ engine, seed, rows }) => {
    const find = (name: string) => rows.find((row) => row.scenario.startsWith(name));
    return {
      engine,
      'seed s': round((seed.insertMs + seed.indexMs) / 1000, 1),
      'bare ops/s': find('GET /health')?.['ops/s'],
      'create+submit/s': find('create')?.['ops/s'],
      'get p99 ms': find('get by code')?.['p99 ms'],
      'get p99 ms @1': find('get by code')?.['p99 ms @1'],
      'list p99 ms @1': find('list by applicant')?.['p99 ms @1'],
      'queue p99 ms @1': find('agency queue')?.['p99 ms @1'],
    };
  }),
);
console.log(`total ${((performance.now() - runStarted) / 60_000).toFixed(1)} min`);
