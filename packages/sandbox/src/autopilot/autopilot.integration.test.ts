import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/databases.js';
import { type RunningSandbox, startSandbox } from '../../test/harness.js';
import { client, fileDossier } from '../dossiers/test-support.js';
import { autopilotPath, codeHash } from './autopilot.js';

describe('autopilot paths', () => {
  it('are chosen by a stable hash of the dossier code', () => {
    expect(codeHash('001.00.00.H26-261124-0001')).toBe(codeHash('001.00.00.H26-261124-0001'));
    const paths = Array.from({ length: 200 }, (_, i) =>
      autopilotPath(`001.00.00.H26-261124-${String(i + 1).padStart(4, '0')}`),
    );
    for (const path of ['straight', 'supplementAtDesk', 'supplementInProcessing'] as const) {
      expect(paths.filter((candidate) => candidate === path).length).toBeGreaterThan(20);
    }
  });
});

describe.each(testDatabases())('the officer autopilot on $name', (engine) => {
  let sb: RunningSandbox;
  let api: ReturnType<typeof client>;
  let an: string;

  beforeAll(async () => {
    sb = await startSandbox(engine);
    api = client(sb);
    an = await sb.token('citizen-an');
  });
  afterAll(() => sb.stop());

  it('is off by default and moves nothing', async () => {
    const off = await api.post('/sandbox/autopilot', { json: { enabled: false } });
    expect(off.status).toBe(200);
    expect(off.body).toEqual({ enabled: false, speed: 'normal' });
    const { code } = await fileDossier(sb, an);
    await sleep(300);
    expect((await api.get(`/dossiers/${code}`, { token: an })).body.status).toBe(1);
  });

  it('walks submitted dossiers to a returned result as the seeded officers, supplements included', async () => {
    // Enough dossiers for every path (codes, hence paths, depend on the day): at most 40.
    const filed: { code: string }[] = [];
    const paths = () => new Set(filed.map(({ code }) => autopilotPath(code)));
    while (filed.length < 40 && (filed.length < 4 || paths().size < 3)) filed.push(await fileDossier(sb, an));
    expect(paths().size).toBe(3);
    const on = await api.post('/sandbox/autopilot', { json: { enabled: true, speed: 'instant' } });
    expect(on.body).toEqual({ enabled: true, speed: 'instant' });

    const deadline = Date.now() + 15_000;
    const done = new Set<string>();
    const supplemented = new Set<string>();
    while (done.size < filed.length && Date.now() < deadline) {
      for (const { code } of filed) {
        if (done.has(code)) continue;
        const { body } = await api.get(`/dossiers/${code}`, { token: an });
        if (body.status === 10) done.add(code);
        if (body.status === 5) {
          // The autopilot plays officers only: the citizen answers.
          supplemented.add(code);
          expect((await api.post(`/dossiers/${code}/supplement`, { token: an })).status).toBe(200);
        }
      }
      await sleep(50);
    }
    expect(done.size).toBe(filed.length);
    const expected = filed.filter(({ code }) => autopilotPath(code) !== 'straight').map(({ code }) => code);
    expect([...supplemented].sort()).toEqual(expected.sort());

    const straight = filed.find(({ code }) => autopilotPath(code) === 'straight');
    const history = await api.get(`/dossiers/${straight?.code}/history`, { token: an });
    const steps = history.body.items as { status: number; officer?: { id: string } }[];
    expect(steps.at(-1)?.status).toBe(10);
    const officers = steps.flatMap((step) => (step.officer ? [step.officer.id] : []));
    expect(officers).toContain('officer-ba-dinh-desk');
    expect(officers).toContain('officer-ba-dinh-specialist');

    const offAgain = await api.post('/sandbox/autopilot', { json: { enabled: false } });
    expect(offAgain.body).toEqual({ enabled: false, speed: 'instant' });
    const { code } = await fileDossier(sb, an);
    await sleep(300);
    expect((await api.get(`/dossiers/${code}`, { token: an })).body.status).toBe(1);
  });

  it('stops with the sandbox', async () => {
    const own = await startSandbox(engine);
    const ownApi = client(own);
    await ownApi.post('/sandbox/autopilot', { json: { enabled: true, speed: 'instant' } });
    await sleep(250);
    await own.stop(); // resolves only once the walker has stopped and the database is closed
  });
});
