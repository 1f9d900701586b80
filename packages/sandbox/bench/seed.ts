/**
 * Bulk seeding for the sandbox benchmark: a million realistic dossiers written straight into the tables, far
 * faster than the API could file them.
 *
 * Realism comes from templates: a few hundred dossiers are filed through the real API first (so procedure,
 * routing to the processing agency, normalised e-form answers and fees are exactly what the sandbox writes),
 * then every seeded row is a template given its own id, applicant, dates, status and code. Rows are generated
 * oldest day first, as a real platform would have written them, over the last `days` local days (never today,
 * so the benchmark's own submissions cannot collide with a seeded code), and each gets one or two processing
 * history rows. Codes are valid and unique: `<receiving agency>-<yyMMdd>-<NNNN>`, numbered per agency and day,
 * and `dossier_code_sequences` is filled to match.
 *
 * Applicants: `heavy` citizens hold a skewed ~20 % of the dossiers (hundreds to thousands each: the
 * list-by-applicant case), `light` citizens share the rest (about ten each). All of them exist as personas.
 *
 * Writers: SQLite with one prepared statement in transactions of 50,000 rows (better-sqlite3 is synchronous:
 * no round trips); PostgreSQL with `COPY … FROM STDIN` in batches of 50,000 rows. Secondary indexes of the
 * two tables are dropped before the load and recreated from their own definitions afterwards (cheaper than
 * maintaining them row by row), whatever migrations defined them.
 */
import { foldText, formatDossierCode } from '@motcua/core';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import type { DossierTable } from '../src/dossiers/schema.ts';

/** One row of `dossiers`, as stored: the sandbox's own table type (the loader writes it column by column). */
export type DossierRow = DossierTable;

export const DOSSIER_COLUMNS = [
  'id',
  'code',
  'procedure_code',
  'procedure_name',
  'field_code',
  'field_name',
  'applicant_persona_id',
  'applicant',
  'channel',
  'summary',
  'note',
  'status',
  'receiving_agency_code',
  'receiving_agency_name',
  'processing_agency_code',
  'processing_agency_name',
  'result_delivery_agency_code',
  'result_delivery_agency_name',
  'assigned_officer_id',
  'assigned_officer_name',
  'form_data',
  'documents',
  'fees',
  'results',
  'search_text',
  'created_at',
  'updated_at',
  'submitted_at',
  'accepted_at',
  'appointment_at',
  'finished_at',
  'returned_at',
  'version',
] as const satisfies readonly (keyof DossierRow)[];

const HISTORY_COLUMNS = [
  'dossier_id',
  'actor',
  'action',
  'officer_id',
  'officer_name',
  'officer_title',
  'officer_department',
  'at',
  'started_at',
  'content',
  'status',
  'legal_deadline',
] as const;

type Cell = string | number | null;

/** A dossier filed through the API, read back from the table: what seeded rows are cloned from. */
export interface Template {
  readonly row: DossierRow;
  /** The applicant's name inside `applicant` and `form_data`, replaced by each clone's applicant. */
  readonly applicantName: string;
  /** Persona id of a desk officer of the receiving agency (seeded by {@link seedPersonas}). */
  readonly deskOfficerId: string;
}

export interface SeedPlan {
  readonly dossiers: number;
  readonly heavyCitizens: number;
  readonly lightCitizens: number;
  /** Local days before today the dossiers are spread over. */
  readonly days: number;
  readonly templates: readonly Template[];
  /** How many random seeded dossiers to remember for the get-by-code load. */
  readonly sampleSize: number;
  /** Deterministic runs. */
  readonly seed: number;
}

/** A seeded dossier remembered for the load: its code, owner and receiving agency's desk officer. */
export interface SampledDossier {
  readonly code: string;
  readonly applicantId: string;
  /** Owned by a heavy citizen (who has a token in the load). */
  readonly heavy: boolean;
  readonly deskOfficerId: string;
}

export interface SeedResult {
  readonly dossiers: number;
  readonly historyRows: number;
  readonly insertMs: number;
  readonly indexMs: number;
  readonly sample: SampledDossier[];
  /** Dossiers per heavy citizen, by persona id. */
  readonly heavyCounts: Map<string, number>;
}

/** The persona id of the i-th heavy or light bench citizen. */
export const heavyCitizenId = (i: number) => `bench-heavy-${String(i).padStart(4, '0')}`;
export const lightCitizenId = (i: number) => `bench-citizen-${String(i).padStart(7, '0')}`;
export const deskOfficerIdOf = (agencyCode: string) =>
  `bench-desk-${agencyCode.toLowerCase().replaceAll('.', '-')}`;

