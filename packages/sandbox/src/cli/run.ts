import { parseArgs } from 'node:util';
import { createSandbox, type Sandbox, type SandboxServer } from '../app.js';
import { dialectOf } from '../db/open.js';
import { jsonLogger, type LogLevel } from '../log/logger.js';
import { DEMO_AGENCY_API_KEY } from '../seed/index.js';

/** Where the CLI writes: JSON log lines to `stdout`, the human banner and errors to `stderr`. */
export interface CliIo {
  stdout(line: string): void;
  stderr(line: string): void;
}

export const USAGE = `Usage: motcua-sandbox [options]

A local, stateful emulator of Vietnam's national public-service platform.

Options:
  -p, --port <n>          Port to listen on (default: $PORT or 8080; 0 picks a free one)
      --host <addr>       Interface to bind (default: 127.0.0.1)
  -d, --database <url>    SQLite file, :memory:, or postgres:// URL (default: $DATABASE_URL or :memory:)
      --seed, --no-seed   Seed demo personas and data (default: on)
      --log-level <lvl>   debug | info | warn | error (default: info)
  -h, --help              Show this help

Logs are JSON lines on standard output; this banner and errors go to standard error.`;

/** Parsed command line. */
export interface CliOptions {
  port: number;
  host: string;
  database: string;
  seed: boolean;
  logLevel: LogLevel;
}

const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

/**
 * Parses the CLI's arguments; a string explains a usage error.
 *
 * @example
 * parseCliArgs(['--port', '0', '--no-seed'], {}) // { port: 0, host: '127.0.0.1', database: ':memory:', seed: false, … }
 */
export function parseCliArgs(argv: readonly string[], env: NodeJS.ProcessEnv): CliOptions | 'help' | string {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string', short: 'p' },
        host: { type: 'string' },
        database: { type: 'string', short: 'd' },
        seed: { type: 'boolean', default: true },
        'log-level': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowNegative: true,
      strict: true,
    }));
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  if (values.help) return 'help';
  const portText = String(values.port ?? env.PORT ?? '8080');
  const port = Number(portText);
  if (!/^\d{1,5}$/.test(portText) || port > 65535) return `Invalid port "${portText}"`;
  const logLevel = String(values['log-level'] ?? 'info') as LogLevel;
  if (!LEVELS.includes(logLevel)) return `Invalid log level "${logLevel}" (expected ${LEVELS.join(', ')})`;
  return {
    port,
    host: String(values.host ?? '127.0.0.1'),
    database: String(values.database ?? env.DATABASE_URL ?? ':memory:'),
    seed: values.seed !== false,
    logLevel,
  };
}

/**
 * A database location safe to print: a PostgreSQL password is masked.
 *
 * @example
 * describeDatabase('postgres://app:s3cret@db:5432/motcua') // 'postgres postgres://app:***@db:5432/motcua'
 */
export function describeDatabase(url: string): string {
  if (dialectOf(url) === 'sqlite') return `sqlite ${url}`;
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return `postgres ${parsed.toString()}`;
  } catch {
    return 'postgres (unparsable URL)';
  }
}

/** A running CLI sandbox. */
export interface CliHandle {
  readonly sandbox: Sandbox;
  readonly server: SandboxServer;
  close(): Promise<void>;
}

/**
 * Runs the CLI: starts the sandbox and its server and prints the banner. Returns `undefined` (after printing)
 * for `--help` and usage errors, setting `process.exitCode` for the latter.
 *
 * @example
 * const handle = await runCli(['--port', '0'], { stdout: console.log, stderr: console.error });
 * await handle?.close();
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<CliHandle | undefined> {
  const options = parseCliArgs(argv, env);
  if (options === 'help') {
    io.stderr(USAGE);
    return undefined;
  }
  if (typeof options === 'string') {
    io.stderr(`motcua-sandbox: ${options}\n\n${USAGE}`);
    process.exitCode = 64;
    return undefined;
  }
  const sandbox = await createSandbox({
    database: options.database,
    seed: options.seed,
    logger: jsonLogger({ level: options.logLevel, write: io.stdout }),
  });
  let server: SandboxServer;
  try {
    server = await sandbox.listen({ port: options.port, host: options.host });
  } catch (error) {
    await sandbox.close();
    throw error;
  }
  const personas = await sandbox.db
    .selectFrom('personas')
    .select(['id', 'kind', 'display_name'])
    .orderBy('id')
    .execute();
  const width = Math.max(12, ...personas.map((persona) => persona.id.length));
  const example = personas.find((persona) => persona.kind === 'citizen') ?? personas[0];
  io.stderr(
    [
      `motcua sandbox listening on ${server.url}`,
      `  OpenAPI   ${server.url}/openapi.json`,
      `  Database  ${describeDatabase(options.database)}`,
      ...(personas.length
        ? [
            '  Personas  (sign in as one: POST /sandbox/personas/<id>/token → { accessToken })',
            ...personas.map(
              (persona) =>
                `    ${persona.id.padEnd(width)}  ${persona.kind.padEnd(8)}  ${persona.display_name}`,
            ),
            `  Example   curl -s -X POST ${server.url}/sandbox/personas/${example?.id}/token`,
            `  Agency system key (X-Api-Key): ${DEMO_AGENCY_API_KEY.key}`,
          ]
        : ['  Personas  none (started with --no-seed)']),
    ].join('\n'),
  );
  return {
    sandbox,
    server,
    async close() {
      await sandbox.close();
    },
  };
}
