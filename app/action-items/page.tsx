import { ActionItemsTable } from '@/components/action-items/action-items-table';
import { FilterForm, ProjectFilter } from '@/components/filters/filter-form';
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
      <p className="lede">
        What retrospectives promised to change, by owner and project, soonest due first. Whoever an item is assigned to, and anyone who may
        edit its retrospective, can mark it done here; that saves a new version of the retrospective.
      </p>
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
        <label className="check">
          <input type="checkbox" name="mine" value="1" defaultChecked={filter.mine === '1'} />
          Only mine
        </label>
      </FilterForm>
      {items.length === 0 ? <p className="empty">No action items match.</p> : <ActionItemsTable items={items} />}
    </>
  );
}
