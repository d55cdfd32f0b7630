import { describe, expect, it } from 'vitest';
import { KIND_FIELDS } from '@/lib/kinds/fields';
import { orderFields } from './field-order';

describe('orderFields', () => {
  it('writes stored days as the day', () => {
    const ordered = orderFields(KIND_FIELDS.runbook.form, { lastTested: '2026-10-14T00:00:00.000Z', service: '2026-10-14T00:00:00.000Z' });
    expect(ordered).toEqual({ service: '2026-10-14T00:00:00.000Z', lastTested: '2026-10-14' });
  });

  it('puts fields, row fields and group fields in the form’s order, keeping unknown keys last', () => {
    const stored = {
      results: [{ value: 0.3, slice: 'a', metric: 'm' }],
      monitoring: { runbook: 'r', metrics: ['PSI'] },
      extra: 1,
      overview: 'o',
    };
    const ordered = orderFields(KIND_FIELDS.model_card.form, stored) as Record<string, unknown>;
    expect(Object.keys(ordered)).toEqual(['overview', 'results', 'monitoring', 'extra']);
    expect(Object.keys((ordered.results as object[])[0]!)).toEqual(['metric', 'slice', 'value']);
    expect(Object.keys(ordered.monitoring as object)).toEqual(['metrics', 'runbook']);
    expect(ordered).toEqual(stored);
  });
});