/** mulberry32: small, fast, good enough to spread rows. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Ngọc', 'Quang', 'Thu', 'Gia'];
const GIVEN = [
  'An',
  'Bình',
  'Châu',
  'Dũng',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hùng',
  'Hương',
  'Khoa',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Nam',
  'Ngân',
  'Phúc',
  'Quân',
  'Quỳnh',
  'Sơn',
  'Tâm',
  'Thảo',
  'Trang',
  'Tuấn',
  'Việt',
  'Yến',
];

/** A bench citizen's identity, derived from its number (no state to keep). */
export function citizenOf(kind: 'heavy' | 'light', i: number) {
  const n = kind === 'heavy' ? i : i + 10_000;
  const fullName = `${FAMILY[n % FAMILY.length]} ${MIDDLE[(n >> 3) % MIDDLE.length]} ${GIVEN[(n >> 5) % GIVEN.length]}`;
  const province = ['001', '079', '068'][n % 3] as string;
  const year = 60 + (n % 40);
  const female = (n >> 1) % 2;
  const citizenId = `${province}${female}${year}${String(n % 1_000_000).padStart(6, '0')}`;
  const phone = `09${String((n * 7919) % 100_000_000).padStart(8, '0')}`;
  const birthdate = `19${year}-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`;
  return {
    id: kind === 'heavy' ? heavyCitizenId(i) : lightCitizenId(i),
    fullName,
    citizenId,
    phone,
    birthdate,
    gender: female ? 'female' : 'male',
  };
}

const DAY_MS = 86_400_000;
const VN_MS = 7 * 3_600_000;
const HOUR = 3_600_000;
const MINUTE = 60_000;

/** The local (UTC+7) date of an instant. */
const localDay = (ms: number) => new Date(ms + VN_MS).toISOString().slice(0, 10);

/** Status of a dossier by its age: old ones are mostly settled, recent ones mostly in progress. */
function statusFor(ageDays: number, r: number): number {
  if (r < 0.02) return 0;
  if (ageDays > 30) {
    if (r < 0.8) return 10;
    if (r < 0.86) return 9;
    if (r < 0.9) return 3;
    if (r < 0.95) return 7;
    return 8;
  }
  if (r < 0.2) return 1;
  if (r < 0.3) return 2;
  if (r < 0.55) return 4;
  if (r < 0.6) return 5;
  if (r < 0.65) return 6;
  if (r < 0.75) return 9;
  if (r < 0.93) return 10;
  if (r < 0.96) return 3;
  return 7;
}

const ACTIONS: Record<number, [actor: string, action: string, content: string]> = {
  2: ['deskOfficer', 'accept', 'Tiếp nhận hồ sơ'],
  3: ['deskOfficer', 'refuse', 'Từ chối tiếp nhận: hồ sơ không thuộc thẩm quyền'],
  4: ['specialist', 'assign', 'Chuyển chuyên viên xử lý'],
  5: ['specialist', 'requestSupplement', 'Yêu cầu bổ sung: bản sao giấy tờ tùy thân'],
  6: ['specialist', 'requestFees', 'Yêu cầu nộp phí, lệ phí'],
  7: ['applicant', 'withdraw', 'Công dân rút hồ sơ. Lý do: nộp nhầm thủ tục'],
  8: ['specialist', 'stop', 'Dừng xử lý: người nộp không bổ sung hồ sơ'],
  9: ['specialist', 'finish', 'Đã có kết quả giải quyết'],
  10: ['deskOfficer', 'returnResult', 'Đã trả kết quả cho công dân'],
};

/** Where generated rows go: one call per row (rows die young: no batch of row arrays for the GC to keep). */
export interface RowSink {
  dossier(values: Cell[]): void;
  history(values: Cell[]): void;
  /** Called every `batchSize` dossiers and at the end: a writer's chance to commit or send. */
  flush(): Promise<void> | void;
}

