import { describe, expect, it } from 'vitest';
import { countWords, diffBody, type TDiffBlock } from './body-diff';

const changes = (blocks: TDiffBlock[]) => blocks.filter((b) => b.type === 'change');

describe('diffBody', () => {
  it('is empty for equal texts', () => {
    expect(diffBody('a\nb\n', 'a\nb\n')).toEqual([]);
  });

  it('marks the changed words inside a changed line, and each side shows only its own', () => {
    const blocks = diffBody('# Plan\nPost in #ml-oncall now.\n', '# Plan\nPost in #ml-incidents now.\n');
    const [change] = changes(blocks);
    expect(change).toBeDefined();
    const { inline, before, after } = change as Extract<TDiffBlock, { type: 'change' }>;
    expect(inline.filter((s) => s.op === 'del').map((s) => s.text)).toEqual(['oncall']);
    expect(inline.filter((s) => s.op === 'ins').map((s) => s.text)).toEqual(['incidents']);
    expect(before.map((s) => s.text).join('')).toBe('Post in #ml-oncall now.\n');
    expect(after.map((s) => s.text).join('')).toBe('Post in #ml-incidents now.\n');
    expect(countWords(blocks)).toEqual({ added: 1, removed: 1 });
  });

  it('folds a long unchanged stretch, keeping three lines of context each side', () => {
    const middle = Array.from({ length: 40 }, (_, i) => `line ${i}`);
    const before = ['start', ...middle, 'end'].join('\n') + '\n';
    const after = ['START', ...middle, 'END'].join('\n') + '\n';
    const same = diffBody(before, after).filter((b) => b.type === 'same');
    expect(same).toHaveLength(1);
    const [block] = same as Extract<TDiffBlock, { type: 'same' }>[];
    expect(block!.head).toEqual(['line 0', 'line 1', 'line 2']);
    expect(block!.tail).toEqual(['line 37', 'line 38', 'line 39']);
    expect(block!.hidden).toHaveLength(34);
  });

  it('shows whole added and removed stretches where only one side has text', () => {
    const blocks = diffBody('keep\n', 'keep\nnew paragraph here\n');
    expect(changes(blocks)).toEqual([
      {
        type: 'change',
        inline: [{ op: 'ins', text: 'new paragraph here\n' }],
        before: [],
        after: [{ op: 'ins', text: 'new paragraph here\n' }],
      },
    ]);
  });

  it('gives back both texts exactly on a long page rewritten throughout', () => {
    const a = Array.from({ length: 3000 }, (_, i) => `alpha ${i} beta gamma`).join('\n');
    const b = Array.from({ length: 3000 }, (_, i) => `delta ${i * 7} epsilon`).join('\n');
    const blocks = diffBody(a, b);
    const text = (side: 'before' | 'after') =>
      blocks
        .map((x) => (x.type === 'change' ? x[side].map((s) => s.text).join('') : [...x.head, ...x.hidden, ...x.tail].join('\n')))
        .join('');
    expect(text('before')).toBe(a);
    expect(text('after')).toBe(b);
  });
});
