import { afterEach, describe, expect, it } from 'vitest';
import { type CliHandle, describeDatabase, parseCliArgs, runCli } from './run.js';

describe('parseCliArgs', () => {
  it('defaults from the environment, then built-ins', () => {
    expect(parseCliArgs([], {})).toEqual({
      port: 8080,
      host: '127.0.0.1',
      database: ':memory:',
      seed: true,
      logLevel: 'info',
    });
    expect(parseCliArgs([], { PORT: '9000', DATABASE_URL: 'postgres://h/db' })).toMatchObject({
      port: 9000,
      database: 'postgres://h/db',
    });
  });

  it('reads flags, including --no-seed', () => {
    expect(parseCliArgs(['-p', '0', '--database', './s.db', '--no-seed', '--log-level', 'warn'], {})).toEqual(
      {
        port: 0,
        host: '127.0.0.1',
        database: './s.db',
        seed: false,
        logLevel: 'warn',
      },
    );
    expect(parseCliArgs(['--help'], {})).toBe('help');
  });

  it('explains usage errors', () => {
    for (const argv of [['--port', 'abc'], ['--port', '70000'], ['--log-level', 'loud'], ['--what']]) {
      expect(typeof parseCliArgs(argv, {})).toBe('string');
      expect(parseCliArgs(argv, {})).not.toBe('help');
    }
  });
});

describe('describeDatabase', () => {
  it('never prints a PostgreSQL password', () => {
    expect(describeDatabase('postgres://app:s3cret@db:5432/motcua')).toBe(
      'postgres postgres://app:***@db:5432/motcua',
    );
    expect(describeDatabase(':memory:')).toBe('sqlite :memory:');
  });
});

describe('runCli', () => {
  let handle: CliHandle | undefined;
  afterEach(async () => {
    await handle?.close();
    handle = undefined;
  });

  it('starts a server, prints where it is and who to sign in as, and logs requests as JSON', async () => {
    const out: string[] = [];
    const err: string[] = [];
    handle = await runCli(
      ['--port', '0'],
      { stdout: (line) => out.push(line), stderr: (line) => err.push(line) },
      {},
    );
    expect(handle).toBeDefined();
    const url = handle?.server.url ?? '';
    const banner = err.join('\n');
    expect(banner).toContain(`listening on ${url}`);
    expect(banner).toContain(`${url}/openapi.json`);
    expect(banner).toMatch(/citizen-an\s+citizen\s+Nguyễn Văn An/);
    expect(banner).toContain('/sandbox/personas/<id>/token');

    const token = (await (
      await fetch(`${url}/sandbox/personas/citizen-an/token`, { method: 'POST' })
    ).json()) as {
      accessToken: string;
    };
    await fetch(`${url}/units/provinces`, { headers: { authorization: `Bearer ${token.accessToken}` } });
    const logged = out.map((line) => JSON.parse(line) as { route: string; status: number });
    expect(logged.map((entry) => [entry.route, entry.status])).toEqual([
      ['/sandbox/personas/{id}/token', 200],
      ['/units/provinces', 200],
    ]);
    expect(out.join('\n')).not.toContain(token.accessToken);
  });

  it('prints usage and sets exit code 64 on bad arguments', async () => {
    const err: string[] = [];
    const previous = process.exitCode;
    handle = await runCli(['--port', 'nope'], { stdout: () => {}, stderr: (line) => err.push(line) }, {});
    expect(handle).toBeUndefined();
    expect(process.exitCode).toBe(64);
    process.exitCode = previous;
    expect(err.join('\n')).toContain('Usage: motcua-sandbox');
  });
});
