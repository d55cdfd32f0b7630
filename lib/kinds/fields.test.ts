import { describe, expect, it } from 'vitest';
import { isWebLink } from './common';
import { parseFields } from './fields';

const valid = {
  period: { from: '2025-10-01', to: '2026-03-31' },
  participants: [{ name: 'Priya Raman', jobRole: 'lead' }],
  feasibility: { forecast: 'Labels from billing', actual: 'Three weeks to agree the label' },
  decisions: [{ decision: 'LightGBM', rationale: '+6 points', decidedBy: 'Mei Lin', date: '2025-12-10', alternatives: 'LR, MLP' }],
  lessons: [{ text: 'Agree the label at kickoff', tags: ['Label-Definition'] }],
  actionItems: [{ action: 'Add label owner to the template', owner: 'Priya Raman', due: '2026-04-01', status: 'done' }],
};

describe('retrospective fields', () => {
  it('accepts a complete retrospective, normalising dates, tags and defaults', () => {
    const r = parseFields('retrospective', valid);
    expect(r.ok).toBe(true);
    if (!r.ok || !r.value) throw new Error('expected fields');
    const f = r.value.fields as typeof valid & { decisions: { date: Date; evidence: string }[]; lessons: { tags: string[] }[] };
    expect(r.value.version).toBe(1);
    expect(f.decisions[0]!.date).toEqual(new Date('2025-12-10'));
    expect(f.decisions[0]!.evidence).toBe('');
    expect(f.lessons[0]!.tags).toEqual(['label-definition']);
  });

  it('accepts an empty retrospective (everything optional at first)', () => {
    expect(parseFields('retrospective', undefined)).toMatchObject({ ok: true });
  });

  it.each([
    [
      'a decision without rationale',
      { decisions: [{ decision: 'X', decidedBy: 'A', date: '2026-01-01' }] },
      'fields.decisions.0.rationale',
    ],
    ['a bad date', { decisions: [{ ...valid.decisions[0], date: 'yesterday' }] }, 'fields.decisions.0.date'],
    ['an unknown action status', { actionItems: [{ action: 'A', owner: 'B', status: 'later' }] }, 'fields.actionItems.0.status'],
    ['an unknown job role', { participants: [{ name: 'A', jobRole: 'wizard' }] }, 'fields.participants.0.jobRole'],
    ['an over-long lesson', { lessons: [{ text: 'x'.repeat(301) }] }, 'fields.lessons.0.text'],
    ['a javascript: action link', { actionItems: [{ action: 'A', owner: 'B', link: 'javascript:alert(1)' }] }, 'fields.actionItems.0.link'],
    [
      'a data: action link',
      { actionItems: [{ action: 'A', owner: 'B', link: 'data:text/html,<script>alert(1)</script>' }] },
      'fields.actionItems.0.link',
    ],
    ['a vbscript: action link', { actionItems: [{ action: 'A', owner: 'B', link: 'vbscript:msgbox(1)' }] }, 'fields.actionItems.0.link'],
    [
      'a protocol-relative action link',
      { actionItems: [{ action: 'A', owner: 'B', link: '//evil.example/x' }] },
      'fields.actionItems.0.link',
    ],
    ['a date that does not exist', { actionItems: [{ action: 'A', owner: 'B', due: '2026-02-30' }] }, 'fields.actionItems.0.due'],
    ['a NUL byte in a lesson', { lessons: [{ text: 'a\u0000b' }] }, 'fields.lessons.0.text'],
  ])('refuses %s, naming the field', (_name, input, path) => {
    const r = parseFields('retrospective', input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors)).toContain(path);
  });

  it('accepts tracker links on the web and on this site', () => {
    for (const link of ['https://tracker.example/ML-42', 'http://jira.internal/browse/ML-1', '/w/churn/runbook', '']) {
      expect(parseFields('retrospective', { actionItems: [{ action: 'A', owner: 'B', link }] })).toMatchObject({ ok: true });
    }
  });

  it('refuses a field it does not know (a typo in content/ must not vanish)', () => {
    expect(parseFields('retrospective', { wentwell: ['x'] })).toMatchObject({
      ok: false,
      errors: { fields: expect.stringContaining('wentwell') },
    });
  });
});

