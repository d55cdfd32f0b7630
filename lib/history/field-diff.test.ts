import { describe, expect, it } from 'vitest';
import { describeChange, diffFields } from './field-diff';
import { KIND_FIELDS } from '@/lib/kinds/fields';

const said = (kind: keyof typeof KIND_FIELDS, before: unknown, after: unknown) =>
  diffFields(KIND_FIELDS[kind].form, before, after).map(describeChange);

describe('diffFields', () => {
  it('says nothing when the fields are the same, however they were stored', () => {
    expect(said('model_card', { metrics: [] }, {})).toEqual([]);
    expect(said('practice', { summary: 'x', appliesTo: ['a', 'b'] }, { summary: ' x ', appliesTo: ['a', 'b'] })).toEqual([]);
  });

  it('model card: a changed subgroup value, a metric added, a drift threshold added', () => {
    const before = {
      metrics: [{ name: 'AUC', value: 0.81 }],
      results: [
        { metric: 'Recall in top decile', slice: 'age 65+', value: 0.34 },
        { metric: 'Recall in top decile', slice: 'age 18-30', value: 0.41 },
      ],
      monitoring: { metrics: ['PSI'], driftThresholds: [], retrainingTrigger: 'monthly' },
    };
    const after = {
      metrics: [
        { name: 'Brier score', value: 0.09, threshold: '< 0.1' },
        { name: 'AUC', value: 0.81 },
      ],
      results: [
        { metric: 'Recall in top decile', slice: 'age 18-30', value: 0.41 },
        { metric: 'Recall in top decile', slice: 'age 65+', value: 0.37 },
      ],
      monitoring: { metrics: ['PSI'], driftThresholds: ['PSI > 0.25 alerts'], retrainingTrigger: 'monthly' },
    };
    expect(said('model_card', before, after)).toEqual([
      'Metrics › Metric Brier score added: Value: 0.09 · Decision threshold: < 0.1',
      'Results by subgroup › Recall in top decile / age 65+ › Value: 0.34 → 0.37',
      'Monitoring › Drift thresholds added: PSI > 0.25 alerts',
    ]);
  });

  it('model card: a version row removed and a dataset marked sensitive', () => {
    const before = {
      versions: [
        { version: '1.2', date: '2026-01-10' },
        { version: '1.3', date: '2026-03-01' },
      ],
      datasets: [{ name: 'events', sensitive: false }],
    };
    const after = { versions: [{ version: '1.3', date: '2026-03-01' }], datasets: [{ name: 'events', sensitive: true }] };
    expect(said('model_card', before, after)).toEqual([
      'Versions › Version 1.2 removed: Date: 2026-01-10',
      'Datasets › events › Contains sensitive data added: yes',
    ]);
  });

  it('retrospective: an action item closed, a lesson reworded, the feasibility forecast filled in', () => {
    const before = {
      lessons: [{ text: 'Label drift hurt us', tags: ['labels'] }],
      actionItems: [{ action: 'Add a drift alert', owner: 'Ana', due: '2026-02-01', status: 'open' }],
    };
    const after = {
      feasibility: { forecast: 'Two years of labels exist' },
      lessons: [{ text: 'Label drift hurt us most', tags: ['labels'] }],
      actionItems: [{ action: 'Add a drift alert', owner: 'Ana', due: '2026-02-01', status: 'done' }],
    };
    expect(said('retrospective', before, after)).toEqual([
      'Data feasibility › Data feasibility: forecast at kickoff added: Two years of labels exist',
      'Lessons › Lesson Label drift hurt us most added: Tags: labels',
      'Lessons › Lesson Label drift hurt us removed: Tags: labels',
      'Action items › Add a drift alert › Status: open → done',
    ]);
  });

  it('runbook: alerts are named by their name, severity shows its label, escalation lines', () => {
    const before = { severity: 'P2', alerts: [{ type: 'input_drift', name: 'psi-high', firesWhen: 'PSI > 0.2' }], escalation: ['on-call'] };
    const after = {
      severity: 'P1',
      alerts: [{ type: 'input_drift', name: 'psi-high', firesWhen: 'PSI > 0.25' }],
      escalation: ['on-call', 'lead'],
    };
    expect(said('runbook', before, after)).toEqual([
      'Severity: P2 → P1',
      'Alerts › psi-high › Fires when: PSI > 0.2 → PSI > 0.25',
      'Escalation, in order added: lead',
    ]);
  });

  it('practice: summary changed, a tag removed', () => {
    expect(
      said(
        'practice',
        { summary: 'Validate data', appliesTo: ['training', 'data'] },
        { summary: 'Validate data first', appliesTo: ['training'] },
      ),
    ).toEqual(['Summary: Validate data → Validate data first', 'Applies to: training, data → training']);
  });
});
