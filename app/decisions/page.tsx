import { SourceLink } from '@/components/source-link';
import { DateRangeFilter, FilterForm, ProjectFilter } from '@/components/filters/filter-form';
import { formatDay } from '@/components/relative-date';
import { currentUser } from '@/lib/auth/current-user';
import { listProjects } from '@/lib/projects/list-projects';
import { queryOf, ZDecisionFilter } from '@/lib/structured/filters';
import { listDecisions } from '@/lib/structured/list-structured';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Decision log' };

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DecisionsPage({ searchParams }: TProps) {
  const user = await currentUser();
  const filter = ZDecisionFilter.parse(queryOf(await searchParams));
  const [decisions, projects] = await Promise.all([listDecisions(user, filter), listProjects(user)]);
  return (
    <>
      <h1 className="page-title">Decision log</h1>
      <p className="lede">
        Every decision recorded in a retrospective or a model card, across projects: what was chosen, over what, why, and by whom.
      </p>
      <FilterForm>
        <ProjectFilter projects={projects} value={filter.project} />
        <label>
          Model
          <input name="model" defaultValue={filter.model ?? ''} placeholder="e.g. cnp-fraud" />
        </label>
        <label>
          Decided by
          <input name="decider" defaultValue={filter.decider ?? ''} />
        </label>
        <DateRangeFilter from={filter.from} to={filter.to} />
      </FilterForm>
      {decisions.length === 0 ? (
        <p className="empty">No decisions match.</p>
      ) : (
        <table className="history" data-testid="decision-log">
          <thead>
            <tr>
              <th>Date</th>
              <th>Decision</th>
              <th>Why (and over what)</th>
              <th>Decided by</th>
            </tr>
          </thead>
          <tbody>
            {decisions.map((d) => (
              <tr key={d.id}>
                <td className="nowrap">{formatDay(d.decidedOn)}</td>
                <td>
                  <strong>{d.decision}</strong>
                  {d.supersededBy && (
                    <div className="muted" data-testid="superseded">
                      <span className="badge draft">superseded</span> by “{d.supersededBy.decision}” on{' '}
                      <a href={d.supersededBy.page.path}>{d.supersededBy.page.title}</a>
                    </div>
                  )}
                  {d.modelVersion && <div className="muted">{d.modelVersion}</div>}
                  <div>
                    <SourceLink source={d.source} />
                  </div>
                </td>
                <td>
                  {d.rationale}
                  {d.alternatives && <div className="muted">Alternatives: {d.alternatives}</div>}
                  {d.evidence && <div className="muted">Evidence: {d.evidence}</div>}
                </td>
                <td>{d.decidedBy}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
