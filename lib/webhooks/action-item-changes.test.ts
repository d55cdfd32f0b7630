import { describe, expect, it } from 'vitest';
import { actionItemChanges, actionItemData, type TActionItemRow } from './action-item-changes';

const item = (action: string, status: TActionItemRow['status'] = 'open'): TActionItemRow => ({ action, owner: 'Priya', due: null, status });

describe('actionItemChanges', () => {
  it.each([
    ['nothing before: every item is new', [], [item('A'), item('B', 'done')], ['A', 'B'], []],
    ['same items reordered: no change', [item('A'), item('B')], [item('B'), item('A')], [], []],
    ['text matched trimmed and in any case', [item('Add alert')], [item('  add ALERT ', 'done')], [], ['  add ALERT ']],
    ['marked done', [item('A'), item('B')], [item('A', 'done'), item('B')], [], ['A']],
    ['already done stays quiet', [item('A', 'done')], [item('A', 'done')], [], []],
    ['dropped is not done', [item('A')], [item('A', 'dropped')], [], []],
    ['new and done at once is only new', [item('A')], [item('A'), item('C', 'done')], ['C'], []],
    ['removed items are not announced', [item('A'), item('B')], [item('A')], [], []],
  ] as const)('%s', (_, before, after, created, done) => {
    const got = actionItemChanges([...before], [...after]);
    expect(got.created.map((a) => a.action)).toEqual(created);
    expect(got.done.map((a) => a.action)).toEqual(done);
  });

  it('gives due dates as days', () => {
    expect(actionItemData({ ...item('A'), due: new Date('2026-05-01T00:00:00Z') }).due).toBe('2026-05-01');
  });
});