/** ISO 8601 UTC with milliseconds, as `toISOString` writes it, with the date part cached per day. */
function isoFormatter(): (ms: number) => string {
  const days = new Map<number, string>();
  const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);
  return (ms) => {
    const whole = Math.floor(ms);
    const day = Math.floor(whole / DAY_MS);
    let prefix = days.get(day);
    if (prefix === undefined) {
      prefix = new Date(day * DAY_MS).toISOString().slice(0, 11);
      days.set(day, prefix);
    }
    let rest = whole - day * DAY_MS;
    const hours = Math.floor(rest / HOUR);
    rest -= hours * HOUR;
    const minutes = Math.floor(rest / MINUTE);
    rest -= minutes * MINUTE;
    const seconds = Math.floor(rest / 1000);
    const millis = rest - seconds * 1000;
    return `${prefix}${pad2(hours)}:${pad2(minutes)}:${pad2(seconds)}.${millis < 10 ? '00' : millis < 100 ? '0' : ''}${millis}Z`;
  };
}

/** `foldText` with a memory: names and procedure names repeat endlessly. */
function cachedFold(): (text: string) => string {
  const folded = new Map<string, string>();
  return (text) => {
    let value = folded.get(text);
    if (value === undefined) {
      value = foldText(text);
      folded.set(text, value);
    }
    return value;
  };
}

/**
 * Generates the rows (each dossier, then its history), oldest day first, into `sink`, flushing every
 * `batchSize` dossiers. Returns the sample and counts.
 */
