import { redact } from './redact.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** One structured log line. `msg` says what happened; other fields carry the facts. */
export interface LogEntry {
  level: LogLevel;
  msg: string;
  [field: string]: unknown;
}

/** Where the sandbox's log entries go. Entries arrive unredacted: a logger must call {@link redact} itself. */
export interface Logger {
  log(entry: LogEntry): void;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface JsonLoggerOptions {
  /** Entries below this level are dropped. `info` by default (one line per request). */
  level?: LogLevel;
  /** Where lines go; standard output by default. */
  write?: (line: string) => void;
}

/**
 * Writes one JSON object per line, with personal data and credentials masked, ready for `jq` or a log
 * collector.
 *
 * @example
 * const logger = jsonLogger({ level: 'info' });
 * logger.log({ level: 'info', msg: 'request', method: 'GET', route: '/health', status: 200, ms: 1.2 });
 * // {"time":"2026-02-13T03:00:00.000Z","level":"info","msg":"request","method":"GET",…}
 */
export function jsonLogger(options: JsonLoggerOptions = {}): Logger {
  const threshold = RANK[options.level ?? 'info'];
  const write = options.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  return {
    log(entry) {
      if (RANK[entry.level] < threshold) return;
      write(JSON.stringify({ time: new Date().toISOString(), ...(redact(entry) as LogEntry) }));
    },
  };
}

/** Drops everything. */
export const silentLogger: Logger = { log() {} };
