// The sections a kind's card shows for these fields, in order: "On this page" lists them before
// the body's headings. The same conditions as the cards in components/kinds (card-outline.test.tsx
// renders every card and holds this to the headings it really draws). Pure.
import { readFields } from './fields';
import type { TKind } from './kinds';
import { ZModelCardFields } from './model-card';
import { ZRetrospectiveFields } from './retrospective';
import { ZRunbookFields } from './runbook';

export type TOutlineEntry = { id: string; text: string };

const when = (show: boolean, id: string, text: string): TOutlineEntry[] => (show ? [{ id, text }] : []);

function modelCard(fields: unknown): TOutlineEntry[] {
  const f = readFields(ZModelCardFields, fields);
  return [
    ...when(f.intendedUses.length + f.users.length + f.outOfScope.length > 0, 'intended-use', 'Intended use'),
    ...when(Boolean(f.trainingData || f.evaluationData), 'data', 'Training and evaluation data'),
    ...when(f.metrics.length > 0, 'metrics', 'Metrics and decision thresholds'),
    ...when(f.results.length > 0, 'results-by-subgroup', 'Evaluation results by subgroup'),
    ...when(f.considerations.length > 0, 'ethical-considerations', 'Ethical considerations'),
    ...when(
      f.limitations.length + f.tradeoffs.length + f.recommendations.length > 0,
      'limitations',
      'Limitations, trade-offs and recommendations',
    ),
    ...when(Boolean(f.monitoring), 'monitoring', 'Monitoring'),
    ...when(f.decisions.length > 0, 'decisions', 'Decisions'),
    ...when(f.versions.length > 1, 'versions', 'Versions'),
  ];
}

function runbook(fields: unknown): TOutlineEntry[] {
  const f = readFields(ZRunbookFields, fields);
  return [
    ...when(f.alerts.length > 0, 'alerts', 'Alerts this runbook covers'),
    ...when(f.checks.length > 0, 'is-this-real', 'Is this real?'),
    ...when(f.firstActions.length > 0, 'first-three-actions', 'First three actions'),
    ...when(f.causes.length > 0, 'likely-causes', 'Likely causes, most frequent first'),
    ...when(f.levers.length > 0, 'levers', 'Levers, most reversible first'),
    ...when(f.escalation.length > 0, 'escalation', 'Escalation'),
  ];
}

function retrospective(fields: unknown): TOutlineEntry[] {
  const f = readFields(ZRetrospectiveFields, fields);
  return [
    ...when(Boolean(f.feasibility), 'data-feasibility', 'Data feasibility'),
    ...when(Boolean(f.ethics), 'ethics-and-bias', 'Ethics and bias'),
    ...when(f.wentWell.length + f.wentWrong.length + f.gotLucky.length > 0, 'how-it-went', 'How it went'),
    ...when(f.decisions.length > 0, 'decisions', 'Decisions'),
    ...when(f.lessons.length > 0, 'lessons', 'Lessons'),
    ...when(f.actionItems.length > 0, 'action-items', 'Action items'),
  ];
}

export function cardOutline(kind: TKind, fields: unknown): TOutlineEntry[] {
  if (kind === 'model_card') return modelCard(fields);
  if (kind === 'runbook') return runbook(fields);
  if (kind === 'retrospective') return retrospective(fields);
  return [];
}
