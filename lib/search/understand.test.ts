import { describe, expect, it } from 'vitest';
import { tokenize } from './builtin/query';
import { identifierParts, projectWords, understand, type TKindWords } from './understand';

const kinds: TKindWords[] = [
  { kinds: ['runbook'], words: [['runbook'], ['on', 'call', 'playbook'], ['fired']] },
  { kinds: ['model_card'], words: [['model', 'card']] },
  { kinds: ['retrospective'], words: [['postmortem'], ['post', 'mortem']] },
  { kinds: ['model_card', 'retrospective'], words: [['why'], ['pick']] },
];
const projects = projectWords(
  [
    { slug: 'card-fraud', name: 'Card fraud scoring' },
    { slug: 'churn-prediction', name: 'Churn prediction' },
    ...Array.from({ length: 5 }, (_, i) => ({ slug: `proj-${i}`, name: `Project ${i}` })),
  ],
  tokenize,
);

describe('projectWords', () => {
  it('keeps the words that say which project, and drops generic, numeric and widely shared ones', () => {
    expect(projects).toEqual([
      { slug: 'card-fraud', words: ['card', 'fraud'] },
      { slug: 'churn-prediction', words: ['churn'] },
    ]);
  });
});

describe('understand', () => {
  it.each([
    ['fraud postmortem', [], ['fraud', 'postmortem'], ['card-fraud'], ['retrospective'], false],
    ['churn model card', [], ['churn', 'model', 'card'], ['churn-prediction'], ['model_card'], false],
    ['card fraud thresholds', ['thresholds'], ['card', 'fraud'], ['card-fraud'], [], true],
    [
      'why did we pick xgboost for fraud',
      ['did', 'we', 'xgboost', 'for'],
      ['why', 'pick', 'fraud'],
      ['card-fraud'],
      ['model_card', 'retrospective'],
      false,
    ],
    ['fraud on call playbook latency', ['latency'], ['fraud', 'on', 'call', 'playbook'], ['card-fraud'], ['runbook'], true],
    ['post mortem', [], ['post', 'mortem'], [], ['retrospective'], false],
    ['drift threshold', ['drift', 'threshold'], [], [], [], true],
    ['project 3 latency', ['project', '3', 'latency'], [], [], [], true],
  ])('reads "%s"', (q, required, optional, named, namedKinds, lastRequired) => {
    expect(understand(tokenize(q), kinds, projects)).toEqual({ required, optional, projects: named, kinds: namedKinds, lastRequired });
  });
});

describe('identifiers', () => {
  it('finds the parts of identifiers typed with underscores or dots, and only those', () => {
    expect([...identifierParts('churn_prediction_shift fired for fraud', tokenize)]).toEqual(['churn', 'prediction', 'shift']);
    expect([...identifierParts('fraud.scorer.v2 latency', tokenize)]).toEqual(['fraud', 'scorer', 'v2']);
    expect([...identifierParts('fraud runbook', tokenize)]).toEqual([]);
  });

  it('keeps an identifier whole in the subject, though its first part names a project', () => {
    const q = 'churn_prediction_shift fired';
    expect(understand(tokenize(q), kinds, projects, identifierParts(q, tokenize))).toEqual({
      required: ['churn', 'prediction', 'shift'],
      optional: ['fired'],
      projects: [],
      kinds: ['runbook'],
      lastRequired: false,
    });
  });
});
