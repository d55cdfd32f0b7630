import { JOB_ROLE_LABEL } from '@/components/job-role';
import { readFields } from '@/lib/kinds/fields';
import { ZRetrospectiveFields } from '@/lib/kinds/retrospective';
import { day, DecisionsTable, Items, PageLink, SafeLink } from './card-parts';
import { MarkDoneButton } from '@/components/action-items/mark-done-button';
import { DoneBy } from '@/components/action-items/done-by';
import type { TItemMark } from '@/lib/action-items/item-marks';

/**
 * A retrospective's structured fields as a readable card (never raw JSON). With `marks` (the
 * live page, not an old version), each action item names its assignee and, for those who may,
 * has a button to mark it done.
 */
export function RetrospectiveCard({
  fields,
  marks,
  project,
}: {
  fields: unknown;
  marks?: { documentId: string; items: TItemMark[] };
  project?: string | null;
}) {
  const f = readFields(ZRetrospectiveFields, fields);
  const open = f.actionItems.filter((a) => a.status === 'open').length;
  const today = new Date(new Date().toISOString().slice(0, 10));
  return (
    <section className="prose structured" aria-label="Retrospective at a glance" data-testid="retrospective-card">
      <dl className="facts card">
        <dt>Period</dt>
        <dd>{f.period ? `${day(f.period.from)} → ${day(f.period.to)}` : '—'}</dd>
        <dt>Participants</dt>
        <dd>{f.participants.length ? f.participants.map((p) => `${p.name} (${JOB_ROLE_LABEL[p.jobRole]})`).join(', ') : '—'}</dd>
        {f.models.length > 0 && (
          <>
            <dt>Models</dt>
            <dd>
              {f.models.map((m, i) => (
                <span key={i}>
                  {i > 0 && ', '}
                  <PageLink to={m.model} from={project ?? null} />
                  {m.version && ` ${m.version}`}
                  {m.relation === 'affected' && <span className="meta"> (affected)</span>}
                </span>
              ))}
            </dd>
          </>
        )}
        <dt>At a glance</dt>
        <dd>
          {f.decisions.length} decisions · {f.lessons.length} lessons · {open} open action item{open === 1 ? '' : 's'}
        </dd>
      </dl>
      {f.summary && <p>{f.summary}</p>}
      {f.feasibility && (
        <>
          <h2 id="data-feasibility">Data feasibility: forecast at kickoff vs what happened</h2>
          <table>
            <tbody>
              <tr>
                <th>Forecast</th>
                <td>{f.feasibility.forecast}</td>
              </tr>
              <tr>
                <th>What happened</th>
                <td>{f.feasibility.actual}</td>
              </tr>
            </tbody>
          </table>
        </>
      )}
      {f.ethics && (
        <>
          <h2 id="ethics-and-bias">Ethics and bias</h2>
          <Items title="Decisions" items={f.ethics.decisions} />
          <Items title="Open risks" items={f.ethics.openRisks} />
        </>
      )}
      {(f.wentWell.length > 0 || f.wentWrong.length > 0 || f.gotLucky.length > 0) && <h2 id="how-it-went">How it went</h2>}
      <Items title="Went well" items={f.wentWell} />
      <Items title="Went wrong" items={f.wentWrong} />
      <Items title="Got lucky" items={f.gotLucky} />
      {f.fiveWhys.length > 0 && (
        <>
          <h3>Five whys</h3>
          <ol>
            {f.fiveWhys.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ol>
        </>
      )}
      <DecisionsTable decisions={f.decisions} />
      {f.lessons.length > 0 && (
        <>
          <h2 id="lessons">Lessons</h2>
          <ul>
            {f.lessons.map((l, i) => (
              <li key={i}>
                {l.text}{' '}
                {l.tags.map((t) => (
                  <span key={t} className="tag">
                    {t}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </>
      )}
      {f.actionItems.length > 0 && (
        <>
          <h2 id="action-items">Action items</h2>
          <table>
            <thead>
              <tr>
                <th>Action</th>
                <th>Owner</th>
                <th>Due</th>
                <th className="nowrap">Status</th>
                {marks && (
                  <th>
                    <span className="sr-only">Mark done</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {f.actionItems.map((a, i) => {
                const mark = marks?.items[i];
                return (
                  <tr key={i} data-testid="action-item">
                    <td>{a.link ? <SafeLink href={a.link}>{a.action}</SafeLink> : a.action}</td>
                    <td>
                      {mark?.assignee ?? a.owner}
                      {mark && !mark.assignee && mark.mayMark && (
                        <div className="meta" title="Write their name, handle or email as Hindsight knows it to assign it to them.">
                          not a Hindsight user
                        </div>
                      )}
                    </td>
                    <td className="nowrap">{day(a.due)}</td>
                    <td className="nowrap">
                      {/* The same words as the tracker: an open item past its date is overdue. */}
                      <span className={`badge ${a.status === 'open' ? 'draft' : ''}`}>
                        {a.status === 'open' && a.due && a.due < today ? 'overdue' : a.status}
                      </span>
                      <DoneBy status={a.status} doneBy={a.doneBy} doneOn={a.doneOn} />
                    </td>
                    {marks && (
                      <td className="nowrap">
                        {mark?.mayMark && a.status !== 'dropped' && (
                          <MarkDoneButton documentId={marks.documentId} position={i} action={a.action} status={a.status} />
                        )}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
