// Decisions and lessons as search sections of their own: a lead searching past model decisions
// gets a hit that says "Decision" and points at the card's decision list, not just the page.
// Reads stored fields leniently (they were validated when saved). Pure, table-tested.
import type { TSection } from './sections';

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const list = (v: unknown) => (Array.isArray(v) ? v : []).filter((x): x is Record<string, unknown> => Boolean(x) && typeof x === 'object');
const day = (v: unknown) => (typeof v === 'string' ? v.slice(0, 10) : v instanceof Date ? v.toISOString().slice(0, 10) : '');

/** One section per decision (model cards and retrospectives) and per lesson (retrospectives). */
export function structuredSections(fields: unknown): TSection[] {
  const f = fields && typeof fields === 'object' ? (fields as Record<string, unknown>) : {};
  const decisions = list(f.decisions).map((d): TSection => ({
    anchor: 'decisions',
    heading: str(d.decision),
    text: [
      str(d.rationale),
      str(d.alternatives) && `Alternatives: ${str(d.alternatives)}`,
      str(d.evidence) && `Evidence: ${str(d.evidence)}`,
      [str(d.decidedBy) && `Decided by ${str(d.decidedBy)}`, day(d.date) && `on ${day(d.date)}`].filter(Boolean).join(' '),
    ]
      .filter(Boolean)
      .join('\n'),
    record: 'decision',
  }));
  const lessons = list(f.lessons).map((l): TSection => ({
    anchor: 'lessons',
    heading: '',
    text: [str(l.text), ...(Array.isArray(l.tags) ? l.tags.filter((t): t is string => typeof t === 'string') : [])]
      .filter(Boolean)
      .join('\n'),
    record: 'lesson',
  }));
  return [...decisions.filter((s) => s.heading || s.text), ...lessons.filter((s) => s.text)];
}
