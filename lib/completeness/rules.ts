// What each kind must contain to be complete. Pure functions; table-tested in rules.test.ts.
// Retrospectives are checked from their structured fields; the other kinds from their required
// sections until their schemas exist.
import type { TKind } from '@/lib/kinds/kinds';
import { ZRetrospectiveFields } from '@/lib/kinds/retrospective';
import { filledSections, hasSection } from './sections';

export type TCheck = { id: string; label: string; ethics?: true; done: boolean };
export type TCompleteness = { score: number; checks: TCheck[]; ethicsCovered: boolean | null };

type TDoc = { kind: TKind; body: string; fields: unknown; ownerId: string | null };
type TRule = { id: string; label: string; ethics?: true; test: (doc: TDoc, sections: Map<string, boolean>) => boolean };

const section = (id: string, label: string, names: string[], ethics?: true): TRule => ({ id, label, ethics, test: (_d, s) => hasSection(s, ...names) });
const owner: TRule = { id: 'owner', label: 'Has an owner', test: (d) => Boolean(d.ownerId) };

const retro = (doc: TDoc) => {
  const parsed = ZRetrospectiveFields.safeParse(doc.fields ?? {});
  return parsed.success ? parsed.data : ZRetrospectiveFields.parse({});
};

const RULES: Record<TKind, TRule[]> = {
  model_card: [
    section('intended-use', 'Intended use', ['intended use']),
    section('out-of-scope', 'Out-of-scope uses', ['out-of-scope']),
    section('evaluation-data', 'Training and evaluation data', ['training and evaluation data', 'evaluation data']),
    section('subgroups', 'Evaluation results by subgroup', ['evaluation results by subgroup']),
    section('ethics', 'Ethical considerations', ['ethical considerations'], true),
    section('limitations', 'Limitations', ['limitations']),
    section('monitoring', 'Monitoring plan', ['monitoring']),
    owner,
  ],
  retrospective: [
    { id: 'period', label: 'Period', test: (d) => Boolean(retro(d).period) },
    { id: 'participants', label: 'Participants with their roles', test: (d) => retro(d).participants.length > 0 },
    { id: 'feasibility', label: 'Data feasibility: forecast vs actual', test: (d) => Boolean(retro(d).feasibility) },
    { id: 'ethics', label: 'Ethics and bias decisions or open risks', ethics: true, test: (d) => (retro(d).ethics?.decisions.length ?? 0) + (retro(d).ethics?.openRisks.length ?? 0) > 0 },
    { id: 'decisions', label: 'At least one decision', test: (d) => retro(d).decisions.length > 0 },
    { id: 'lessons', label: 'At least one lesson', test: (d) => retro(d).lessons.length > 0 },
    { id: 'actions', label: 'Action items with owners', test: (d) => retro(d).actionItems.length > 0 },
    owner,
  ],
  runbook: [
    section('alerts', 'Alerts it covers', ['alerts']),
    section('checks', '“Is this real?” checks', ['is this real']),
    section('first-actions', 'First three actions', ['first three actions']),
    section('levers', 'Levers, most reversible first', ['levers']),
    section('escalation', 'Escalation', ['escalation']),
    owner,
  ],
  practice: [section('summary', 'Summary', ['summary']), section('how', 'How we do it', ['how we do it', 'how', 'rules', 'what']), owner],
};

/** The checklist of a kind, with the given items marked missing (for pages, from stored ids). */
export function checklist(kind: TKind, missing: string[]): TCheck[] {
  return RULES[kind].map((r) => ({ id: r.id, label: r.label, ...(r.ethics ? { ethics: true as const } : {}), done: !missing.includes(r.id) }));
}

export function completeness(doc: TDoc): TCompleteness {
  const sections = filledSections(doc.body);
  const checks = RULES[doc.kind].map((r) => ({ id: r.id, label: r.label, ...(r.ethics ? { ethics: true as const } : {}), done: r.test(doc, sections) }));
  const ethics = checks.filter((c) => c.ethics);
  return {
    score: Math.round((100 * checks.filter((c) => c.done).length) / checks.length),
    checks,
    ethicsCovered: ethics.length ? ethics.every((c) => c.done) : null,
  };
}
