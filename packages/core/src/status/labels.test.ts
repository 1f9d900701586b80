import { describe, expect, it } from 'vitest';
import { actorLabel, transitionActionLabel } from './labels.js';
import { ACTORS, TRANSITION_ACTIONS } from './machine.js';

describe('labels', () => {
  it('names every actor in both languages', () => {
    expect(ACTORS.map((a) => actorLabel(a))).toEqual([
      'Người nộp hồ sơ',
      'Cán bộ tiếp nhận',
      'Chuyên viên xử lý',
      'Hệ thống',
    ]);
    expect(ACTORS.map((a) => actorLabel(a, 'en'))).toEqual([
      'Applicant',
      'Desk officer',
      'Specialist',
      'System',
    ]);
  });

  it('names every action in both languages, never falling back to the key', () => {
    for (const action of TRANSITION_ACTIONS) {
      expect(transitionActionLabel(action)).not.toContain('transition.');
      expect(transitionActionLabel(action, 'en')).not.toContain('transition.');
    }
    expect(transitionActionLabel('answerSupplement')).toBe('Nộp bổ sung hồ sơ');
    expect(transitionActionLabel('answerSupplement', 'en')).toBe('Send the requested documents');
  });
});
