import 'server-only';
// A training run publishes a model version: the project's card for the model is created from the
// model-card template if there is none, and the run's numbers are merged in (merge-run.ts). The
// same payload twice writes one revision, not two; a changed payload writes a new revision, through
// the ordinary save path, whose message names the pipeline and the run. A save by someone else in
// between is merged again on top of it, never overwritten.
import { db } from '@/lib/db/client';
import { createDocument } from '@/lib/documents/create-document';
import { documentPath } from '@/lib/documents/paths';
import { updateDocument } from '@/lib/documents/update-document';
import { Conflict, Invalid } from '@/lib/errors';
import { parseFields, readFields } from '@/lib/kinds/fields';
import { ZModelCardFields } from '@/lib/kinds/model-card';
import { meetsThreshold } from '@/lib/kinds/threshold';
import type { TActor } from '@/lib/policies/can';
import { loadDocument, loadTarget, type TLoadedProject } from '@/lib/policies/loaders';
import { stableJson } from '@/lib/validation/stable-json';
import { listTemplates } from '@/lib/templates/list-templates';
import { mergeRun } from './merge-run';
import type { TRunPayload } from './run-payload';
import type { TQueuedEvent } from '@/lib/webhooks/queue-events';

const ATTEMPTS = 6;

export type TPublished = { id: string; path: string; version: number; created: boolean; changed: boolean; missesThreshold: string[] };

function checked(fields: unknown) {
  const parsed = parseFields('model_card', fields);
  if (!parsed.ok) throw new Invalid('The card would not be valid with these numbers.', parsed.errors);
  return parsed.value!.fields;
}

const missing = (fields: unknown) =>
  readFields(ZModelCardFields, fields).metrics.filter((m) => meetsThreshold(m.value, m.threshold) === false);
const misses = (fields: unknown): string[] => missing(fields).map((m) => m.name);

/** What a publication announces (webhooks): the version, and each metric that misses its threshold. */
function announce(fields: unknown, modelVersion: string, run: Pick<TRunPayload, 'pipeline' | 'run'>, created: boolean): TQueuedEvent[] {
  const by = { modelVersion, pipeline: run.pipeline, run: run.run };
  return [
    { type: 'model_card.published', change: { ...by, created } },
    ...missing(fields).map((m) => ({
      type: 'model_card.metric_below_threshold' as const,
      change: { ...by, metric: { name: m.name, value: m.value ?? null, threshold: m.threshold } },
    })),
  ];
}

export async function publishRun(
  actor: TActor,
  project: TLoadedProject,
  input: TRunPayload & { model: string; version: string },
): Promise<TPublished> {
  const { model, version, ...run } = input;
  const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`); // a version's date is a day
  const message = `Published version ${version} from ${run.pipeline} run ${run.run.id}`.slice(0, 500);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    // Runs publishing to the same card at once take turns: a short, growing, jittered pause.
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, attempt * (20 + Math.random() * 40)));
    const doc = await db.document.findFirst({
      where: { projectId: project.id, slug: model },
      select: {
        id: true,
        kind: true,
        version: true,
        deletedAt: true,
        title: true,
        body: true,
        status: true,
        fields: true,
        tags: { select: { tag: { select: { name: true } } } },
      },
    });
    if (!doc) {
      const template = (await listTemplates()).model_card;
      const fields = checked(mergeRun(readFields(ZModelCardFields, template?.fields), version, run, today));
      try {
        const made = await createDocument(
          actor,
          {
            kind: 'model_card',
            projectSlug: project.slug,
            slug: model,
            title: run.title ?? `Model card: ${model}`,
            body: template?.body ?? '',
            tags: [],
            status: 'draft',
            fields,
          },
          { target: await loadTarget(actor, project.slug), announce: announce(fields, version, run, true) },
        );
        return { id: made.id, path: made.path, version: made.version, created: true, changed: true, missesThreshold: misses(fields) };
      } catch (err) {
        if (err instanceof Invalid && 'slug' in err.fields && attempt < ATTEMPTS - 1) continue; // another run made it a moment ago
        throw err;
      }
    }
    if (doc.deletedAt)
      throw new Invalid(`A deleted page uses the address ${model}; restore it from Deleted documents first.`, {
        model: 'Used by a deleted page',
      });
    if (doc.kind !== 'model_card') throw new Invalid(`The page at ${model} is not a model card.`, { model: 'Not a model card' });
    const fields = checked(mergeRun(readFields(ZModelCardFields, doc.fields), version, run, today));
    const path = documentPath(project.slug, model);
    if (stableJson(fields) === stableJson(doc.fields)) {
      return { id: doc.id, path, version: doc.version, created: false, changed: false, missesThreshold: misses(fields) };
    }
    try {
      const saved = await updateDocument(
        actor,
        await loadDocument(actor, doc.id),
        {
          baseVersion: doc.version,
          title: doc.title,
          body: doc.body,
          tags: doc.tags.map((t) => t.tag.name),
          status: doc.status,
          fields,
          message,
        },
        undefined,
        announce(fields, version, run, false),
      );
      return { id: doc.id, path, version: saved.version, created: false, changed: true, missesThreshold: misses(fields) };
    } catch (err) {
      if (err instanceof Conflict && attempt < ATTEMPTS - 1) continue; // saved by someone in between: merge on top of theirs
      throw err;
    }
  }
  throw new Conflict('The card kept changing while this run was published; send it again.', null);
}