export async function generate(
  plan: SeedPlan,
  batchSize: number,
  sink: RowSink,
): Promise<{
  sample: SampledDossier[];
  heavyCounts: Map<string, number>;
  historyRows: number;
  sequences: Cell[][];
}> {
  const random = prng(plan.seed);
  const hex = () =>
    ((random() * 0x1_0000_0000) >>> 0).toString(16).padStart(8, '0') +
    ((random() * 0x1_0000_0000) >>> 0).toString(16).padStart(8, '0') +
    ((random() * 0x1_0000) >>> 0).toString(16).padStart(4, '0');
  const iso = isoFormatter();
  const fold = cachedFold();
  const today = Date.parse(`${localDay(Date.now())}T00:00:00+07:00`);
  const sequences = new Map<string, number>();
  const heavyCounts = new Map<string, number>();
  const sample: SampledDossier[] = [];
  let historyRows = 0;
  let pending = 0;
  let made = 0;
  let submittedCount = 0;

  for (let day = plan.days; day >= 1 && made < plan.dossiers; day--) {
    const dayStart = today - day * DAY_MS;
    // Spread evenly, the last day taking the remainder.
    const count = day === 1 ? plan.dossiers - made : Math.round((plan.dossiers - made) / day);
    // Working-hours times (07:30–17:00 local), sorted so codes follow time within a day.
    const times = Array.from({ length: count }, () => dayStart + 7.5 * HOUR + random() * 9.5 * HOUR).sort(
      (a, b) => a - b,
    );
    const dayText = localDay(dayStart);
    for (const createdMs of times) {
      const template = plan.templates[Math.floor(random() * plan.templates.length)] as Template;
      const t = template.row;
      const heavy = random() < 0.2;
      // Heavy citizens: density ∝ 1/√i, the first ones holding thousands of dossiers.
      const index = heavy
        ? Math.floor(random() ** 2 * plan.heavyCitizens)
        : Math.floor(random() * plan.lightCitizens);
      const citizen = citizenOf(heavy ? 'heavy' : 'light', index);
      if (heavy) heavyCounts.set(citizen.id, (heavyCounts.get(citizen.id) ?? 0) + 1);
      const status = statusFor(day, random());
      const submittedMs = createdMs + (2 + random() * 30) * MINUTE;
      const submitted = status !== 0;
      let code: string | null = null;
      if (submitted) {
        const key = `${t.receiving_agency_code}|${dayText}`;
        const sequence = (sequences.get(key) ?? 0) + 1;
        sequences.set(key, sequence);
        code = formatDossierCode({
          agencyCode: t.receiving_agency_code as string,
          date: dayText,
          sequence,
        });
      }
      const acceptedMs = submittedMs + (1 + random() * 20) * HOUR;
      const accepted = status === 2 || (status >= 4 && status !== 7) || (status === 7 && random() < 0.5);
      const finishedMs = acceptedMs + (1 + random() * 3) * DAY_MS;
      const returnedMs = finishedMs + (2 + random() * 48) * HOUR;
      const refusedMs = submittedMs + (1 + random() * 8) * HOUR;
      const lastMs =
        status === 0
          ? createdMs
          : status === 1
            ? submittedMs
            : status === 10
              ? returnedMs
              : status === 9 || status === 8
                ? finishedMs
                : status === 3
                  ? refusedMs
                  : acceptedMs;
      const applicantJson = t.applicant.replaceAll(template.applicantName, citizen.fullName);
      const summary = `${t.procedure_name}: ${citizen.fullName}`;
      const fees = submitted
        ? status >= 4 && status !== 5 && status !== 6
          ? t.fees.replaceAll('"paid":false', '"paid":true')
          : t.fees
        : '[]';
      const results =
        status === 9 || status === 10
          ? JSON.stringify([{ name: `Kết quả: ${t.procedure_name}`, issuedAt: iso(finishedMs) }])
          : '[]';
      const id = `d_${hex()}`;
      const row: DossierRow = {
        id,
        code,
        procedure_code: t.procedure_code,
        procedure_name: t.procedure_name,
        field_code: t.field_code,
        field_name: t.field_name,
        applicant_persona_id: citizen.id,
        applicant: applicantJson
          .replace(/"citizenId":"\d{12}"/, `"citizenId":"${citizen.citizenId}"`)
          .replace(/"phone":"\d+"/, `"phone":"${citizen.phone}"`),
        channel: t.channel,
        summary,
        note: null,
        status,
        receiving_agency_code: t.receiving_agency_code,
        receiving_agency_name: t.receiving_agency_name,
        processing_agency_code: submitted ? t.processing_agency_code : null,
        processing_agency_name: submitted ? t.processing_agency_name : null,
        result_delivery_agency_code: null,
        result_delivery_agency_name: null,
        assigned_officer_id: null,
        assigned_officer_name: null,
        form_data: t.form_data.replaceAll(template.applicantName, citizen.fullName),
        documents: t.documents,
        fees,
        results,
        // foldText(code + ' ' + summary + ' ' + name), piecewise: codes fold to lower case.
        search_text: `${code === null ? '' : `${code.toLowerCase()} `}${fold(summary)} ${fold(citizen.fullName)}`,
        created_at: iso(createdMs),
        updated_at: iso(lastMs),
        submitted_at: submitted ? iso(submittedMs) : null,
        accepted_at: accepted ? iso(acceptedMs) : null,
        appointment_at: accepted ? iso(acceptedMs + 3 * DAY_MS) : null,
        finished_at: status === 9 || status === 10 ? iso(finishedMs) : null,
        returned_at: status === 10 ? iso(returnedMs) : null,
        version: status === 0 ? 1 : status === 1 ? 2 : 3,
      };
      sink.dossier(DOSSIER_COLUMNS.map((column) => row[column]));
      if (submitted) {
        historyRows++;
        sink.history([
          id,
          'applicant',
          'submit',
          citizen.id,
          null,
          null,
          null,
          iso(submittedMs),
          iso(createdMs),
          `Nộp hồ sơ trực tuyến tại ${t.receiving_agency_name}; chuyển xử lý: ${t.processing_agency_name}`,
          1,
          null,
        ]);
        const step = ACTIONS[status];
        if (step) {
          const [actor, action, content] = step;
          const officer = actor !== 'applicant';
          historyRows++;
          sink.history([
            id,
            actor,
            action,
            officer ? template.deskOfficerId : citizen.id,
            officer ? 'Cán bộ một cửa' : null,
            officer ? 'Cán bộ tiếp nhận' : null,
            officer ? t.receiving_agency_name : null,
            row.updated_at,
            iso(submittedMs),
            content,
            status,
            row.appointment_at,
          ]);
        }
      }
      // Reservoir sampling (algorithm R): a uniform sample of the submitted dossiers.
      if (code !== null) {
        submittedCount++;
        const item = { code, applicantId: citizen.id, heavy, deskOfficerId: template.deskOfficerId };
        if (sample.length < plan.sampleSize) sample.push(item);
        else {
          const slot = Math.floor(random() * submittedCount);
          if (slot < plan.sampleSize) sample[slot] = item;
        }
      }
      made++;
      if (++pending >= batchSize) {
        pending = 0;
        await sink.flush();
      }
    }
  }
  await sink.flush();
  // The last sequence per agency and day, for `dossier_code_sequences`.
  const sequenceRows = [...sequences].map(([key, last]): Cell[] => {
    const [agency, day] = key.split('|');
    return [agency as string, day as string, last];
  });
  return { sample, heavyCounts, historyRows, sequences: sequenceRows };
}

