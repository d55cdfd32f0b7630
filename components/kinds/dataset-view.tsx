import { readFields } from '@/lib/kinds/fields';
import { SENSITIVITY_LABEL, ZDatasetFields } from '@/lib/kinds/dataset';
import { Items, SafeLink } from './card-parts';

/** A dataset's structured fields: who owns it, where it lives, how sensitive, how fresh, what is wrong with it. */
export function DatasetView({ fields }: { fields: unknown }) {
  const f = readFields(ZDatasetFields, fields);
  return (
    <section className="prose structured" aria-label="Dataset at a glance" data-testid="dataset">
      <dl className="facts card">
        <dt>Owner</dt>
        <dd>{f.owner || '—'}</dd>
        <dt>Location</dt>
        <dd>{f.location ? <SafeLink href={f.location} /> : '—'}</dd>
        <dt>Schema or documentation</dt>
        <dd>{f.documentation ? <SafeLink href={f.documentation} /> : '—'}</dd>
        <dt>Sensitivity</dt>
        <dd>{f.sensitivity ? SENSITIVITY_LABEL[f.sensitivity] : '—'}</dd>
        <dt>Refreshed</dt>
        <dd>{f.refreshCadence || '—'}</dd>
      </dl>
      <Items title="Known issues" items={f.knownIssues} />
    </section>
  );
}
