import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/databases.js';
import { type RunningSandbox, startSandbox } from '../../test/harness.js';
import { notesModule } from '../../test/notes-module.js';
import { jsonLogger } from './logger.js';

const SECRETS = /001087123456|0912345678|0100233488|mct_[\w-]{20,}/;

describe.each(testDatabases())('request logs on $name', (engine) => {
  let sb: RunningSandbox;
  const lines: string[] = [];
  const entries = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);

  beforeAll(async () => {
    sb = await startSandbox(engine, {
      modules: [notesModule],
      logger: jsonLogger({ level: 'info', write: (line) => lines.push(line) }),
    });
  });
  afterAll(() => sb.stop());

  it('writes one line per request: method, route template, status, duration, request id', async () => {
    lines.length = 0;
    const response = await sb.request('/units/provinces/01/communes');
    const [entry] = entries();
    expect(entries()).toHaveLength(1);
    expect(entry).toEqual({
      time: expect.any(String),
      level: 'info',
      msg: 'request',
      method: 'GET',
      route: '/units/provinces/{provinceCode}/communes',
      status: 200,
      ms: expect.any(Number),
      requestId: response.headers.get('x-request-id'),
    });
  });

  it('never logs tokens, citizen IDs, phone numbers or tax codes', async () => {
    lines.length = 0;
    const token = await sb.token('citizen-an');
    await sb.request('/test/notes', {
      method: 'POST',
      token,
      json: { text: 'CCCD 001087123456, ĐT 0912345678, MST 0100233488', fail: 'crash' },
      headers: { 'x-request-id': 'trace-001087123456' },
    });
    await sb.request('/citizens/001087123456?phone=0912345678', { token });
    await sb.request('/units/search?q=0100233488', { headers: { authorization: `Bearer ${token}` } });
    expect(lines.length).toBeGreaterThanOrEqual(4);
    for (const line of lines) expect(line).not.toMatch(SECRETS);
    const crash = entries().find((entry) => entry.msg === 'unhandled error');
    expect(crash?.level).toBe('error');
    expect(JSON.stringify(crash)).toContain('*********456');
  });

  it('marks dropped connections', async () => {
    lines.length = 0;
    await sb.request('/health', { headers: { 'x-sandbox-fault': 'drop' } }).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(entries()[0]).toMatchObject({ route: null, dropped: true });
  });
});
