import { describe, expect, it } from 'vitest';
import { parseRelationTarget } from './relation-types';

describe('parseRelationTarget', () => {
  it.each([
    ['operates::Fraud model card', { type: 'operates', target: 'Fraud model card', version: '' }],
    ['about::Churn model card@2.1', { type: 'about', target: 'Churn model card', version: '2.1' }],
    ['Trained On :: Card transactions', { type: 'trained_on', target: 'Card transactions', version: '' }],
    ['trained_on::Card transactions', { type: 'trained_on', target: 'Card transactions', version: '' }],
    ['affected::fraud/fraud-model-card@v3-rc', { type: 'affected', target: 'fraud/fraud-model-card', version: 'v3-rc' }],
    ['applies to::churn-prediction', { type: 'applies_to', target: 'churn-prediction', version: '' }],
  ])('%s', (raw, want) => {
    expect(parseRelationTarget(raw)).toEqual(want);
  });

  it.each(['Fraud model card', 'likes::Something', 'about::', 'about::@2.1', 'mail me @ work'])('%s is no relation', (raw) => {
    expect(parseRelationTarget(raw)).toBeNull();
  });
});
