// What each kind must contain to be complete. Pure functions; table-tested in rules.test.ts.
// Every kind is checked from its structured fields; a practice also needs a filled section of
// Markdown (its "how").
import type { z } from 'zod';
import { readFields } from '@/lib/kinds/fields';
import type { TKind } from '@/lib/kinds/kinds';
import { hasMonitoringPlan, ZModelCardFields } from '@/lib/kinds/model-card';
import { ZPracticeFields } from '@/lib/kinds/practice';
import { ZRetrospectiveFields } from '@/lib/kinds/retrospective';
import { ZRunbookFields } from '@/lib/kinds/runbook';
import { ZDatasetFields } from '@/lib/kinds/dataset';
import { filledSections } from './sections';

export type TCheck = { id: string; label: string; ethics?: true; done: boolean };
export type TCompleteness = { score: number; checks: TCheck[]; ethicsCovered: boolean | null };

type TDoc = { kind: TKind; body: string; fields: unknown; ownerId: string | null };
type TRule = { id: string; label: string; ethics?: true; test: (doc: TDoc, sections: Map<string, boolean>) => boolean };

const owner: TRule = { id: 'owner', label: 'Has an owner', test: (d) => Boolean(d.ownerId) };

const fieldsOf =
  <T>(schema: z.ZodType<T>) =>
  (doc: TDoc) =>
    readFields(schema, doc.fields);
const retro = fieldsOf(ZRetrospectiveFields);
const card = fieldsOf(ZModelCardFields);
const runbook = fieldsOf(ZRunbookFields);
const practice = fieldsOf(ZPracticeFields);
const dataset = fieldsOf(ZDatasetFields);

const RULES: Record<TKind, TRule[]> = {
  model_card: [
    { id: 'intended-use', label: 'Intended use', test: (d) => card(d).intendedUses.length > 0 },
    { id: 'out-of-scope', label: 'Out-of-scope uses', test: (d) => card(d).outOfScope.length > 0 },
    { id: 'evaluation-data', label: 'Evaluation data', test: (d) => Boolean(card(d).evaluationData) },
    { id: 'subgroups', label: 'Evaluation results by subgroup', test: (d) => card(d).results.length > 0 },
    { id: 'ethics', label: 'Ethical considerations', ethics: true, test: (d) => card(d).considerations.length > 0 },
    { id: 'limitations', label: 'Limitations', test: (d) => card(d).limitations.length > 0 },
    {
      id: 'monitoring',
      label: 'Monitoring plan: metrics, retraining trigger, next review',
      test: (d) => hasMonitoringPlan(card(d).monitoring),
    },
    { id: 'owner', label: 'Has an owner', test: (d) => Boolean(d.ownerId) || card(d).owners.length > 0 },
  ],
  retrospective: [
    { id: 'period', label: 'Period', test: (d) => Boolean(retro(d).period) },
    { id: 'participants', label: 'Participants with their roles', test: (d) => retro(d).participants.length > 0 },
    { id: 'feasibility', label: 'Data feasibility: forecast vs actual', test: (d) => Boolean(retro(d).feasibility) },
    {
      id: 'ethics',
      label: 'Ethics and bias decisions or open risks',
      ethics: true,
      test: (d) => (retro(d).ethics?.decisions.length ?? 0) + (retro(d).ethics?.openRisks.length ?? 0) > 0,
    },
    { id: 'decisions', label: 'At least one decision', test: (d) => retro(d).decisions.length > 0 },
    { id: 'lessons', label: 'At least one lesson', test: (d) => retro(d).lessons.length > 0 },
    { id: 'actions', label: 'Action items with owners', test: (d) => retro(d).actionItems.length > 0 },
    owner,
  ],
  runbook: [
    { id: 'service', label: 'Model or service', test: (d) => Boolean(runbook(d).service) },
    { id: 'alerts', label: 'Alerts it covers', test: (d) => runbook(d).alerts.length > 0 },
    { id: 'checks', label: '“Is this real?” checks', test: (d) => runbook(d).checks.length > 0 },
    { id: 'first-actions', label: 'First three actions', test: (d) => runbook(d).firstActions.length > 0 },
    { id: 'levers', label: 'Levers, most reversible first', test: (d) => runbook(d).levers.length > 0 },
    { id: 'escalation', label: 'Escalation', test: (d) => runbook(d).escalation.length > 0 },
    owner,
  ],
  dataset: [
    { id: 'location', label: 'Where it lives', test: (d) => Boolean(dataset(d).location) },
    { id: 'documentation', label: 'Schema or documentation', test: (d) => Boolean(dataset(d).documentation) },
    { id: 'sensitivity', label: 'Sensitivity', ethics: true, test: (d) => Boolean(dataset(d).sensitivity) },
    { id: 'refresh', label: 'Refresh cadence', test: (d) => Boolean(dataset(d).refreshCadence) },
    owner,
  ],
  practice: [
    { id: 'summary', label: 'Summary', test: (d) => Boolean(practice(d).summary) },
    { id: 'applies-to', label: 'What it applies to', test: (d) => practice(d).appliesTo.length > 0 },
    { id: 'how', label: 'How we do it, in the body', test: (_d, sections) => [...sections.values()].some(Boolean) },
    owner,
  ],
};

/** The checklist of a kind, with the given items marked missing (for pages, from stored ids). */
export function checklist(kind: TKind, missing: string[]): TCheck[] {
  return RULES[kind].map((r) => ({
    id: r.id,
    label: r.label,
    ...(r.ethics ? { ethics: true as const } : {}),
    done: !missing.includes(r.id),
  }));
}

export function completeness(doc: TDoc): TCompleteness {
  const sections = filledSections(doc.body);
  const checks = RULES[doc.kind].map((r) => ({
    id: r.id,
    label: r.label,
    ...(r.ethics ? { ethics: true as const } : {}),
    done: r.test(doc, sections),
  }));
  const ethics = checks.filter((c) => c.ethics);
  return {
    score: Math.round((100 * checks.filter((c) => c.done).length) / checks.length),
    checks,
    ethicsCovered: ethics.length ? ethics.every((c) => c.done) : null,
  };
}
