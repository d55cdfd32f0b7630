import { describe, expect, it } from 'vitest';
import { ZModelCardFields } from '@/lib/kinds/model-card';
import { mergeRun } from './merge-run';
import { ZRunPayload } from './run-payload';

const today = new Date('2026-12-03T00:00:00Z');
const card = ZModelCardFields.parse({
  intendedUses: ['Rank subscribers for retention offers'],
  considerations: [{ risk: 'Age bias', mitigation: 'Gap limit' }],
  versions: [{ version: '1.2', date: '2026-05-01', stage: 'production' }],
  metrics: [
    { name: 'AUC', value: 0.8, threshold: '≥ 0.78' },
    { name: 'Top-decile capture', value: 0.4, threshold: '≥ 0.35' },
  ],
  results: [{ metric: 'Recall', slice: 'age 65+', value: 0.34 }],
  decisions: [{ decision: 'Use XGBoost', rationale: 'Fast', decidedBy: 'Ana', date: '2026-01-10' }],
});
const run = ZRunPayload.parse({
  pipeline: 'github-actions',
  run: { id: '42', url: 'https://ci.example/runs/42' },
  stage: 'staging',
  metrics: [
    { name: 'AUC', value: 0.83 },
    { name: 'Brier', value: 0.09, threshold: '< 0.1' },
  ],
  results: [{ metric: 'Recall', slice: 'age 65+', value: 0.37, low: 0.33, high: 0.41 }],
  trainingData: 'events 2025-01..2026-10',
});

describe('mergeRun', () => {
  it('adds the version, updates measured values, keeps thresholds and everything people wrote', () => {
    const merged = mergeRun(card, '1.3', run, today);
    expect(merged.versions.map((v) => [v.version, v.stage, v.run])).toEqual([
      ['1.2', 'production', ''],
      ['1.3', 'staging', 'https://ci.example/runs/42'],
    ]);
    expect(merged.versions[1]!.date).toEqual(today);
    expect(merged.metrics).toEqual([
      { name: 'AUC', value: 0.83, threshold: '≥ 0.78' },
      { name: 'Top-decile capture', value: 0.4, threshold: '≥ 0.35' },
      { name: 'Brier', value: 0.09, threshold: '< 0.1' },
    ]);
    expect(merged.results).toEqual([{ metric: 'Recall', slice: 'age 65+', value: 0.37, low: 0.33, high: 0.41 }]);
    expect(merged.trainingData).toBe('events 2025-01..2026-10');
    expect(merged.intendedUses).toEqual(card.intendedUses);
    expect(merged.considerations).toEqual(card.considerations);
    expect(merged.decisions).toEqual(card.decisions);
  });

  it('is idempotent: the same run merged twice changes nothing more, whatever the day', () => {
    const once = mergeRun(card, '1.3', run, today);
    expect(mergeRun(once, '1.3', run, new Date('2027-01-01T00:00:00Z'))).toEqual(once);
  });

  it('refuses a confidence interval that runs backwards, naming the field', () => {
    const bad = ZRunPayload.safeParse({
      pipeline: 'p',
      run: { id: '1', url: '' },
      results: [{ metric: 'm', slice: 's', value: 0.5, low: 0.6, high: 0.4 }],
    });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path.join('.'))).toContain('results.0.high');
  });
});
