import { parseFields } from '@/lib/kinds/fields';
import { KIND_INFO, type TKind } from '@/lib/kinds/kinds';
import { ModelCardView } from './model-card-view';
import { PracticeView } from './practice-view';
import { RetrospectiveCard } from './retrospective-card';
import { RunbookView } from './runbook-view';
import { DatasetView } from './dataset-view';
import type { TItemMark } from '@/lib/action-items/item-marks';

/**
 * A document's structured fields as its kind's card. Fields stored before a schema changed may
 * no longer parse: the page then says so, field by field, instead of showing an empty card (the
 * stored values are kept and the editor loads them).
 */
export function KindCard({
  kind,
  fields,
  project,
  marks,
  owner,
}: {
  /** The page's owner's name, for a card that names no owners of its own. */
  owner?: string;
  kind: TKind;
  fields: unknown;
  project: string | null;
  /** The live page's action items: who each is assigned to, and who may tick it off. */
  marks?: { documentId: string; items: TItemMark[] };
}) {
  const parsed = parseFields(kind, fields);
  if (!parsed.ok) {
    return (
      <div className="alert" role="alert" data-testid="fields-problem">
        <p>
          The {KIND_INFO[kind].label.toLowerCase()} fields stored with this page no longer fit its form, so they are not shown as a card.
          Nothing was lost: open <strong>Edit</strong> to correct them.
        </p>
        <ul>
          {Object.entries(parsed.errors).map(([path, message]) => (
            <li key={path}>
              <code>{path.replace(/^fields\./, '')}</code>: {message}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  switch (kind) {
    case 'retrospective':
      return <RetrospectiveCard fields={fields} marks={marks} project={project} />;
    case 'model_card':
      return <ModelCardView fields={fields} project={project} pageOwner={owner} />;
    case 'runbook':
      return <RunbookView fields={fields} project={project} />;
    case 'dataset':
      return <DatasetView fields={fields} />;
    case 'practice':
      return <PracticeView fields={fields} project={project} />;
  }
}
