import { describe, expect, it } from 'vitest';
import { defaultReviewBy, reviewState } from './review-policy';

const now = new Date('2026-11-28T12:00:00Z');

describe('defaultReviewBy', () => {
  it.each([
    ['runbook', '2027-02-26'],
    ['model_card', '2027-02-26'],
    ['practice', '2027-05-27'],
    ['retrospective', '2027-11-28'],
  ] as const)('%s → %s', (kind, date) => {
    expect(defaultReviewBy(kind, now).toISOString()).toBe(`${date}T00:00:00.000Z`); // a day, as files and pages write it
  });
});

describe('reviewState', () => {
  it.each([
    [null, 'unscheduled'],
    ['2026-11-28T11:59:59Z', 'overdue'],
    ['2026-01-01T00:00:00Z', 'overdue'],
    ['2026-11-28T12:00:00Z', 'due-soon'],
    ['2026-12-12T12:00:00Z', 'due-soon'],
    ['2026-12-12T12:00:01Z', 'current'],
  ] as const)('review by %s is %s', (reviewBy, state) => {
    expect(reviewState(reviewBy ? new Date(reviewBy) : null, now)).toBe(state);
  });
});
