// The kinds of document Hindsight keeps, with the words and URLs people see for them.
export const KINDS = ['practice', 'retrospective', 'runbook', 'model_card', 'dataset'] as const;
export type TKind = (typeof KINDS)[number];

type TKindInfo = { kind: TKind; label: string; plural: string; segment: string; blurb: string };

export const KIND_INFO: Record<TKind, TKindInfo> = {
  practice: {
    kind: 'practice',
    label: 'Practice',
    plural: 'Practices',
    segment: 'practices',
    blurb: 'How we work: the best practices every project starts from.',
  },
  retrospective: {
    kind: 'retrospective',
    label: 'Retrospective',
    plural: 'Retrospectives',
    segment: 'retrospectives',
    blurb: 'What each project learned, written down while it was fresh.',
  },
  runbook: {
    kind: 'runbook',
    label: 'Runbook',
    plural: 'Runbooks',
    segment: 'runbooks',
    blurb: 'What to do when a model in production misbehaves.',
  },
  model_card: {
    kind: 'model_card',
    label: 'Model card',
    plural: 'Model cards',
    segment: 'model-cards',
    blurb: 'What each model is for, how it was evaluated and how it is watched.',
  },
  dataset: {
    kind: 'dataset',
    label: 'Dataset',
    plural: 'Datasets',
    segment: 'datasets',
    blurb: 'The data our models learn from: who owns it, where it lives, and what depends on it.',
  },
};

export function kindFromSegment(segment: string): TKind | undefined {
  return KINDS.find((k) => KIND_INFO[k].segment === segment);
}
