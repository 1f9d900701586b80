import { describe, expect, it } from 'vitest';
import { DOSSIER_STATUS_CODES, isFinalStatus } from './codes.js';
import {
  ACTORS,
  type Actor,
  allowedTransitions,
  canActorTransition,
  canTransition,
  DOSSIER_TRANSITIONS,
  statusAfterSupplement,
  transitionFor,
} from './machine.js';

// Written out by hand, independently of the implementation's table: from>to: action, actors.
const LEGAL: Record<string, [string, Actor[]]> = {
  '0>1': ['submit', ['applicant']],
  '1>2': ['accept', ['deskOfficer']],
  '1>3': ['refuse', ['deskOfficer']],
  '1>5': ['requestSupplement', ['deskOfficer']],
  '1>7': ['withdraw', ['applicant']],
  '2>4': ['assign', ['deskOfficer', 'system']],
  '2>7': ['withdraw', ['applicant']],
  '2>9': ['finish', ['deskOfficer']],
  '4>5': ['requestSupplement', ['specialist']],
  '4>6': ['requestFees', ['specialist']],
  '4>7': ['withdraw', ['applicant']],
  '4>8': ['stop', ['specialist']],
  '4>9': ['finish', ['specialist']],
  '5>1': ['answerSupplement', ['applicant']],
  '5>4': ['answerSupplement', ['applicant']],
  '5>7': ['withdraw', ['applicant']],
  '5>8': ['stop', ['system', 'specialist', 'deskOfficer']],
  '6>4': ['payFees', ['system', 'deskOfficer']],
  '6>7': ['withdraw', ['applicant']],
  '6>8': ['stop', ['system', 'specialist']],
  '9>10': ['returnResult', ['deskOfficer', 'system']],
};

const pairs = DOSSIER_STATUS_CODES.flatMap((from) => DOSSIER_STATUS_CODES.map((to) => [from, to] as const));

describe('canTransition', () => {
  it('covers all 121 pairs', () => {
    expect(pairs).toHaveLength(121);
  });

  it.each(pairs)('%i → %i is legal only if listed', (from, to) => {
    expect(canTransition(from, to)).toBe(`${from}>${to}` in LEGAL);
  });

  it('has exactly the listed transitions in its table', () => {
    expect(DOSSIER_TRANSITIONS).toHaveLength(Object.keys(LEGAL).length);
  });

  it.each([
    [Number.NaN, 1],
    [0, Number.NaN],
    [-1, 1],
    [1, 11],
    [11, 1],
    [2.5, 4],
    [2, 4.5],
    [Number.POSITIVE_INFINITY, 1],
    ['1' as unknown as number, 2],
    [undefined as unknown as number, 1],
  ])('refuses junk %s → %s without throwing', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
    expect(transitionFor(from, to)).toBeNull();
    expect(allowedTransitions(from).every((t) => t.from === from)).toBe(true);
  });

  it('never moves a dossier in a final status, and only final statuses are dead ends', () => {
    for (const code of DOSSIER_STATUS_CODES)
      expect(allowedTransitions(code).length === 0).toBe(isFinalStatus(code));
  });

  it('never returns to Draft', () => {
    expect(DOSSIER_STATUS_CODES.some((from) => canTransition(from, 0))).toBe(false);
  });
});

describe('actions and actors', () => {
  it.each(Object.entries(LEGAL))('%s is %j', (pair, [action, actors]) => {
    const [from, to] = pair.split('>').map(Number) as [number, number];
    const transition = transitionFor(from, to);
    expect(transition?.action).toBe(action);
    expect([...(transition?.actors ?? [])].sort()).toEqual([...actors].sort());
    for (const actor of ACTORS) expect(canActorTransition(actor, from, to)).toBe(actors.includes(actor));
  });

  it('lets only the applicant submit, answer a supplement request and withdraw', () => {
    for (const t of DOSSIER_TRANSITIONS)
      if (['submit', 'answerSupplement', 'withdraw'].includes(t.action))
        expect(t.actors).toEqual(['applicant']);
  });

  it('lets the applicant withdraw whenever the dossier is still open, before processing ends', () => {
    for (const from of [1, 2, 4, 5, 6]) expect(canActorTransition('applicant', from, 7)).toBe(true);
    expect(canActorTransition('applicant', 9, 7)).toBe(false);
  });

  it('refuses unknown actors and illegal moves', () => {
    expect(canActorTransition('mayor' as Actor, 1, 2)).toBe(false);
    expect(canActorTransition('deskOfficer', 1, 9)).toBe(false);
    expect(canActorTransition('applicant', 1, 2)).toBe(false);
  });

  it('lists the moves out of a status', () => {
    expect(allowedTransitions(4).map((t) => t.to)).toEqual([5, 6, 9, 8, 7]);
    expect(allowedTransitions(10)).toEqual([]);
  });
});

describe('statusAfterSupplement', () => {
  it('returns the dossier to where the supplement request found it', () => {
    expect(statusAfterSupplement(1)).toBe(1);
    expect(statusAfterSupplement(4)).toBe(4);
  });

  it('has no answer for statuses from which no supplement is requested', () => {
    for (const code of [0, 2, 3, 5, 6, 7, 8, 9, 10, Number.NaN, -1])
      expect(statusAfterSupplement(code)).toBeNull();
  });
});
