import { describe, expect, it } from 'vitest';
import { edgePath, layoutGraph, NODE } from './graph-layout';

describe('layoutGraph', () => {
  it('puts each kind in its own column, in data-flow order, and stacks pages by title', () => {
    const { at, columns, width } = layoutGraph([
      { id: 'r', kind: 'runbook', title: 'Runbook' },
      { id: 'm2', kind: 'model_card', title: 'B model' },
      { id: 'm1', kind: 'model_card', title: 'A model' },
      { id: 'd', kind: 'dataset', title: 'Data' },
    ]);
    expect(columns.map((c) => c.kind)).toEqual(['dataset', 'model_card', 'runbook']);
    expect(at.get('d')!.x).toBeLessThan(at.get('m1')!.x);
    expect(at.get('m1')!.x).toBe(at.get('m2')!.x);
    expect(at.get('m1')!.y).toBeLessThan(at.get('m2')!.y);
    expect(at.get('m2')!.x).toBeLessThan(at.get('r')!.x);
    expect(width).toBe(NODE.pad * 2 + 3 * NODE.width + 2 * NODE.gapX);
  });

  it('draws edges from the side that faces the target', () => {
    expect(edgePath({ x: 0, y: 0 }, { x: 300, y: 0 })).toMatch(new RegExp(`^M ${NODE.width} `));
    expect(edgePath({ x: 300, y: 0 }, { x: 0, y: 0 })).toMatch(/^M 300 /);
    // Skipping a column: under the box between, from the bottom of one to the bottom of the other.
    const far = NODE.width + NODE.gapX;
    expect(edgePath({ x: 2 * far, y: 0 }, { x: 0, y: 0 })).toBe(
      `M ${2 * far + NODE.width / 2} ${NODE.height} C ${2 * far + NODE.width / 2} ${NODE.height + NODE.gapY - 4}, ${NODE.width / 2} ${NODE.height + NODE.gapY - 4}, ${NODE.width / 2} ${NODE.height}`,
    );
  });
});
