import { describe, expect, it } from 'vitest';
import { newlyAssigned } from './newly-assigned';

const row = (action: string, assigneeId: string | null, status = 'open') => ({ action, assigneeId, status });

describe('newlyAssigned', () => {
  it('names new open items with an assignee, and items handed to someone else', () => {
    const before = [row('Keep', 'u1'), row('Hand over', 'u1')];
    const after = [row('Keep', 'u1'), row('Hand over', 'u2'), row('New', 'u3'), row('Nobody', null)];
    expect(newlyAssigned(before, after).map((a) => a.action)).toEqual(['Hand over', 'New']);
  });

  it('leaves out items already done or dropped, and edits that only change case', () => {
    expect(newlyAssigned([row('Same', 'u1')], [row('SAME ', 'u1'), row('Done', 'u2', 'done'), row('Gone', 'u2', 'dropped')])).toEqual([]);
  });
});
