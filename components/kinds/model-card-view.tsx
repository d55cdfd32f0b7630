import { SubgroupCharts } from './subgroup-chart';
import { meetsThreshold } from '@/lib/kinds/threshold';
import { JOB_ROLE_LABEL } from '@/components/job-role';
import { readFields } from '@/lib/kinds/fields';
import { ZModelCardFields } from '@/lib/kinds/model-card';
import { day, DecisionsTable, Items, PageLink, SafeLink, Section } from './card-parts';

const number = (n?: number) => (n === undefined ? '' : String(n));

/** A model card's structured fields as a readable card: key facts, metrics, results by subgroup, considerations, monitoring. */
export function ModelCardView({
  fields,
  project,
  pageOwner,
  now = new Date(),
}: {
  fields: unknown;
  project: string | null;
  /** The page's owner: who answers for the card when it names no owners of its own. */
  pageOwner?: string | undefined;
  now?: Date;
}) {
  const f = readFields(ZModelCardFields, fields);
  const current = f.versions.at(-1);
  const m = f.monitoring;
  const overdue = m?.nextReview && m.nextReview < now;
  return (
    <section className="prose structured" aria-label="Model card at a glance" data-testid="model-card">
      <dl className="facts card">
        <dt>Model</dt>
        <dd>{[f.modelType, f.baseModel && `based on ${f.baseModel}`].filter(Boolean).join(', ') || '—'}</dd>
        <dt>Current version</dt>
        <dd>
          {current ? (
            <>
              {current.version}
              {current.stage && <span className="badge">{current.stage}</span>} · {day(current.date)}
              {current.registry && (
                <>
                  {' '}
                  · <SafeLink href={current.registry} />
                </>
              )}
            </>
          ) : (
            '—'
          )}
        </dd>
        <dt>Owners</dt>
        <dd data-testid="card-owners">
          {f.owners.length
            ? f.owners.map((p) => `${p.name} (${JOB_ROLE_LABEL[p.jobRole]})`).join(', ')
            : pageOwner
              ? `${pageOwner} (the page’s owner)`
              : '—'}
        </dd>
        <dt>License</dt>
        <dd>{f.license || '—'}</dd>
        <dt>Datasets</dt>
        <dd>
          {f.datasets.length
            ? f.datasets.map((d, i) => (
                <span key={i}>
                  {i > 0 && ', '}
                  <PageLink to={d.name} from={project} />
                  {d.use === 'evaluation' && <span className="meta"> (evaluation)</span>}
                  {d.link && (
                    <>
                      {' '}
                      <SafeLink href={d.link}>(source)</SafeLink>
                    </>
                  )}
                  {d.sensitive && <span className="badge draft">sensitive</span>}
                </span>
              ))
            : '—'}
        </dd>
      </dl>
      {f.overview && <p>{f.overview}</p>}
      <Section id="intended-use" title="Intended use" show={f.intendedUses.length + f.users.length + f.outOfScope.length > 0}>
        <Items title="Intended uses" items={f.intendedUses} />
        <Items title="Intended users" items={f.users} />
        <Items title="Out of scope" items={f.outOfScope} />
      </Section>
      <Section id="data" title="Training and evaluation data" show={Boolean(f.trainingData || f.evaluationData)}>
        {f.trainingData && (
          <p>
            <strong>Training:</strong> {f.trainingData}
          </p>
        )}
        {f.evaluationData && (
          <p>
            <strong>Evaluation:</strong> {f.evaluationData}
          </p>
        )}
      </Section>
      <Items title="Factors" items={f.factors} />
      <Section id="metrics" title="Metrics and decision thresholds" show={f.metrics.length > 0}>
        <table>
          <thead>
            <tr>
              <th>Metric</th>
              <th>Value</th>
              <th>Decision threshold</th>
            </tr>
          </thead>
          <tbody>
            {f.metrics.map((r, i) => (
              <tr key={i}>
                <td>{r.name}</td>
                <td>{number(r.value) || '—'}</td>
                <td>
                  {r.threshold || '—'}
                  {meetsThreshold(r.value, r.threshold) === false && (
                    <span className="badge draft" style={{ marginLeft: 6 }} data-testid="below-threshold">
                      ✕ fails
                    </span>
                  )}
                  {meetsThreshold(r.value, r.threshold) === true && (
                    <span className="badge pass" style={{ marginLeft: 6 }} data-testid="meets-threshold">
                      ✓ passes
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section id="results-by-subgroup" title="Evaluation results by subgroup" show={f.results.length > 0}>
        <SubgroupCharts results={f.results} metrics={f.metrics} />
        <table data-testid="subgroup-results">
          <thead>
            <tr>
              <th>Metric</th>
              <th>Slice</th>
              <th>Value</th>
              <th>95% CI</th>
            </tr>
          </thead>
          <tbody>
            {f.results.map((r, i) => (
              <tr key={i}>
                <td>{r.metric}</td>
                <td>{r.slice}</td>
                <td>{r.value}</td>
                <td>{r.low !== undefined || r.high !== undefined ? `${number(r.low)}–${number(r.high)}` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section id="ethical-considerations" title="Ethical considerations" show={f.considerations.length > 0}>
        <table>
          <thead>
            <tr>
              <th>Risk</th>
              <th>Mitigation</th>
            </tr>
          </thead>
          <tbody>
            {f.considerations.map((c, i) => (
              <tr key={i}>
                <td>{c.risk}</td>
                <td>{c.mitigation || <span className="field-error">No mitigation yet</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section
        id="limitations"
        title="Limitations, trade-offs and recommendations"
        show={f.limitations.length + f.tradeoffs.length + f.recommendations.length > 0}
      >
        <Items title="Limitations" items={f.limitations} />
        <Items title="Trade-offs" items={f.tradeoffs} />
        <Items title="Caveats and recommendations" items={f.recommendations} />
      </Section>
      <Section id="monitoring" title="Monitoring" show={Boolean(m)}>
        {m && (
          <dl className="facts card" data-testid="monitoring">
            <dt>Monitored</dt>
            <dd>{m.metrics.join('; ') || '—'}</dd>
            <dt>Drift thresholds</dt>
            <dd>{m.driftThresholds.join('; ') || '—'}</dd>
            <dt>Retraining trigger</dt>
            <dd>{m.retrainingTrigger || '—'}</dd>
            <dt>Last retrained</dt>
            <dd>{day(m.lastRetrained)}</dd>
            <dt>Next review</dt>
            <dd>
              {day(m.nextReview)} {overdue && <span className="badge draft">overdue</span>}
            </dd>
            <dt>Runbook</dt>
            <dd>{m.runbook ? <PageLink to={m.runbook} from={project} /> : '—'}</dd>
          </dl>
        )}
      </Section>
      <DecisionsTable decisions={f.decisions} />
      {f.versions.length > 1 && (
        <Section id="versions" title="Versions" show>
          <ul>
            {f.versions.map((v, i) => (
              <li key={i}>
                {v.version} · {day(v.date)} {v.stage && `· ${v.stage}`} {v.registry && <SafeLink href={v.registry} />}{' '}
                {v.run && <SafeLink href={v.run} />}
              </li>
            ))}
          </ul>
        </Section>
      )}
    </section>
  );
}
