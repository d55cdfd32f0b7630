import { describe, expect, it } from 'vitest';
import { fieldRelations, SELF } from './field-relations';

describe('fieldRelations', () => {
  it('reads a model card’s datasets as trained on or evaluated on', () => {
    const fields = { datasets: [{ name: 'Card Transactions 2025' }, { name: 'Holdout March', use: 'evaluation' }] };
    expect(fieldRelations('model_card', fields)).toEqual([
      { type: 'trained_on', targetKey: 'card transactions 2025', version: '', detail: 'Card Transactions 2025' },
      { type: 'evaluated_on', targetKey: 'holdout march', version: '', detail: 'Holdout March' },
    ]);
  });

  it('reads runbooks, retrospectives (with versions) and practices', () => {
    expect(fieldRelations('runbook', { operates: ['Fraud model'] })).toEqual([
      { type: 'operates', targetKey: 'fraud model', version: '', detail: 'Fraud model' },
    ]);
    expect(
      fieldRelations('retrospective', { models: [{ model: 'Churn model', version: '2.1', relation: 'affected' }, { model: 'X' }] }),
    ).toEqual([
      { type: 'affected', targetKey: 'churn model', version: '2.1', detail: 'Churn model' },
      { type: 'about', targetKey: 'x', version: '', detail: 'X' },
    ]);
    expect(fieldRelations('practice', { projects: ['Card-Fraud'] })).toEqual([
      { type: 'applies_to', targetKey: 'project:card-fraud', version: '', detail: 'Card-Fraud' },
    ]);
  });

  it('reads a superseded decision, on another page or this one, and skips blanks', () => {
    const decisions = [
      { decision: 'Weekly retraining', supersedes: 'Monthly retraining', supersedesPage: 'Churn retrospective' },
      { decision: 'Drop feature F', supersedes: 'Keep feature F' },
      { decision: 'Nothing earlier', supersedes: '' },
    ];
    expect(fieldRelations('retrospective', { decisions, models: [{ model: '  ' }] })).toEqual([
      { type: 'supersedes', targetKey: 'churn retrospective', version: '', detail: 'Monthly retraining\u001fWeekly retraining' },
      { type: 'supersedes', targetKey: SELF, version: '', detail: 'Keep feature F\u001fDrop feature F' },
    ]);
  });
});
