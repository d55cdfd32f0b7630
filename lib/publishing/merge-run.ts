// A run's numbers merged into a model card's fields. The run owns what it measured: its version's
// entry, the values of the metrics and subgroup results it sends, the datasets it names, the
// training and evaluation data it describes. Everything people write (intended use, ethical
// considerations, limitations, decisions, monitoring, other metrics' thresholds) stays. Pure.
import type { TModelCardFields } from '@/lib/kinds/model-card';
import type { TRunPayload } from './run-payload';

type TVersion = TModelCardFields['versions'][number];

function upsert<T>(rows: T[], same: (row: T) => boolean, next: (existing: T | undefined) => T): T[] {
  const at = rows.findIndex(same);
  if (at < 0) return [...rows, next(undefined)];
  return rows.map((row, i) => (i === at ? next(row) : row));
}

export function mergeRun(card: TModelCardFields, version: string, run: TRunPayload, today: Date): TModelCardFields {
  const out: TModelCardFields = { ...card };
  out.versions = upsert(
    card.versions,
    (v) => v.version === version,
    (v): TVersion => ({
      version,
      date: run.date ?? v?.date ?? today,
      stage: run.stage ?? v?.stage ?? '',
      registry: run.registry ?? v?.registry ?? '',
      run: run.run.url || v?.run || '',
    }),
  );
  for (const m of run.metrics ?? []) {
    out.metrics = upsert(
      out.metrics,
      (x) => x.name === m.name,
      (x) => ({ name: m.name, value: m.value, threshold: m.threshold || x?.threshold || '' }),
    );
  }
  for (const r of run.results ?? []) {
    out.results = upsert(
      out.results,
      (x) => x.metric === r.metric && x.slice === r.slice,
      () => r,
    );
  }
  for (const d of run.datasets ?? []) {
    out.datasets = upsert(
      out.datasets,
      (x) => x.name === d.name,
      () => d,
    );
  }
  if (run.trainingData !== undefined) out.trainingData = run.trainingData;
  if (run.evaluationData !== undefined) out.evaluationData = run.evaluationData;
  return out;
}
