import { readFields } from '@/lib/kinds/fields';
import { ALERT_TYPE_LABEL, ZRunbookFields } from '@/lib/kinds/runbook';
import { day, Items, PageLink, SafeLink, Section } from './card-parts';

/** A runbook's structured fields in the order an on-call engineer reads them. */
export function RunbookView({ fields, project = null }: { fields: unknown; project?: string | null }) {
  const f = readFields(ZRunbookFields, fields);
  return (
    <section className="prose structured" aria-label="Runbook at a glance" data-testid="runbook">
      <dl className="facts card">
        <dt>Model or service</dt>
        <dd>{f.service || '—'}</dd>
        <dt>Severity</dt>
        <dd>{f.severity ?? '—'}</dd>
        <dt>Dashboards</dt>
        <dd>
          {f.dashboards.length
            ? f.dashboards.map((d, i) => (
                <span key={i}>
                  {i > 0 && ', '}
                  {d.link ? <SafeLink href={d.link}>{d.name}</SafeLink> : d.name}
                </span>
              ))
            : '—'}
        </dd>
        {f.operates.length > 0 && (
          <>
            <dt>Operates</dt>
            <dd>
              {f.operates.map((m, i) => (
                <span key={i}>
                  {i > 0 && ', '}
                  <PageLink to={m} from={project} />
                </span>
              ))}
            </dd>
          </>
        )}
        <dt>Last tested</dt>
        <dd>{day(f.lastTested)}</dd>
      </dl>
      <Section id="alerts" title="Alerts this runbook covers" show={f.alerts.length > 0}>
        <table>
          <thead>
            <tr>
              <th>Type</th>
              <th>Alert</th>
              <th>Fires when</th>
            </tr>
          </thead>
          <tbody>
            {f.alerts.map((a, i) => (
              <tr key={i}>
                <td>{ALERT_TYPE_LABEL[a.type]}</td>
                <td>{a.name ? <code>{a.name}</code> : '—'}</td>
                <td>{a.firesWhen}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section id="is-this-real" title="Is this real?" show={f.checks.length > 0}>
        <Items title="Checks" items={f.checks} ordered />
      </Section>
      <Section id="first-three-actions" title="First three actions" show={f.firstActions.length > 0}>
        <ol>
          {f.firstActions.map((a, i) => (
            <li key={i}>{a}</li>
          ))}
        </ol>
      </Section>
      <Section id="likely-causes" title="Likely causes, most frequent first" show={f.causes.length > 0}>
        <table>
          <thead>
            <tr>
              <th>Cause</th>
              <th>How to verify</th>
              <th>Mitigation</th>
            </tr>
          </thead>
          <tbody>
            {f.causes.map((c, i) => (
              <tr key={i}>
                <td>{c.cause}</td>
                <td>{c.verify || '—'}</td>
                <td>{c.mitigate || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section id="levers" title="Levers, most reversible first" show={f.levers.length > 0}>
        <ol>
          {f.levers.map((l, i) => (
            <li key={i}>
              <strong>{l.lever}</strong>
              {l.how && <> — {l.how}</>}
            </li>
          ))}
        </ol>
      </Section>
      <Section id="escalation" title="Escalation" show={f.escalation.length > 0}>
        <ol>
          {f.escalation.map((e, i) => (
            <li key={i}>{e}</li>
          ))}
        </ol>
      </Section>
      <Items title="After resolution" items={f.afterResolution} />
    </section>
  );
}
