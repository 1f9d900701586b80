import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MotcuaClient } from '../src/index.js';
import { AN_APPLICANT, BIRTH, startSandbox, type TestSandbox } from './support.js';

describe('cursor pagination against the real sandbox', () => {
  let sb: TestSandbox;
  let client: MotcuaClient;
  let requests: URL[];

  beforeAll(async () => {
    sb = await startSandbox();
    requests = [];
    client = await sb.client('citizen-an', {
      fetch: (input, init) => {
        const request = new Request(input, init);
        requests.push(new URL(request.url));
        return fetch(request);
      },
    });
  });
  afterAll(() => sb?.close());

  it('for await yields every procedure exactly once across pages of two', async () => {
    const everything = await client.procedures.search({ limit: 100 }).toArray({ limit: 1000 });
    expect(everything.length).toBeGreaterThan(10);
    requests.length = 0;

    const seen: string[] = [];
    for await (const procedure of client.procedures.search({ limit: 2 })) seen.push(procedure.code);
    expect(seen).toEqual(everything.map((p) => p.code));
    expect(new Set(seen).size).toBe(seen.length);
    // One request per page, each after the cursor the previous page gave.
    expect(requests).toHaveLength(Math.ceil(everything.length / 2));
    expect(requests[0]?.searchParams.get('cursor')).toBeNull();
    expect(requests.slice(1).every((url) => url.searchParams.get('cursor'))).toBe(true);
    expect(requests.every((url) => url.searchParams.get('limit') === '2')).toBe(true);
  });

  it('toArray({ limit }) and break stop early, fetching no further page', async () => {
    requests.length = 0;
    const first3 = await client.procedures.search({ limit: 2 }).toArray({ limit: 3 });
    expect(first3).toHaveLength(3);
    expect(requests).toHaveLength(2);

    requests.length = 0;
    for await (const _ of client.procedures.search({ limit: 2 })) break;
    expect(requests).toHaveLength(1);
  });

  it('pages() gives each page with its cursor; filters are kept on every page', async () => {
    const pages = [];
    for await (const page of client.agencies.list({ provinceCode: '01', q: 'so', limit: 5 }).pages()) {
      pages.push(page);
    }
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.slice(0, -1).every((p) => p.items.length === 5 && p.nextCursor)).toBe(true);
    expect(pages.at(-1)?.nextCursor ?? null).toBeNull();
    const codes = pages.flatMap((p) => p.items.map((a) => a.code));
    expect(new Set(codes).size).toBe(codes.length);
    const all = await client.agencies
      .list({ provinceCode: '01', q: 'so', limit: 100 })
      .toArray({ limit: 500 });
    expect(codes).toEqual(all.map((a) => a.code));
    expect(all.every((a) => a.code.endsWith('.H26'))).toBe(true);
  });

  it('walks a long listing (hundreds of agencies) in full pages of 100', async () => {
    requests.length = 0;
    const codes: string[] = [];
    for await (const agency of client.agencies.list({ q: 'ba', limit: 100 })) codes.push(agency.code);
    expect(codes.length).toBeGreaterThan(100);
    expect(new Set(codes).size).toBe(codes.length);
    // One request per page (a last, empty page only if the one before was exactly full).
    expect(requests.length - Math.ceil(codes.length / 100)).toBeOneOf([0, 1]);
  });

  it("a citizen's dossiers, newest first, each once over pages of three", async () => {
    const created: string[] = [];
    for (let i = 0; i < 8; i++) {
      const draft = await client.dossiers.create({
        procedureCode: BIRTH,
        applicant: AN_APPLICANT,
        summary: `Hồ sơ ${i}`,
      });
      created.push(draft.id);
    }
    const listed: string[] = [];
    for await (const dossier of client.dossiers.list({ limit: 3 })) listed.push(dossier.id);
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed).toEqual(expect.arrayContaining(created));
    // Newest first: the drafts come back in the reverse order of their creation.
    expect(listed.filter((id) => created.includes(id))).toEqual([...created].reverse());
  });
});
