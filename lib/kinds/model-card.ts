// The structured part of a model card, after "Model Cards for Model Reporting" (Mitchell et al.),
// Hugging Face's model card and Google's Model Card Toolkit, plus the monitoring block our
// practice asks for. The Markdown body keeps design notes and history.
import { z } from 'zod';
import { DECISIONS_FIELD, lines, optionalText, PEOPLE_FIELDS, text, ZDay, ZDecision, ZPerson } from './common';
import type { TFieldSpec } from './form-spec';

export const MODEL_CARD_SCHEMA_VERSION = 1;

const ZNumber = z.number({ message: 'Must be a number' }).finite();
const ZLink = optionalText(500);

// run: the training run that produced the version (an MLflow, Kubeflow or CI run's address).
const ZModelVersion = z.object({ version: text(60), date: ZDay, stage: optionalText(60), registry: ZLink, run: ZLink });
// name: a dataset page's title where there is one ("trained on" points at it), else a plain name.
export const ZDataset = z.object({
  name: text(200),
  link: ZLink,
  sensitive: z.boolean().default(false),
  use: z.enum(['training', 'evaluation'], { message: 'training or evaluation' }).default('training'),
});
export const ZMetric = z.object({ name: text(200), value: ZNumber.optional(), threshold: optionalText(200) });
export const ZSubgroupResult = z
  .object({ metric: text(200), slice: text(200), value: ZNumber, low: ZNumber.optional(), high: ZNumber.optional() })
  .refine((r) => r.low === undefined || r.high === undefined || r.low <= r.high, {
    message: 'The interval must run from low to high',
    path: ['high'],
  })
  .refine((r) => (r.low ?? -Infinity) <= r.value && r.value <= (r.high ?? Infinity), {
    message: 'The value must lie inside its interval',
    path: ['value'],
  });
const ZConsideration = z.object({ risk: text(500), mitigation: optionalText(1000) });

const ZMonitoring = z.object({
  metrics: lines(300, 30),
  driftThresholds: lines(300, 30),
  retrainingTrigger: optionalText(1000),
  lastRetrained: ZDay.optional(),
  nextReview: ZDay.optional(),
  runbook: optionalText(200), // a page title or slug, linked like [[...]]
});

export const ZModelCardFields = z.strictObject({
  overview: optionalText(2000),
  modelType: optionalText(200),
  versions: z.array(ZModelVersion).max(50).default([]),
  owners: z.array(ZPerson).max(20).default([]),
  license: optionalText(100),
  baseModel: optionalText(200),
  datasets: z.array(ZDataset).max(50).default([]),
  intendedUses: lines(500),
  users: lines(300),
  outOfScope: lines(500),
  factors: lines(300),
  metrics: z.array(ZMetric).max(50).default([]),
  results: z.array(ZSubgroupResult).max(200).default([]),
  trainingData: optionalText(2000),
  evaluationData: optionalText(2000),
  considerations: z.array(ZConsideration).max(50).default([]),
  limitations: lines(500),
  tradeoffs: lines(500),
  recommendations: lines(500),
  monitoring: ZMonitoring.optional(),
  decisions: z.array(ZDecision).max(100).default([]),
});

export type TModelCardFields = z.infer<typeof ZModelCardFields>;

/** Is the monitoring block a plan: something watched, a trigger to retrain and a date to look again. */
export function hasMonitoringPlan(m: TModelCardFields['monitoring']): boolean {
  return Boolean(m && m.metrics.length > 0 && m.retrainingTrigger && m.nextReview);
}

