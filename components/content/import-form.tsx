'use client';

// Import files in two steps: check (the dry run: what would be created, updated, left alone,
// held as a conflict or refused), then import, choosing which conflicts to bring in anyway.
import Link from 'next/link';
import { useState } from 'react';
import { sendForm } from '@/components/send-json';
import type { TImportResult } from '@/lib/content/apply-import';
import type { TImportPlan, TPlanAction } from '@/lib/content/plan-import';

const ACTION_LABEL: Record<TPlanAction, string> = {
  create: 'New page',
  update: 'New version',
  unchanged: 'Unchanged',
  conflict: 'Conflict',
  refused: 'Refused',
};

function Plan({ plan, confirm, setConfirm }: { plan: TImportPlan; confirm: Set<string>; setConfirm: (s: Set<string>) => void }) {
  const count = (a: TPlanAction) => plan.items.filter((i) => i.action === a).length;
  const toggle = (file: string) => {
    const next = new Set(confirm);
    if (next.has(file)) next.delete(file);
    else next.add(file);
    setConfirm(next);
  };
  return (
    <div data-testid="import-plan">
      <p>
        {count('create')} new, {count('update')} to update, {count('unchanged')} unchanged, {count('conflict')}{' '}
        {count('conflict') === 1 ? 'conflict' : 'conflicts'}, {count('refused')} refused.
      </p>
      {(plan.projects.some((p) => p.action === 'create') || plan.people.some((p) => p.action === 'create')) && (
        <ul className="meta">
          {plan.projects
            .filter((p) => p.action === 'create')
            .map((p) => (
              <li key={p.slug}>
                New project {p.name} ({p.visibility})
              </li>
            ))}
          {plan.people
            .filter((p) => p.action === 'create')
            .map((p) => (
              <li key={p.handle}>
                New person {p.name} ({p.email}), without a password
              </li>
            ))}
        </ul>
      )}
      <table className="history">
        <thead>
          <tr>
            <th>File</th>
            <th>What happens</th>
            <th>Details</th>
          </tr>
        </thead>
        <tbody>
          {plan.items.map((item) => (
            <tr key={item.file} data-action={item.action}>
              <td>
                {item.title}
                <div className="meta">{item.file}</div>
              </td>
              <td>
                <span className={item.action === 'refused' || item.action === 'conflict' ? 'badge draft' : 'badge'}>{ACTION_LABEL[item.action]}</span>
              </td>
              <td>
                {item.reason && <div>{item.reason}</div>}
                {item.action === 'conflict' && (
                  <label>
                    <input type="checkbox" checked={confirm.has(item.file)} onChange={() => toggle(item.file)} /> Import anyway, as a new version on
                    top of the wiki’s
                  </label>
                )}
                {item.warnings.map((w) => (
                  <div key={w} className="meta">
                    ⚠ {w}
                  </div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {plan.notes.map((n) => (
        <p key={n} className="meta">
          {n}
        </p>
      ))}
    </div>
  );
}

function Result({ result }: { result: TImportResult }) {
  const c = result.counts;
  return (
    <div className="alert info" role="status" data-testid="import-result">
      <p>
        Imported: {c.created} created, {c.updated} updated, {c.unchanged} unchanged, {c.skipped} skipped, {c.refused} refused, {c.failed} failed.
      </p>
      <ul>
        {result.items
          .filter((i) => i.outcome !== 'unchanged')
          .map((i) => (
            <li key={i.file}>
              {i.path && (i.outcome === 'created' || i.outcome === 'updated') ? <Link href={i.path}>{i.title}</Link> : i.title}: {i.outcome}
              {i.reason ? ` — ${i.reason}` : ''}
            </li>
          ))}
      </ul>
    </div>
  );
}

export function ImportForm({ url, into }: { url: string; into: string }) {
  const [file, setFile] = useState<File | null>(null);
  const [plan, setPlan] = useState<TImportPlan | null>(null);
  const [confirm, setConfirm] = useState<Set<string>>(new Set());
  const [result, setResult] = useState<TImportResult | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const send = async (mode: 'dry-run' | 'apply') => {
    if (!file) return;
    const form = new FormData();
    form.set('file', file);
    form.set('mode', mode);
    for (const f of confirm) form.append('confirm', f);
    setBusy(true);
    setError('');
    const res = await sendForm<{ plan?: TImportPlan; result?: TImportResult }>(url, form);
    setBusy(false);
    if (!res.ok) return setError(res.error);
    if (res.data.plan) setPlan(res.data.plan);
    if (res.data.result) {
      setResult(res.data.result);
      setPlan(null);
    }
  };
  const writable = plan ? plan.items.filter((i) => i.action === 'create' || i.action === 'update' || (i.action === 'conflict' && confirm.has(i.file))).length : 0;

  return (
    <section className="card" aria-labelledby="import-title">
      <h2 id="import-title">Import files</h2>
      <p className="meta">
        Into {into}: a Markdown file with YAML front matter, or a .zip laid out like an export. Nothing is written until you have checked the files and
        chosen Import; a page changed here since its file was exported is shown as a conflict and left alone unless you tick it.
      </p>
      <div className="actions">
        <input
          type="file"
          accept=".md,.zip,text/markdown,application/zip"
          aria-label="File to import"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setPlan(null);
            setResult(null);
            setConfirm(new Set());
          }}
        />
        <button type="button" className="button" disabled={!file || busy} onClick={() => void send('dry-run')}>
          Check files
        </button>
      </div>
      {error && (
        <div className="alert" role="alert">
          {error}
        </div>
      )}
      {plan && (
        <>
          <Plan plan={plan} confirm={confirm} setConfirm={setConfirm} />
          <button type="button" className="button primary" disabled={busy || writable === 0} onClick={() => void send('apply')}>
            Import {writable} {writable === 1 ? 'page' : 'pages'}
          </button>
        </>
      )}
      {result && <Result result={result} />}
    </section>
  );
}