/** Bench personas: heavy and light citizens, and a desk officer for every receiving agency of the templates. */
export function personaRows(plan: SeedPlan, now: string): Cell[][] {
  const rows: Cell[][] = [];
  const citizen = (kind: 'heavy' | 'light', i: number) => {
    const c = citizenOf(kind, i);
    rows.push([
      c.id,
      'citizen',
      c.fullName,
      JSON.stringify({
        sub: `vneid|${c.citizenId}`,
        citizenId: c.citizenId,
        name: c.fullName,
        birthdate: c.birthdate,
        gender: c.gender,
        assuranceLevel: 2,
        phoneNumber: c.phone,
      }),
      null,
      null,
      now,
    ]);
  };
  for (let i = 0; i < plan.heavyCitizens; i++) citizen('heavy', i);
  for (let i = 0; i < plan.lightCitizens; i++) citizen('light', i);
  const agencies = new Map(plan.templates.map((t) => [t.deskOfficerId, t.row]));
  for (const [id, row] of agencies) {
    rows.push([
      id,
      'officer',
      'Cán bộ một cửa',
      JSON.stringify({
        sub: id,
        name: 'Cán bộ một cửa',
        title: 'Cán bộ tiếp nhận',
        agencyCode: row.receiving_agency_code,
        email: `${id}@example.gov.vn`,
      }),
      row.receiving_agency_code,
      'deskOfficer',
      now,
    ]);
  }
  return rows;
}
const PERSONA_COLUMNS = ['id', 'kind', 'display_name', 'claims', 'agency_code', 'role', 'created_at'];

// ── SQLite ───────────────────────────────────────────────────────────────────────────────────────────

interface IndexDefinition {
  readonly name: string;
  readonly sql: string;
}

/**
 * Seeds a SQLite file the sandbox has migrated (and may have open: WAL lets this second connection write
 * while it idles).
 */
export async function seedSqlite(file: string, plan: SeedPlan): Promise<SeedResult> {
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 10000');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  try {
    db.transaction(() => {
      const insert = db.prepare(
        `insert into personas (${PERSONA_COLUMNS.join(', ')}) values (${PERSONA_COLUMNS.map(() => '?').join(', ')})`,
      );
      for (const row of personaRows(plan, new Date().toISOString())) insert.run(row);
    })();

    const started = performance.now();
    // Secondary indexes (not the ones backing constraints) are rebuilt after the load.
    const indexes = db
      .prepare(
        `select name, sql from sqlite_master where type = 'index' and sql is not null
         and tbl_name in ('dossiers', 'dossier_history')`,
      )
      .all() as IndexDefinition[];
    for (const index of indexes) db.exec(`drop index "${index.name}"`);
    const insertDossier = db.prepare(
      `insert into dossiers (${DOSSIER_COLUMNS.join(', ')}) values (${DOSSIER_COLUMNS.map(() => '?').join(', ')})`,
    );
    const insertHistory = db.prepare(
      `insert into dossier_history (${HISTORY_COLUMNS.join(', ')}) values (${HISTORY_COLUMNS.map(() => '?').join(', ')})`,
    );
    db.exec('begin');
    const generated = await generate(plan, 50_000, {
      dossier: (row) => insertDossier.run(row),
      history: (row) => insertHistory.run(row),
      flush() {
        db.exec('commit');
        db.exec('begin');
      },
    });
    db.exec('commit');
    db.transaction(() => {
      const upsert = db.prepare(
        `insert into dossier_code_sequences (agency_code, day, last_sequence) values (?, ?, ?)
         on conflict (agency_code, day) do update set last_sequence = excluded.last_sequence`,
      );
      for (const row of generated.sequences) upsert.run(row);
    })();
    const inserted = performance.now();
    for (const index of indexes) db.exec(index.sql);
    db.pragma('wal_checkpoint(TRUNCATE)');
    return {
      dossiers: plan.dossiers,
      historyRows: generated.historyRows,
      insertMs: inserted - started,
      indexMs: performance.now() - inserted,
      sample: generated.sample,
      heavyCounts: generated.heavyCounts,
    };
  } finally {
    db.close();
  }
}

// ── PostgreSQL ───────────────────────────────────────────────────────────────────────────────────────

