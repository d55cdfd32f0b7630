import 'server-only';
// Export: the wiki, a project or a page as content/ files (the layout import-content.ts reads),
// read in batches so a large wiki never sits in memory. Only what the reader may read is
// written: documents through the read rule, projects through the same rule.
import { bytesOf } from '@/lib/attachments/storage';
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import { KIND_FIELDS } from '@/lib/kinds/fields';
import type { TKind } from '@/lib/kinds/kinds';
import type { TActor } from '@/lib/policies/can';
import type { TLoadedDocument, TLoadedProject } from '@/lib/policies/loaders';
import { documentFilter, projectFilter } from '@/lib/policies/read-rule-queries';
import { attachmentsOf } from '@/lib/attachments/list-attachments';
import { localLinks, localNames } from './attachment-files';
import { documentSelect, fileOf } from './document-state';
import { orderFields } from './field-order';
import { assignHandles, handleFromEmail } from './handles';
import { documentFile, peopleFile, projectFile, templateFile } from './write-files';

export type TExportScope = { project: TLoadedProject } | { wiki: true };
/** A file of an export: a page or setting as text, or an attachment as bytes. */
export type TEntry = { path: string; text: string } | { path: string; bytes: Uint8Array };

const BATCH = 200;

const pathOf = (row: { slug: string; project: { slug: string } | null }) =>
  row.project ? `projects/${row.project.slug}/${row.slug}.md` : `practices/${row.slug}.md`;

/** One page as a file, for the download on its page. */
export async function exportPage(doc: TLoadedDocument): Promise<{ path: string; text: string }> {
  const row = await db.document.findUniqueOrThrow({ where: { id: doc.id }, select: documentSelect });
  const owner = await db.user.findUniqueOrThrow({ where: { id: row.ownerId }, select: { handle: true, email: true } });
  return { path: pathOf(row), text: documentFile(fileOf(row, owner.handle ?? handleFromEmail(owner.email)), { baseHash: true }) };
}

function documentWhere(actor: TActor, scope: TExportScope): Prisma.DocumentWhereInput {
  return { deletedAt: null, ...('project' in scope ? { projectId: scope.project.id } : {}), AND: [documentFilter(actor)] };
}

/** How many pages an export holds: the total of the command line's progress bar. */
export function countExport(actor: TActor, scope: TExportScope): Promise<number> {
  return db.document.count({ where: documentWhere(actor, scope) });
}

/**
 * Every file of an export, in a fixed order (people, templates, projects, then pages by project
 * and slug), so two exports of the same content are the same bytes. `onPage` counts pages.
 */
export async function* exportEntries(actor: TActor, scope: TExportScope, onPage: () => void = () => {}): AsyncGenerator<TEntry> {
  const where = documentWhere(actor, scope);
  const owners = await db.user.findMany({
    where: { owned: { some: where } },
    orderBy: { email: 'asc' },
    select: { id: true, handle: true, email: true, name: true, jobRole: true },
  });
  const handles = assignHandles(owners);
  yield {
    path: 'people.yml',
    text: peopleFile(owners.map((o) => ({ handle: handles.get(o.id)!, name: o.name, email: o.email, jobRole: o.jobRole }))),
  };
  if ('wiki' in scope) {
    const templates = await db.template.findMany({ orderBy: { name: 'asc' } });
    for (const t of templates) {
      const kind = t.kind as TKind;
      yield { path: `templates/${t.name}.md`, text: templateFile({ ...t, kind, fields: orderFields(KIND_FIELDS[kind].form, t.fields) }) };
    }
  }
  const projects = await db.project.findMany({
    where: 'project' in scope ? { id: scope.project.id } : projectFilter(actor),
    orderBy: { slug: 'asc' },
    select: { id: true, slug: true, name: true, description: true, visibility: true },
  });
  for (const p of projects) yield { path: `projects/${p.slug}/project.md`, text: projectFile(p) };
  // Team-wide pages first, then each project's, each by slug: one ordered walk in batches.
  for (const projectId of ['wiki' in scope ? null : undefined, ...projects.map((p) => p.id)]) {
    if (projectId === undefined) continue;
    let cursor: string | undefined;
    for (;;) {
      const rows = await db.document.findMany({
        where: { AND: [where, { projectId }, cursor ? { slug: { gt: cursor } } : {}] },
        orderBy: { slug: 'asc' },
        take: BATCH,
        select: documentSelect,
      });
      const attachments = await attachmentsOf(rows.map((r) => r.id));
      for (const row of rows) {
        onPage();
        const path = pathOf(row);
        const files = attachments.filter((a) => a.documentId === row.id);
        const local = localNames(row.slug, files);
        const state = fileOf(row, handles.get(row.ownerId));
        yield { path, text: documentFile({ ...state, body: localLinks(state.body, local) }, { baseHash: true }) };
        // A page's files follow it, one read at a time.
        const folder = path.slice(0, path.lastIndexOf('/') + 1);
        for (const file of files) {
          const row = await db.attachment.findUniqueOrThrow({ where: { id: file.id }, select: { id: true, data: true, storedIn: true } });
          yield { path: `${folder}${local.get(file.id)!}`, bytes: await bytesOf(row) };
        }
      }
      if (rows.length < BATCH) break;
      cursor = rows.at(-1)!.slug;
    }
  }
}
