// Pages a document's structured fields point at (a practice's related practices, a model card's
// runbook), keyed like [[wikilinks]] so they count in "Linked from" too.
import { wikilinkKey } from '@/lib/markdown/wikilinks';

export function fieldLinks(fields: Record<string, unknown> | undefined | null): string[] {
  if (!fields) return [];
  const related = Array.isArray(fields.related) ? fields.related.filter((x): x is string => typeof x === 'string') : [];
  const monitoring = fields.monitoring as { runbook?: unknown } | undefined;
  const runbook = typeof monitoring?.runbook === 'string' ? [monitoring.runbook] : [];
  return [...related, ...runbook].map(wikilinkKey).filter(Boolean);
}
