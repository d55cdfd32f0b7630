import { ActionButton } from '@/components/action-button';

/** Ticks an action item off (or opens it again) as a new version of its retrospective. */
export function MarkDoneButton({
  documentId,
  position,
  action,
  status,
}: {
  documentId: string;
  position: number;
  action: string;
  status: string;
}) {
  const next = status === 'done' ? 'open' : 'done';
  const label = next === 'done' ? 'Mark done' : 'Reopen';
  return (
    <ActionButton
      url={`/api/documents/${documentId}/action-items/${position}`}
      body={{ action, status: next }}
      label={label}
      ariaLabel={`${label}: ${action}`}
    />
  );
}