const card = {
  overview: 'Scores churn risk weekly',
  versions: [{ version: '1.3', date: '2026-09-02', stage: 'production', registry: 'models:/churn-risk/13' }],
  owners: [{ name: 'Mei Lin', jobRole: 'data_scientist' }],
  datasets: [{ name: 'billing', sensitive: true }],
  metrics: [{ name: 'ROC AUC', value: 0.83, threshold: '>= 0.78' }],
  results: [{ metric: 'Recall', slice: 'age 65+', value: 0.37, low: 0.34, high: 0.4 }],
  considerations: [{ risk: 'Age proxy', mitigation: 'Age used for evaluation only' }],
  monitoring: {
    metrics: ['PSI'],
    driftThresholds: ['PSI > 0.25'],
    retrainingTrigger: 'Monthly',
    nextReview: '2026-12-01',
    runbook: 'churn-runbook',
  },
  decisions: [
    { decision: 'LightGBM over MLP', rationale: 'Same AUC, explainable', decidedBy: 'Mei Lin', date: '2025-12-10', modelVersion: '1.0' },
  ],
};

describe('model card fields', () => {
  it('accepts a full card, with dates and numbers', () => {
    const r = parseFields('model_card', card);
    if (!r.ok || !r.value) throw new Error(JSON.stringify(r));
    const f = r.value.fields as { monitoring: { nextReview: Date }; datasets: { link: string }[] };
    expect(f.monitoring.nextReview).toEqual(new Date('2026-12-01'));
    expect(f.datasets[0]!.link).toBe('');
  });

  it.each([
    ['a result without a slice', { results: [{ metric: 'Recall', value: 0.4 }] }, 'fields.results.0.slice'],
    [
      'an interval that runs backwards',
      { results: [{ metric: 'R', slice: 's', value: 0.4, low: 0.5, high: 0.3 }] },
      'fields.results.0.high',
    ],
    ['a value outside its interval', { results: [{ metric: 'R', slice: 's', value: 0.9, low: 0.3, high: 0.5 }] }, 'fields.results.0.value'],
    ['a metric value that is text', { metrics: [{ name: 'AUC', value: 'high' }] }, 'fields.metrics.0.value'],
    ['a version without a date', { versions: [{ version: '2.0' }] }, 'fields.versions.0.date'],
    ['a bad review date', { monitoring: { nextReview: 'soon' } }, 'fields.monitoring.nextReview'],
    ['a risk without text', { considerations: [{ risk: '  ', mitigation: 'm' }] }, 'fields.considerations.0.risk'],
  ])('refuses %s, naming the field', (_n, input, path) => {
    const r = parseFields('model_card', input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors)).toContain(path);
  });
});

describe('runbook fields', () => {
  const runbook = {
    service: 'churn-score',
    severity: 'P3',
    alerts: [{ type: 'input_drift', name: 'churn_input_drift', firesWhen: 'PSI > 0.25' }],
    firstActions: ['Post in #ml-oncall', 'Tell Retention', 'Run the checks'],
    levers: [{ lever: 'Roll back', how: 'mlctl alias set' }],
  };
  it('accepts a runbook', () => expect(parseFields('runbook', runbook)).toMatchObject({ ok: true }));
  it.each([
    ['a fourth first action', { firstActions: ['a', 'b', 'c', 'd'] }, 'fields.firstActions'],
    ['an unknown severity', { severity: 'urgent' }, 'fields.severity'],
    ['an unknown alert type', { alerts: [{ type: 'gremlins', firesWhen: 'x' }] }, 'fields.alerts.0.type'],
    ['a lever without text', { levers: [{ how: 'x' }] }, 'fields.levers.0.lever'],
  ])('refuses %s, naming the field', (_n, input, path) => {
    const r = parseFields('runbook', { ...runbook, ...input });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors)).toContain(path);
  });
});

describe('practice fields', () => {
  it('accepts a summary, lower-cased tags and related pages', () => {
    const r = parseFields('practice', { summary: 'Do X', appliesTo: ['Monitoring'], related: ['Reproducibility'] });
    expect(r).toMatchObject({ ok: true, value: { fields: { appliesTo: ['monitoring'] } } });
  });
  it.each([
    ['an over-long summary', { summary: 'x'.repeat(501) }, 'fields.summary'],
    ['eleven tags', { appliesTo: Array.from({ length: 11 }, (_, i) => `t${i}`) }, 'fields.appliesTo'],
    ['related pages that are not a list', { related: 'Reproducibility' }, 'fields.related'],
  ])('refuses %s, naming the field', (_n, input, path) => {
    const r = parseFields('practice', input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors)).toContain(path);
  });
});

describe('isWebLink (what SafeLink makes a live link)', () => {
  it.each([
    ['https://x.example/a', true],
    ['http://x.example', true],
    ['/w/_/page', true],
    ['/\\evil.example', false],
    ['//evil.example', false],
    ['javascript:alert(1)', false],
    ['JaVaScRiPt:alert(1)', false],
    ['data:text/html,x', false],
    ['vbscript:x', false],
    ['models:/churn-risk/13', false],
    ['https://x.example/a b', false],
    ['', false],
  ])('%s → %s', (link, expected) => {
    expect(isWebLink(link)).toBe(expected);
  });
});
