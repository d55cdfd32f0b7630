import { describe, expect, it } from 'vitest';
import { completeness } from './rules';
import { filledSections } from './sections';

describe('filledSections', () => {
  it('counts a section as filled only when it has more than an empty outline', () => {
    const s = filledSections(['## Empty table', '| a | b |', '|---|---|', '| | |', '## Bare list', '1. ', '- ', '## Label only', '- **Owner:**', 'Drift threshold:', '## Real', 'PSI > 0.25 alerts.'].join('\n'));
    expect([...s.entries()]).toEqual([
      ['empty table', false],
      ['bare list', false],
      ['label only', false],
      ['real', true],
    ]);
  });
});

const card = (sections: string[]) => sections.map((h) => `## ${h}\n\nSomething real.`).join('\n\n');
const ALL = ['Intended use', 'Out-of-scope uses', 'Training and evaluation data', 'Evaluation results by subgroup', 'Ethical considerations', 'Limitations and caveats', 'Monitoring'];

describe('completeness', () => {
  it.each([
    ['a complete model card', ALL, 'owner', 100, true],
    ['a model card without ethics', ALL.filter((s) => s !== 'Ethical considerations'), 'owner', 88, false],
    ['a model card with no owner', ALL, null, 88, true],
    ['an empty model card', [], 'owner', 13, false],
  ] as const)('%s scores %i', (_n, sections, ownerId, score, ethics) => {
    const c = completeness({ kind: 'model_card', body: card([...sections]), fields: null, ownerId });
    expect(c.score).toBe(score);
    expect(c.ethicsCovered).toBe(ethics);
  });

  it('reads the model card template as empty', async () => {
    const { readFileSync } = await import('node:fs');
    const body = readFileSync('content/templates/model_card.md', 'utf8').split('---').slice(2).join('---');
    const c = completeness({ kind: 'model_card', body, fields: null, ownerId: 'x' });
    expect(c.checks.filter((x) => x.done).map((x) => x.id)).toEqual(['owner']);
  });

  it('checks retrospectives from their structured fields', () => {
    const empty = completeness({ kind: 'retrospective', body: '', fields: {}, ownerId: 'x' });
    expect(empty.score).toBe(13);
    const full = completeness({
      kind: 'retrospective',
      body: '',
      ownerId: 'x',
      fields: {
        period: { from: '2026-01-01', to: '2026-02-01' },
        participants: [{ name: 'A', jobRole: 'lead' }],
        feasibility: { forecast: 'f', actual: 'a' },
        ethics: { openRisks: ['r'] },
        decisions: [{ decision: 'd', rationale: 'r', decidedBy: 'b', date: '2026-01-02' }],
        lessons: [{ text: 'l' }],
        actionItems: [{ action: 'a', owner: 'o' }],
      },
    });
    expect(full).toMatchObject({ score: 100, ethicsCovered: true });
  });

  it('has no ethics item for practices', () => {
    expect(completeness({ kind: 'practice', body: '## Summary\n\nDo X.\n\n## How we do it\n\n1. Step', fields: null, ownerId: 'x' })).toMatchObject({ score: 100, ethicsCovered: null });
  });
});
