import { formatDay } from '@/components/relative-date';

/** Who ticked an action item off, and when (nothing unless it is done and someone is named). */
export function DoneBy({ status, doneBy, doneOn }: { status: string; doneBy?: string; doneOn?: Date | null }) {
  if (status !== 'done' || !doneBy) return null;
  return (
    <div className="meta">
      by {doneBy}
      {doneOn ? ` on ${formatDay(doneOn)}` : ''}
    </div>
  );
}
