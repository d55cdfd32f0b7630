import { describe, expect, it } from 'vitest';
import { completeness } from './rules';
import { filledSections } from './sections';

describe('filledSections', () => {
  it('does not take a "# comment" inside a code block for a heading', () => {
    const s = filledSections(['## Limitations', '', '```python', '# Intended use', 'print(1)', '```'].join('\n'));
    expect([...s.entries()]).toEqual([['limitations', true]]);
  });

  it('counts a section as filled only when it has more than an empty outline', () => {
    const s = filledSections(
      [
        '## Empty table',
        '| a | b |',
        '|---|---|',
        '| | |',
        '## Bare list',
        '1. ',
        '- ',
        '## Label only',
        '- **Owner:**',
        'Drift threshold:',
        '## Real',
        'PSI > 0.25 alerts.',
      ].join('\n'),
    );
    expect([...s.entries()]).toEqual([
      ['empty table', false],
      ['bare list', false],
      ['label only', false],
      ['real', true],
    ]);
  });
});

const FULL_CARD = {
  intendedUses: ['Rank subscribers for offers'],
  outOfScope: ['Pricing decisions'],
  evaluationData: 'Last 12 weeks, held out in time',
  results: [{ metric: 'Recall', slice: 'age 65+', value: 0.37, low: 0.34, high: 0.4 }],
  considerations: [{ risk: 'Older customers under-served', mitigation: 'Call-centre feed' }],
  limitations: ['New customers poorly calibrated'],
  monitoring: { metrics: ['PSI top-10 features'], retrainingTrigger: 'Capture < 0.35 two weeks running', nextReview: '2026-12-01' },
};
const without = (key: keyof typeof FULL_CARD) => Object.fromEntries(Object.entries(FULL_CARD).filter(([k]) => k !== key));

describe('completeness', () => {
  it.each([
    ['a complete model card', FULL_CARD, 'owner', 100, true],
    ['a model card without ethical considerations', without('considerations'), 'owner', 88, false],
    ['a model card with no owner at all', FULL_CARD, null, 88, true],
    [
      'a model card whose owners are only listed in its fields',
      { ...FULL_CARD, owners: [{ name: 'Mei', jobRole: 'data_scientist' }] },
      null,
      100,
      true,
    ],
    [
      'a monitoring block without a next review',
      { ...FULL_CARD, monitoring: { ...FULL_CARD.monitoring, nextReview: undefined } },
      'owner',
      88,
      true,
    ],
    ['an empty model card', {}, 'owner', 13, false],
  ] as const)('%s scores %i', (_n, fields, ownerId, score, ethics) => {
    const c = completeness({ kind: 'model_card', body: '', fields, ownerId });
    expect(c.score).toBe(score);
    expect(c.ethicsCovered).toBe(ethics);
  });

  it('reads the model card template as empty', async () => {
    const { readFileSync } = await import('node:fs');
    const { default: matter } = await import('gray-matter');
    const file = matter(readFileSync('content/templates/model_card.md', 'utf8'));
    const c = completeness({ kind: 'model_card', body: file.content, fields: file.data.fields, ownerId: 'x' });
    expect(c.checks.filter((x) => x.done).map((x) => x.id)).toEqual(['owner']);
  });

  it('checks runbooks from their fields, and the first actions count', () => {
    const empty = completeness({ kind: 'runbook', body: '## Alerts\n\nText in the body does not count.', fields: {}, ownerId: 'x' });
    expect(empty.score).toBe(14);
    const full = completeness({
      kind: 'runbook',
      body: '',
      ownerId: 'x',
      fields: {
        service: 'churn-score',
        alerts: [{ type: 'input_drift', firesWhen: 'PSI > 0.25' }],
        checks: ['Row count'],
        firstActions: ['Post in #ml-oncall'],
        levers: [{ lever: 'Roll back' }],
        escalation: ['Tomás, then Priya'],
      },
    });
    expect(full).toMatchObject({ score: 100, ethicsCovered: null });
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

  it('checks practices from their summary and tags, and the body for how', () => {
    const fields = { summary: 'Do X.', appliesTo: ['monitoring'] };
    expect(completeness({ kind: 'practice', body: '## How we do it\n\n1. Step', fields, ownerId: 'x' })).toMatchObject({
      score: 100,
      ethicsCovered: null,
    });
    expect(completeness({ kind: 'practice', body: '## How we do it\n\n1. ', fields, ownerId: 'x' }).score).toBe(75);
    expect(completeness({ kind: 'practice', body: '## How we do it\n\n1. Step', fields: { summary: 'Do X.' }, ownerId: 'x' }).score).toBe(
      75,
    );
  });
});