/** COPY's text format: tab-separated, `\N` for null, backslash escapes. */
function copyLine(row: readonly Cell[]): string {
  let line = '';
  for (let i = 0; i < row.length; i++) {
    const value = row[i];
    if (i > 0) line += '\t';
    if (value === null || value === undefined) line += '\\N';
    else if (typeof value === 'number') line += String(value);
    else line += /[\\\t\n\r]/.test(value) ? value.replace(/[\\\t\n\r]/g, copyEscape) : value;
  }
  return `${line}\n`;
}
const copyEscape = (char: string) =>
  char === '\\' ? '\\\\' : char === '\t' ? '\\t' : char === '\n' ? '\\n' : '\\r';

/**
 * `COPY table (columns) FROM STDIN` through node-postgres' submittable interface (what pg-copy-streams does,
 * in a dozen lines, so the bench needs no extra dependency), sending the given text chunks.
 */
function copyInto(client: pg.Client, table: string, columns: readonly string[], chunks: readonly string[]) {
  const text = `copy ${table} (${columns.join(', ')}) from stdin`;
  return new Promise<void>((resolve, reject) => {
    let failed: unknown;
    const submittable = {
      submit(connection: PgConnection) {
        connection.query(text);
      },
      handleCopyInResponse(connection: PgConnection) {
        for (const part of chunks) connection.sendCopyFromChunk(Buffer.from(part, 'utf8'));
        connection.endCopyFrom();
      },
      handleCommandComplete() {},
      handleReadyForQuery() {
        if (failed) reject(failed);
        else resolve();
      },
      handleError(error: unknown) {
        failed = error;
      },
      handleRowDescription() {},
      handleDataRow() {},
      handleEmptyQuery() {},
      handlePortalSuspended() {},
      handleCopyData() {},
    };
    client.query(submittable as unknown as pg.QueryConfig);
  });
}

/** COPY text for rows, in chunks of about 1 MiB. */
function copyBuffer() {
  const chunks: string[] = [];
  let chunk = '';
  return {
    add(row: readonly Cell[]) {
      chunk += copyLine(row);
      if (chunk.length > 1 << 20) {
        chunks.push(chunk);
        chunk = '';
      }
    },
    take(): string[] {
      if (chunk !== '') chunks.push(chunk);
      chunk = '';
      return chunks.splice(0);
    },
  };
}

interface PgConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}

/** Seeds a PostgreSQL database the sandbox has migrated. */
export async function seedPostgres(url: string, plan: SeedPlan): Promise<SeedResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('set synchronous_commit = off');
    await client.query("set maintenance_work_mem = '512MB'");
    const personas = copyBuffer();
    for (const row of personaRows(plan, new Date().toISOString())) personas.add(row);
    await copyInto(client, 'personas', PERSONA_COLUMNS, personas.take());

    const started = performance.now();
    const { rows: indexes } = await client.query<{ name: string; sql: string }>(
      `select i.indexname as name, i.indexdef as sql from pg_indexes i
       where i.schemaname = current_schema() and i.tablename in ('dossiers', 'dossier_history')
         and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
    );
    for (const index of indexes) await client.query(`drop index "${index.name}"`);
    await client.query('begin');
    const dossiers = copyBuffer();
    const history = copyBuffer();
    // Pipelined: the server ingests one batch while this process generates the next (two cores, both busy).
    let sending: Promise<void> = Promise.resolve();
    const generated = await generate(plan, 50_000, {
      dossier: (row) => dossiers.add(row),
      history: (row) => history.add(row),
      async flush() {
        const [dossierChunks, historyChunks] = [dossiers.take(), history.take()];
        await sending;
        sending = copyInto(client, 'dossiers', DOSSIER_COLUMNS, dossierChunks).then(() =>
          copyInto(client, 'dossier_history', HISTORY_COLUMNS, historyChunks),
        );
      },
    });
    await sending;
    const sequences = copyBuffer();
    for (const row of generated.sequences) sequences.add(row);
    await copyInto(
      client,
      'dossier_code_sequences',
      ['agency_code', 'day', 'last_sequence'],
      sequences.take(),
    );
    await client.query('commit');
    const inserted = performance.now();
    for (const index of indexes) await client.query(index.sql);
    // What autovacuum would do minutes after such a load: fresh statistics and a visibility map.
    await client.query('vacuum analyze dossiers');
    await client.query('vacuum analyze dossier_history');
    await client.query('analyze personas');
    return {
      dossiers: plan.dossiers,
      historyRows: generated.historyRows,
      insertMs: inserted - started,
      indexMs: performance.now() - inserted,
      sample: generated.sample,
      heavyCounts: generated.heavyCounts,
    };
  } finally {
    await client.end();
  }
}
