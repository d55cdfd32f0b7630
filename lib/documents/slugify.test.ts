import { describe, expect, it } from 'vitest';
import { slugify } from './slugify';

describe('slugify', () => {
  it.each([
    ['Monitoring, drift and retraining', 'monitoring-drift-and-retraining'],
    ['CI/CD for models', 'cicd-for-models'],
    ['  Model card: churn risk (LightGBM) ', 'model-card-churn-risk-lightgbm'],
    ['Ünïcödé naïve café', 'unicode-naive-cafe'],
    ['🚀🚀', ''],
    ['a'.repeat(150), 'a'.repeat(100)],
    ['--double  --dash--', 'double-dash'],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
    expect(slugify(title)).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*)?$/);
  });
});
