// The retrospective form works on strings; these convert between that draft and the fields the
// schema (./retrospective.ts) checks. Pure, shared by the browser form and its tests.
export type TRetroDraft = {
  period: { from: string; to: string };
  participants: { name: string; jobRole: string }[];
  summary: string;
  feasibility: { forecast: string; actual: string };
  ethics: { decisions: string[]; openRisks: string[] };
  wentWell: string[];
  wentWrong: string[];
  gotLucky: string[];
  fiveWhys: string[];
  decisions: { decision: string; alternatives: string; rationale: string; evidence: string; decidedBy: string; date: string; modelVersion: string }[];
  lessons: { text: string; tags: string }[];
  actionItems: { action: string; owner: string; due: string; status: string; link: string }[];
};

type TStored = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const day = (v: unknown) => str(v).slice(0, 10);
const list = (v: unknown): TStored[] => (Array.isArray(v) ? (v as TStored[]) : []);
const lines = (v: unknown) => (Array.isArray(v) ? v.map(str) : []);

export function draftFromFields(raw: unknown): TRetroDraft {
  const f = (raw && typeof raw === 'object' ? raw : {}) as TStored;
  const period = (f.period ?? {}) as TStored;
  const feasibility = (f.feasibility ?? {}) as TStored;
  const ethics = (f.ethics ?? {}) as TStored;
  return {
    period: { from: day(period.from), to: day(period.to) },
    participants: list(f.participants).map((p) => ({ name: str(p.name), jobRole: str(p.jobRole) || 'other' })),
    summary: str(f.summary),
    feasibility: { forecast: str(feasibility.forecast), actual: str(feasibility.actual) },
    ethics: { decisions: lines(ethics.decisions), openRisks: lines(ethics.openRisks) },
    wentWell: lines(f.wentWell),
    wentWrong: lines(f.wentWrong),
    gotLucky: lines(f.gotLucky),
    fiveWhys: lines(f.fiveWhys),
    decisions: list(f.decisions).map((d) => ({
      decision: str(d.decision),
      alternatives: str(d.alternatives),
      rationale: str(d.rationale),
      evidence: str(d.evidence),
      decidedBy: str(d.decidedBy),
      date: day(d.date),
      modelVersion: str(d.modelVersion),
    })),
    lessons: list(f.lessons).map((l) => ({ text: str(l.text), tags: lines(l.tags).join(', ') })),
    actionItems: list(f.actionItems).map((a) => ({ action: str(a.action), owner: str(a.owner), due: day(a.due), status: str(a.status) || 'open', link: str(a.link) })),
  };
}

const nonEmpty = (xs: string[]) => xs.map((x) => x.trim()).filter(Boolean);

/** What the form sends: blank lines dropped, empty optional groups left out, tags split. */
export function fieldsFromDraft(d: TRetroDraft): Record<string, unknown> {
  const out: Record<string, unknown> = {
    participants: d.participants,
    summary: d.summary,
    wentWell: nonEmpty(d.wentWell),
    wentWrong: nonEmpty(d.wentWrong),
    gotLucky: nonEmpty(d.gotLucky),
    fiveWhys: nonEmpty(d.fiveWhys),
    decisions: d.decisions,
    lessons: d.lessons.map((l) => ({ text: l.text, tags: nonEmpty(l.tags.split(',')) })),
    actionItems: d.actionItems.map(({ due, ...a }) => (due ? { ...a, due } : a)),
  };
  if (d.period.from || d.period.to) out.period = d.period;
  if (d.feasibility.forecast || d.feasibility.actual) out.feasibility = d.feasibility;
  const ethics = { decisions: nonEmpty(d.ethics.decisions), openRisks: nonEmpty(d.ethics.openRisks) };
  if (ethics.decisions.length || ethics.openRisks.length) out.ethics = ethics;
  return out;
}