export const MODEL_CARD_FORM: TFieldSpec[] = [
  { type: 'text', key: 'overview', label: 'Overview', long: true },
  {
    type: 'row',
    fields: [
      { type: 'text', key: 'modelType', label: 'Model type and architecture' },
      { type: 'text', key: 'baseModel', label: 'Base model' },
      { type: 'text', key: 'license', label: 'License' },
    ],
  },
  {
    type: 'rows',
    key: 'versions',
    label: 'Versions',
    item: 'version',
    fields: [
      { type: 'text', key: 'version', label: 'Version' },
      { type: 'date', key: 'date', label: 'Date' },
      { type: 'text', key: 'stage', label: 'Stage or alias' },
      { type: 'text', key: 'registry', label: 'Registry link' },
      { type: 'text', key: 'run', label: 'Training run link' },
    ],
  },
  { type: 'rows', key: 'owners', label: 'Owners', item: 'owner', fields: PEOPLE_FIELDS },
  {
    type: 'rows',
    key: 'datasets',
    label: 'Datasets',
    item: 'dataset',
    fields: [
      { type: 'text', key: 'name', label: 'Dataset', hint: 'Its page’s title, where it has one' },
      {
        type: 'select',
        key: 'use',
        label: 'Used for',
        options: [
          { value: 'training', label: 'Training' },
          { value: 'evaluation', label: 'Evaluation' },
        ],
      },
      { type: 'text', key: 'link', label: 'Link' },
      { type: 'check', key: 'sensitive', label: 'Contains sensitive data' },
    ],
  },
  {
    type: 'row',
    label: 'Intended use',
    fields: [
      { type: 'lines', key: 'intendedUses', label: 'Intended uses' },
      { type: 'lines', key: 'users', label: 'Intended users' },
      { type: 'lines', key: 'outOfScope', label: 'Out-of-scope uses' },
    ],
  },
  { type: 'lines', key: 'factors', label: 'Factors (groups, conditions, instruments the results depend on)' },
  {
    type: 'rows',
    key: 'metrics',
    label: 'Metrics',
    item: 'metric',
    fields: [
      { type: 'text', key: 'name', label: 'Metric' },
      { type: 'number', key: 'value', label: 'Value' },
      { type: 'text', key: 'threshold', label: 'Decision threshold' },
    ],
  },
  {
    type: 'rows',
    key: 'results',
    label: 'Results by subgroup',
    item: 'result',
    identity: ['metric', 'slice'],
    fields: [
      { type: 'text', key: 'metric', label: 'Metric' },
      { type: 'text', key: 'slice', label: 'Slice' },
      { type: 'number', key: 'value', label: 'Value' },
      { type: 'number', key: 'low', label: 'CI low' },
      { type: 'number', key: 'high', label: 'CI high' },
    ],
  },
  {
    type: 'row',
    label: 'Training and evaluation data',
    fields: [
      { type: 'text', key: 'trainingData', label: 'Training data', long: true },
      { type: 'text', key: 'evaluationData', label: 'Evaluation data', long: true },
    ],
  },
  {
    type: 'rows',
    key: 'considerations',
    label: 'Ethical considerations',
    item: 'consideration',
    fields: [
      { type: 'text', key: 'risk', label: 'Risk' },
      { type: 'text', key: 'mitigation', label: 'Mitigation' },
    ],
  },
  {
    type: 'row',
    label: 'Limitations and trade-offs',
    fields: [
      { type: 'lines', key: 'limitations', label: 'Limitations' },
      { type: 'lines', key: 'tradeoffs', label: 'Trade-offs' },
      { type: 'lines', key: 'recommendations', label: 'Caveats and recommendations' },
    ],
  },
  {
    type: 'group',
    key: 'monitoring',
    label: 'Monitoring',
    fields: [
      {
        type: 'row',
        fields: [
          { type: 'lines', key: 'metrics', label: 'Monitored metrics' },
          { type: 'lines', key: 'driftThresholds', label: 'Drift thresholds', hint: 'PSI > 0.25 on any top-10 feature' },
        ],
      },
      { type: 'text', key: 'retrainingTrigger', label: 'Retraining trigger' },
      {
        type: 'row',
        fields: [
          { type: 'date', key: 'lastRetrained', label: 'Last retrained' },
          { type: 'date', key: 'nextReview', label: 'Next monitoring review' },
          { type: 'text', key: 'runbook', label: 'Runbook', hint: 'Page name, e.g. churn-runbook' },
        ],
      },
    ],
  },
  DECISIONS_FIELD,
];
