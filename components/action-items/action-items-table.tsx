import { SafeLink } from '@/components/kinds/card-parts';
import { formatDay } from '@/components/relative-date';
import { SourceLink } from '@/components/source-link';
import type { TActionItemRow } from '@/lib/structured/list-structured';
import { MarkDoneButton } from './mark-done-button';
import { DoneBy } from './done-by';

/** Action items across pages, each with where it was promised and, for who may, a button to tick it off. */
export function ActionItemsTable({ items, showOwner = true }: { items: TActionItemRow[]; showOwner?: boolean }) {
  return (
    <table className="history" data-testid="action-items">
      <thead>
        <tr>
          <th>Action</th>
          {showOwner && <th>Owner</th>}
          <th>Due</th>
          <th>Status</th>
          <th>
            <span className="sr-only">Mark done</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((a) => (
          <tr key={a.id} data-testid="action-item">
            <td>
              {a.link ? <SafeLink href={a.link}>{a.action}</SafeLink> : a.action}
              <div>
                <SourceLink source={a.source} />
              </div>
            </td>
            {showOwner && <td>{a.assignee ?? a.owner}</td>}
            <td className="nowrap">{formatDay(a.due, '—')}</td>
            <td className="nowrap">
              {a.overdue ? <span className="badge draft">overdue</span> : <span className="badge">{a.status}</span>}
              <DoneBy status={a.status} doneBy={a.doneBy} doneOn={a.doneOn} />
            </td>
            <td className="nowrap">
              {a.mayMark && a.status !== 'dropped' && (
                <MarkDoneButton documentId={a.documentId} position={a.position} action={a.action} status={a.status} />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
