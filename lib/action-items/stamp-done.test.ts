import { describe, expect, it } from 'vitest';
import { stampDone } from './stamp-done';

const item = (action: string, status: string, extra: object = {}) => ({ action, status, ...extra });

describe('stampDone', () => {
  it('fills in who and when for an item this save marks done', () => {
    expect(stampDone([item('Fix alerts', 'open')], [item('Fix alerts', 'done')], 'Mei Lin', '2026-12-03')).toEqual([
      { action: 'Fix alerts', status: 'done', doneBy: 'Mei Lin', doneOn: '2026-12-03' },
    ]);
  });

  it('keeps what the writer typed, and leaves items done before as they were', () => {
    const typed = item('A', 'done', { doneBy: 'Priya Raman', doneOn: '2026-11-01' });
    const old = item('B', 'done');
    expect(stampDone([item('A', 'open'), old], [typed, old], 'Mei Lin', '2026-12-03')).toEqual([typed, old]);
  });

  it('matches items by their text, whatever the case or order', () => {
    const got = stampDone(
      [item('Add a test', 'open'), item('Other', 'done')],
      [item('Other', 'done'), item('add a TEST ', 'done')],
      'X',
      'D',
    );
    expect(got.map((a) => (a as { doneBy?: string }).doneBy)).toEqual([undefined, 'X']);
  });

  it('clears who and when when an item is reopened or dropped', () => {
    const done = item('A', 'done', { doneBy: 'Mei Lin', doneOn: '2026-11-01' });
    expect(stampDone([done], [{ ...done, status: 'open' }], 'X', 'D')).toEqual([{ action: 'A', status: 'open', doneBy: '' }]);
  });
});
