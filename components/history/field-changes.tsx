// Structured-field changes as a readable list, grouped by the part of the card they are in.
import type { TFieldChange } from '@/lib/history/field-diff';

function Change({ change }: { change: TFieldChange }) {
  const at = [...change.where.slice(1), change.label].join(' › ');
  if (change.op === 'changed') {
    return (
      <li>
        <span className="change-at">{at}:</span> <del>{change.from}</del> → <ins>{change.to}</ins>
      </li>
    );
  }
  return (
    <li>
      <span className="change-at">
        {at} {change.op}
      </span>
      {change.value && <>: {change.op === 'added' ? <ins>{change.value}</ins> : <del>{change.value}</del>}</>}
    </li>
  );
}

export function FieldChanges({ changes, testId }: { changes: TFieldChange[]; testId: string }) {
  const groups = new Map<string, TFieldChange[]>();
  for (const c of changes) {
    const group = c.where[0] ?? '';
    groups.set(group, [...(groups.get(group) ?? []), c]);
  }
  return (
    <div className="field-changes" data-testid={testId}>
      {[...groups].map(([group, list]) => (
        <section key={group}>
          {group && <h3>{group}</h3>}
          <ul>
            {list.map((c, i) => (
              <Change key={i} change={c} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
