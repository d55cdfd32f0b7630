// The structured part of a runbook for a model in production (after Google SRE's playbooks):
// what fires, how to tell if it is real, what to do first, and levers from most reversible.
import { z } from 'zod';
import { lines, optionalText, text, ZDay } from './common';
import type { TFieldSpec } from './form-spec';

export const RUNBOOK_SCHEMA_VERSION = 1;

const SEVERITIES = ['P1', 'P2', 'P3', 'P4'] as const;
export const ALERT_TYPES = ['quality_drop', 'input_drift', 'prediction_shift', 'latency', 'failure', 'other'] as const;
export const ALERT_TYPE_LABEL: Record<(typeof ALERT_TYPES)[number], string> = {
  quality_drop: 'Quality drop',
  input_drift: 'Input drift',
  prediction_shift: 'Prediction shift',
  latency: 'Latency',
  failure: 'Job or service failure',
  other: 'Other',
};

export const ZRunbookFields = z.strictObject({
  service: optionalText(300),
  severity: z.enum(SEVERITIES, { message: `One of ${SEVERITIES.join(', ')}` }).optional(),
  dashboards: z
    .array(z.object({ name: text(200), link: optionalText(500) }))
    .max(20)
    .default([]),
  lastTested: ZDay.optional(),
  alerts: z
    .array(
      z.object({
        type: z.enum(ALERT_TYPES, { message: 'Pick the kind of alert' }),
        name: optionalText(200),
        firesWhen: text(500),
      }),
    )
    .max(50)
    .default([]),
  checks: lines(500, 20),
  firstActions: z.array(text(500)).max(3, 'Three first actions at most: the rest belong further down').default([]),
  causes: z
    .array(z.object({ cause: text(300), verify: optionalText(500), mitigate: optionalText(500) }))
    .max(30)
    .default([]),
  levers: z
    .array(z.object({ lever: text(300), how: optionalText(1000) }))
    .max(20)
    .default([]),
  escalation: lines(300, 20),
  afterResolution: lines(500, 20),
  // Model cards (titles or slugs) this runbook operates: each is an "operates" relation.
  operates: lines(200, 20),
});

export const RUNBOOK_FORM: TFieldSpec[] = [
  {
    type: 'row',
    fields: [
      { type: 'text', key: 'service', label: 'Model or service' },
      { type: 'select', key: 'severity', label: 'Severity', options: SEVERITIES.map((s) => ({ value: s, label: s })), blank: 'Not set' },
      { type: 'date', key: 'lastTested', label: 'Last tested' },
    ],
  },
  { type: 'lines', key: 'operates', label: 'Models it operates', hint: 'Model card titles, e.g. Fraud scoring model' },
  {
    type: 'rows',
    key: 'dashboards',
    label: 'Dashboards',
    item: 'dashboard',
    fields: [
      { type: 'text', key: 'name', label: 'Dashboard' },
      { type: 'text', key: 'link', label: 'Link' },
    ],
  },
  {
    type: 'rows',
    key: 'alerts',
    label: 'Alerts',
    item: 'alert',
    identity: ['name'],
    fields: [
      { type: 'select', key: 'type', label: 'Type', options: ALERT_TYPES.map((t) => ({ value: t, label: ALERT_TYPE_LABEL[t] })) },
      { type: 'text', key: 'name', label: 'Alert name' },
      { type: 'text', key: 'firesWhen', label: 'Fires when' },
    ],
  },
  {
    type: 'row',
    fields: [
      { type: 'lines', key: 'checks', label: '“Is this real?” checks' },
      { type: 'lines', key: 'firstActions', label: 'First three actions' },
    ],
  },
  {
    type: 'rows',
    key: 'causes',
    label: 'Likely causes, most frequent first',
    item: 'cause',
    fields: [
      { type: 'text', key: 'cause', label: 'Cause' },
      { type: 'text', key: 'verify', label: 'How to verify' },
      { type: 'text', key: 'mitigate', label: 'Mitigation' },
    ],
  },
  {
    type: 'rows',
    key: 'levers',
    label: 'Levers, most reversible first',
    item: 'lever',
    fields: [
      { type: 'text', key: 'lever', label: 'Lever' },
      { type: 'text', key: 'how', label: 'How (command or steps)' },
    ],
  },
  {
    type: 'row',
    fields: [
      { type: 'lines', key: 'escalation', label: 'Escalation, in order' },
      { type: 'lines', key: 'afterResolution', label: 'After resolution' },
    ],
  },
];
