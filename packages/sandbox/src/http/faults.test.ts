import { describe, expect, it } from 'vitest';
import { FaultMemory, parseFault } from './faults.js';

describe('parseFault', () => {
  it.each([
    ['latency=200', { latencyMs: 200, action: { kind: 'none' }, times: 1, after: 0 }],
    ['status=503', { latencyMs: 0, action: { kind: 'status', status: 503 }, times: 1, after: 0 }],
    [
      'status=429;retry-after=1',
      { latencyMs: 0, action: { kind: 'status', status: 429, retryAfter: 1 }, times: 1, after: 0 },
    ],
    [
      ' Status=429 ; Retry-After=2 ',
      { latencyMs: 0, action: { kind: 'status', status: 429, retryAfter: 2 }, times: 1, after: 0 },
    ],
    ['drop', { latencyMs: 0, action: { kind: 'drop' }, times: 1, after: 0 }],
    [
      'latency=50;drop-after-commit',
      { latencyMs: 50, action: { kind: 'drop-after-commit' }, times: 1, after: 0 },
    ],
    ['status=500,times=3', { latencyMs: 0, action: { kind: 'status', status: 500 }, times: 3, after: 0 }],
    ['drop;after=2', { latencyMs: 0, action: { kind: 'drop' }, times: 1, after: 2 }],
  ])('%s', (value, expected) => {
    expect(parseFault(value)).toEqual(expected);
  });

  it.each([
    '',
    ';',
    'status=200',
    'status=abc',
    'latency=30001',
    'retry-after=5',
    'drop;drop-after-commit',
    'status=503;drop',
    'drop=yes',
    'times=0',
    'after=-1',
    'after=101',
    'explode',
  ])('refuses %j with a reason', (value) => {
    expect(typeof parseFault(value)).toBe('string');
  });
});

describe('FaultMemory', () => {
  it('faults the first `times` attempts of an id, then lets them through', () => {
    const memory = new FaultMemory();
    expect([memory.take('a', 2), memory.take('a', 2), memory.take('a', 2)]).toEqual([true, true, false]);
    expect(memory.take('b', 1)).toBe(true);
    memory.clear();
    expect(memory.take('a', 1)).toBe(true);
  });

  it('lets the first `after` requests of an id through, faults the next `times`, then lets the rest through', () => {
    const memory = new FaultMemory();
    const faulted = Array.from({ length: 6 }, () => memory.take('upload', 2, 3));
    expect(faulted).toEqual([false, false, false, true, true, false]);
  });

  it('forgets the oldest ids beyond its capacity', () => {
    const memory = new FaultMemory(2);
    memory.take('a', 1);
    memory.take('b', 1);
    memory.take('c', 1);
    expect(memory.take('a', 1)).toBe(true);
    expect(memory.take('c', 1)).toBe(false);
  });
});
