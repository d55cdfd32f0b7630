import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { KindCard } from './kind-card';

const html = (kind: 'runbook' | 'retrospective', fields: unknown) =>
  renderToStaticMarkup(createElement(KindCard, { kind, fields, project: null }));

describe('KindCard', () => {
  it('shows the card when the stored fields fit the kind', () => {
    const out = html('runbook', { service: 'churn-scorer', severity: 'P2' });
    expect(out).toContain('data-testid="runbook"');
    expect(out).toContain('churn-scorer');
    expect(out).not.toContain('fields-problem');
  });

  it('says which stored fields no longer fit, instead of an empty card', () => {
    const out = html('retrospective', { decisions: [{ decision: 'Keep it', date: 'someday' }], wentwell: ['typo'] });
    expect(out).toContain('data-testid="fields-problem"');
    expect(out).toContain('no longer fit its form');
    expect(out).toContain('<code>decisions.0.date</code>');
    expect(out).not.toContain('data-testid="retrospective"');
  });
});
