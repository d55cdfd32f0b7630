// Why a page, lesson or decision was suggested: the words it shares with the draft (weightiest
// first), the model family both use, the datasets both are trained or evaluated on. Pure.
import { words } from './draft-terms';

const FAMILIES: [RegExp, string][] = [
  [/\b(xgboost|lightgbm|catboost|gradient[- ]boost\w*|gbdt|gbm)\b/i, 'gradient-boosted trees'],
  [/\b(random forest)\b/i, 'random forests'],
  [/\b(logistic regression|linear model)\b/i, 'linear models'],
  [/\b(transformer|bert|gpt|llm|language model)\w*\b/i, 'transformers'],
  [/\b(cnn|convolutional|resnet)\b/i, 'convolutional networks'],
  [/\b(lstm|rnn|recurrent)\b/i, 'recurrent networks'],
];

/** The model families a text names. */
export function modelFamilies(text: string): string[] {
  return FAMILIES.filter(([re]) => re.test(text)).map(([, name]) => name);
}

export type TSide = { terms: string[]; text: string; datasets: string[] };

export function reasons(draft: TSide, item: TSide): string[] {
  const mine = new Set(words(item.text));
  const shared = draft.terms.filter((t) => mine.has(t)).slice(0, 5);
  const out: string[] = [];
  if (shared.length) out.push(`shares ${shared.join(', ')}`);
  const families = modelFamilies(draft.text).filter((f) => modelFamilies(item.text).includes(f));
  if (families.length) out.push(`same model family: ${families.join(', ')}`);
  const datasets = draft.datasets.filter((d) => item.datasets.includes(d));
  if (datasets.length) out.push(`same dataset: ${datasets.join(', ')}`);
  return out;
}

/** How many of the draft's terms a text holds, weighted as the draft weighs them (0..1). */
export function overlap(terms: { term: string; weight: number }[], text: string): number {
  const mine = new Set(words(text));
  const total = terms.reduce((n, t) => n + t.weight, 0);
  return total ? terms.filter((t) => mine.has(t.term)).reduce((n, t) => n + t.weight, 0) / total : 0;
}
