import 'server-only';
// Carries out an import: the plan is made again (the wiki may have changed since the dry run),
// then people, projects and templates a whole-wiki import brings, then each page in its own
// transaction through the same create and save paths as the editor (revision, derived rows,
// search outbox, audit event). A conflict is applied only when the person confirmed that file,
// and then as a new version on top of the wiki's newest; a page that fails is named and left
// as it was. The import as a whole is one audit event.
import { recordEvent } from '@/lib/audit/record-event';
import { db } from '@/lib/db/client';
import { createDocument } from '@/lib/documents/create-document';
import { updateDocument } from '@/lib/documents/update-document';
import { Conflict, DomainError } from '@/lib/errors';
import type { JobRole } from '@/lib/generated/prisma/enums';
import { logger } from '@/lib/observability/logger';
import type { TActor } from '@/lib/policies/can';
import { loadDocument } from '@/lib/policies/loaders';
import { storeAttachments } from '@/lib/attachments/save-attachment';
import { storedLinks } from './attachment-files';
import type { TFileSet } from './import-files';
import { isSystem, planImport, type TDocumentWork, type TImportPlan, type TImportTarget, type TPlanItem } from './plan-import';

type TImportOutcome = 'created' | 'updated' | 'unchanged' | 'skipped' | 'refused' | 'failed';
export type TImportResult = {
  counts: Record<TImportOutcome, number>;
  items: (Pick<TPlanItem, 'file' | 'title' | 'path'> & { outcome: TImportOutcome; reason: string })[];
  projects: number;
  people: number;
  templates: number;
};

type TImporter = TActor & { name: string };

/** Pages written at once. */
const WRITERS = 4;

async function writeSetup(actor: TImporter, plan: TImportPlan) {
  const people = new Map<string, string>();
  for (const p of plan.people.filter((x) => x.action === 'create')) {
    await db.user.updateMany({ where: { handle: p.handle }, data: { handle: null } });
    const user = await db.user.create({
      data: { email: p.email, name: p.name, jobRole: p.jobRole as JobRole, handle: p.handle },
      select: { id: true },
    });
    people.set(p.handle, user.id);
  }
  for (const p of plan.projects.filter((x) => x.action === 'create')) {
    await db.$transaction(async (tx) => {
      const project = await tx.project.create({
        data: {
          slug: p.slug,
          name: p.name,
          description: p.description,
          visibility: p.visibility,
          // The importer owns what they bring in; from the command line, admins manage it.
          ...(isSystem(actor) ? {} : { members: { create: { userId: actor.id, role: 'owner' as const } } }),
        },
        select: { id: true },
      });
      await recordEvent(tx, {
        actorId: isSystem(actor) ? null : actor.id,
        action: 'project.create',
        targetType: 'project',
        targetId: project.id,
        summary: `Created project ${p.slug} (${p.visibility}) by import`,
      });
    });
  }
  for (const t of plan.templates.filter((x) => x.action !== 'unchanged')) {
    const data = { kind: t.kind, title: t.title, body: t.body, fields: (t.fields ?? undefined) as object | undefined, sourceHash: 'import' };
    await db.template.upsert({ where: { name: t.name }, update: data, create: { name: t.name, ...data }, select: { name: true } });
  }
  return people;
}

async function writePage(actor: TImporter, w: TDocumentWork, ownerId: string): Promise<TImportOutcome> {
  const { state } = w;
  // Saved by the importer; from the command line, by each page's owner (as content/ is).
  const author = isSystem(actor) ? { id: ownerId } : actor;
  const reviewBy = state.reviewBy ? new Date(`${state.reviewBy}T00:00:00Z`) : state.reviewBy === null ? null : undefined;
  // The page's files it does not hold yet are stored; its text links each file where it is stored.
  const fresh = w.files.filter((f) => !w.stored.has(f.local));
  const body = storedLinks(state.body, new Map([...w.stored, ...fresh.map((f) => [f.local, f.id] as const)]));
  const attach = (documentId: string) => (fresh.length ? storeAttachments(documentId, fresh, author.id, async () => {}) : Promise.resolve());
  if (!w.existing) {
    const { id } = await createDocument(
      author,
      { kind: state.kind, projectSlug: w.project, slug: state.slug, title: state.title, body, tags: state.tags, status: state.status, reviewBy, fields: state.fields },
      { ownerId },
    );
    await attach(id);
    return 'created';
  }
  const doc = await loadDocument(actor, w.existing.id);
  await attach(doc.id);
  await updateDocument(author, doc, {
    baseVersion: w.existing.version,
    title: state.title,
    body,
    tags: state.tags,
    status: state.status,
    fields: state.fields,
    reviewBy,
    message: `Imported from ${w.item.file}`,
  });
  return 'updated';
}

export async function applyImport(
  actor: TImporter,
  files: TFileSet,
  target: TImportTarget,
  confirmed: ReadonlySet<string>,
  onPage: () => void = () => {},
): Promise<TImportResult> {
  const { plan, work } = await planImport(actor, files, target);
  const created = await writeSetup(actor, plan);
  const counts: TImportResult['counts'] = { created: 0, updated: 0, unchanged: 0, skipped: 0, refused: 0, failed: 0 };
  const items: TImportResult['items'] = [];
  const byFile = new Map(work.map((w) => [w.item.file, w]));
  const outcomes: { outcome: TImportOutcome; reason: string }[] = [];
  const handle = async (item: TPlanItem): Promise<{ outcome: TImportOutcome; reason: string }> => {
    const w = byFile.get(item.file);
    if (item.action === 'refused' || !w) return { outcome: 'refused', reason: item.reason };
    if (item.action === 'unchanged') return { outcome: 'unchanged', reason: '' };
    if (item.action === 'conflict' && !confirmed.has(item.file)) return { outcome: 'skipped', reason: item.reason };
    try {
      return { outcome: await writePage(actor, w, w.owner.id ?? created.get(w.owner.handle) ?? actor.id), reason: item.reason };
    } catch (err) {
      if (!(err instanceof DomainError)) logger.error({ err, file: item.file }, 'import: a page failed');
      return {
        outcome: err instanceof Conflict ? 'skipped' : 'failed',
        reason: err instanceof DomainError ? err.message : 'The page could not be saved; nothing of it was written.',
      };
    }
  };
  // A few pages at a time (each in its own transaction): rendering runs on the worker pool
  // while another page's rows are written.
  let next = 0;
  await Promise.all(
    Array.from({ length: WRITERS }, async () => {
      while (next < plan.items.length) {
        const at = next++;
        outcomes[at] = await handle(plan.items[at]!);
        onPage();
      }
    }),
  );
  plan.items.forEach((item, i) => {
    const { outcome, reason } = outcomes[i]!;
    counts[outcome] += 1;
    items.push({ file: item.file, title: item.title, path: item.path, outcome, reason });
  });
  const where = 'wiki' in target ? 'the wiki' : `project ${target.project.slug}`;
  await db.$transaction((tx) =>
    recordEvent(tx, {
      actorId: isSystem(actor) ? null : actor.id,
      action: 'content.import',
      targetType: 'wiki' in target ? 'wiki' : 'project',
      targetId: 'wiki' in target ? 'wiki' : target.project.id,
      summary: `Imported into ${where}: ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.skipped} skipped, ${counts.refused} refused, ${counts.failed} failed`,
    }),
  );
  const made = (xs: { action: string }[]) => xs.filter((x) => x.action !== 'exists' && x.action !== 'unchanged').length;
  return { counts, items, projects: made(plan.projects), people: made(plan.people), templates: made(plan.templates) };
}
