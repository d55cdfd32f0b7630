import { SafeLink } from '@/components/kinds/card-parts';
import { formatDay } from '@/components/relative-date';
import { FilterForm, ProjectFilter } from '@/components/filters/filter-form';
import { SourceLink } from '@/components/source-link';
import { currentUser } from '@/lib/auth/current-user';
import { listProjects } from '@/lib/projects/list-projects';
import { queryOf, ZActionFilter } from '@/lib/structured/filters';
import { listActionItems } from '@/lib/structured/list-structured';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Action items' };

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ActionItemsPage({ searchParams }: TProps) {
  const user = await currentUser();
  const filter = ZActionFilter.parse(queryOf(await searchParams));
  const [items, projects] = await Promise.all([listActionItems(user, filter), listProjects(user)]);
  return (
    <>
      <h1 className="page-title">Action items</h1>
      <p className="lede">What retrospectives promised to change, by owner and project. Overdue items first.</p>
      <FilterForm>
        <label>
          Status
          <select name="status" defaultValue={filter.status}>
            <option value="open">Open</option>
            <option value="overdue">Overdue</option>
            <option value="done">Done</option>
            <option value="all">All</option>
          </select>
        </label>
        <label>
          Owner
          <input name="owner" defaultValue={filter.owner ?? ''} />
        </label>
        <ProjectFilter projects={projects} value={filter.project} />
      </FilterForm>
      {items.length === 0 ? (
        <p className="empty">No action items match.</p>
      ) : (
        <table className="history" data-testid="action-items">
          <thead>
            <tr>
              <th>Action</th>
              <th>Owner</th>
              <th>Due</th>
              <th>Status</th>
            </tr>
          </thead>
          <tbody>
            {items.map((a) => (
              <tr key={a.id}>
                <td>
                  {a.link ? <SafeLink href={a.link}>{a.action}</SafeLink> : a.action}
                  <div>
                    <SourceLink source={a.source} />
                  </div>
                </td>
                <td>{a.owner}</td>
                <td>{formatDay(a.due, '—')}</td>
                <td>{a.overdue ? <span className="badge draft">overdue</span> : <span className="badge">{a.status}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
