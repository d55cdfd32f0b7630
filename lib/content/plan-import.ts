import 'server-only';
// The dry run of an import: every file read, checked and compared with the wiki, nothing
// written. Each page is to be created, updated (the wiki's copy is the one the file was exported
// from), left unchanged, held as a conflict (the wiki's copy changed since: applied only when the
// person confirms it, as a new version, never in place of history) or refused with its
// file:line: field: message. apply-import.ts runs the same plan again and carries it out.
import path from 'node:path';
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import { documentPath } from '@/lib/documents/paths';
import { slugify } from '@/lib/documents/slugify';
import { parseFields } from '@/lib/kinds/fields';
import type { TKind } from '@/lib/kinds/kinds';
import type { TActor } from '@/lib/policies/can';
import { SYSTEM_ACTOR, type TLoadedProject } from '@/lib/policies/loaders';
import { ATTACHMENT_LIMITS } from '@/lib/attachments/limits';
import { attachmentsOf } from '@/lib/attachments/list-attachments';
import { checkedFile, type TCheckedFile } from '@/lib/attachments/save-attachment';
import { folderOf, isAttachmentPath, localLinks, localNames } from './attachment-files';
import { describeCut, findCommentCuts } from './comment-cut';
import { documentSelect, fieldsAsFile, fileOf } from './document-state';
import { checkFields, ContentError, parseContentFile, ZDocumentFrontMatter, ZProjectFrontMatter } from './front-matter';
import { placeOf, unwrap } from './import-layout';
import type { TFileSet } from './import-files';
import { ownerResolver, type TOwner, type TPersonEntry } from './import-owners';
import { parsePeople, parseTemplate } from './read-content';
import { stateHash, type TDocumentFile } from './write-files';

export type TImportTarget = { wiki: true } | { project: TLoadedProject };
export type TPlanAction = 'create' | 'update' | 'unchanged' | 'conflict' | 'refused';

export type TPlanItem = {
  file: string;
  action: TPlanAction;
  title: string;
  /** The page's address once imported (or now, for updates). */
  path: string | null;
  reason: string;
  warnings: string[];
};

/** What apply needs beside what the dry run shows. */
export type TDocumentWork = {
  item: TPlanItem;
  state: TDocumentFile;
  project: string | null;
  owner: TOwner;
  existing: { id: string; version: number } | null;
  /** The page as exported, when the file came from an export. */
  baseHash: string | undefined;
  /** The files in the page's <page>.files/ folder, by their link from the page ("x.files/plot.png"). */
  files: (TCheckedFile & { local: string })[];
  /** Those the page here already holds, the same bytes under the same link: link → attachment id. */
  stored: Map<string, string>;
};

export type TImportPlan = {
  items: TPlanItem[];
  projects: { slug: string; name: string; description: string; visibility: 'internal' | 'restricted'; action: 'create' | 'exists' }[];
  people: (TPersonEntry & { action: 'create' | 'exists' })[];
  templates: { name: string; kind: TKind; title: string; body: string; fields: unknown; action: 'create' | 'update' | 'unchanged' }[];
  /** Files left out, and notes about the import as a whole. */
  notes: string[];
};

/** The command line acts for the deployment: pages are written by their owners. */
export const isSystem = (actor: TActor) => actor.id === SYSTEM_ACTOR.id;
const refusal = (err: unknown) => (err instanceof ContentError ? err.message : err instanceof Error ? err.message : String(err));

export async function planImport(actor: TActor & { name: string }, files: TFileSet, target: TImportTarget): Promise<{ plan: TImportPlan; work: TDocumentWork[] }> {
  const into = 'wiki' in target ? ('wiki' as const) : { project: target.project.slug };
  const plan: TImportPlan = { items: [], projects: [], people: [], templates: [], notes: [] };
  const refuse = (file: string, err: unknown, title = path.posix.basename(file)) =>
    plan.items.push({ file, action: 'refused', title, path: null, reason: refusal(err), warnings: [] });
  const places = unwrap([...files.keys()]);
  const docs: { file: string; text: string; project: string | null }[] = [];
  let people: TPersonEntry[] = [];

  // A page's files are read with the page (filesOf below), from their folder.
  const folders = new Map<string, [string, Uint8Array<ArrayBuffer>][]>();
  for (const [file, rel] of places) {
    const content = files.get(file)!;
    if (isAttachmentPath(rel)) {
      const folder = file.slice(0, file.lastIndexOf('/') + 1);
      if (typeof content === 'string') continue;
      if (!folders.has(folder)) folders.set(folder, []);
      folders.get(folder)!.push([file, content]);
      continue;
    }
    const text = typeof content === 'string' ? content : '';
    const place = placeOf(rel, into);
    try {
      if (place.type === 'ignored') plan.notes.push(`${file}: left out (${place.why}).`);
      else if (place.type === 'people') people = parsePeople(file, text);
      else if (place.type === 'document') docs.push({ file, text, project: place.project });
      else if (place.type === 'project') {
        const { data, body } = parseContentFile(file, text, ZProjectFrontMatter);
        plan.projects.push({ slug: place.slug, name: data.name, description: data.description || body.trim(), visibility: data.visibility, action: 'create' });
      } else {
        const { data, body } = parseTemplate(file, place.name, text);
        plan.templates.push({ name: place.name, kind: data.kind, title: data.title, body, fields: data.fields ?? null, action: 'create' });
      }
    } catch (err) {
      refuse(file, err);
    }
  }

  // Projects and templates: new, or already here (an import never changes an existing project).
  const existingProjects = new Map(
    (await db.project.findMany({ where: { slug: { in: plan.projects.map((p) => p.slug) } }, select: { slug: true, visibility: true } })).map((p) => [p.slug, p]),
  );
  for (const p of plan.projects) {
    const here = existingProjects.get(p.slug);
    if (!here) continue;
    p.action = 'exists';
    if (here.visibility !== p.visibility) plan.notes.push(`Project ${p.slug} is ${here.visibility} here and stays so (the file says ${p.visibility}).`);
  }
  const templates = new Map((await db.template.findMany()).map((t) => [t.name, t]));
  for (const t of plan.templates) {
    const here = templates.get(t.name);
    if (here) t.action = here.title === t.title && here.body === t.body && here.kind === t.kind && JSON.stringify(here.fields ?? null) === JSON.stringify(t.fields) ? 'unchanged' : 'update';
  }
  const emails = new Set((await db.user.findMany({ where: { email: { in: people.map((p) => p.email) } }, select: { email: true } })).map((u) => u.email));
  if ('wiki' in target) plan.people = people.map((p) => ({ ...p, action: emails.has(p.email) ? 'exists' : 'create' }));
  const ownerOf = await ownerResolver(people, isSystem(actor) ? null : actor, 'wiki' in target);
  // A restricted project's pages are owned by its members: nobody is made owner of what they cannot read.
  const members =
    'project' in target && target.project.visibility === 'restricted'
      ? new Set((await db.projectMember.findMany({ where: { projectId: target.project.id }, select: { userId: true } })).map((m) => m.userId))
      : null;

  // Pages: read and checked one by one; a bad file is refused alone.
  const work: TDocumentWork[] = [];
  const seen = new Map<string, string>();
  const projectSlugs = new Set(['wiki' in target ? [...existingProjects.keys()] : [target.project.slug], plan.projects.map((p) => p.slug)].flat());
  for (const { file, text, project } of docs) {
    try {
      const { data, body } = parseContentFile(file, text, ZDocumentFrontMatter);
      checkFields(file, text, data.kind, data.fields);
      const parsed = parseFields(data.kind, data.fields);
      const slug = data.slug ?? slugify(path.posix.basename(file, '.md'));
      if (!slug) throw new ContentError(file, 1, 'slug: this file name makes no usable address; give the page a slug');
      if (project && !projectSlugs.has(project)) {
        const known = await db.project.findUnique({ where: { slug: project }, select: { slug: true } });
        if (!known) throw new ContentError(file, 1, `there is no project "${project}" here, and no projects/${project}/project.md to create it`);
        projectSlugs.add(project);
      }
      const key = `${project ?? ''}/${slug}`;
      const twin = seen.get(key);
      if (twin) throw new ContentError(file, 1, `slug "${slug}" is also the slug of ${twin}; every page needs its own`);
      seen.set(key, file);
      const state: TDocumentFile = {
        title: data.title,
        slug,
        kind: data.kind,
        tags: data.tags,
        status: data.status,
        reviewBy: data.reviewBy === null ? null : data.reviewBy?.toISOString().slice(0, 10),
        fields: (parsed.ok && parsed.value && fieldsAsFile(data.kind, parsed.value.fields)) || {},
        body,
      };
      let owner = ownerOf(data.owner);
      if (members && owner.id && owner.id !== actor.id && !members.has(owner.id)) {
        owner = { id: actor.id, handle: owner.handle, name: actor.name, note: `${owner.name} is not a member of this restricted project, so you will own the page.` };
      }
      if (owner.unknown) throw new ContentError(file, 1, owner.note);
      const warnings = [...findCommentCuts(text).map((cut) => describeCut(file, cut)), ...(owner.note ? [owner.note] : [])];
      const attached = await filesOf(file, folders.get(folderOf(file)) ?? []);
      folders.delete(folderOf(file));
      const item: TPlanItem = { file, action: 'create', title: data.title, path: documentPath(project, slug), reason: '', warnings };
      work.push({ item, state, project, owner, existing: null, baseHash: data.baseHash, files: attached, stored: new Map() });
      plan.items.push(item);
    } catch (err) {
      refuse(file, err);
    }
  }
  for (const folder of folders.keys()) plan.notes.push(`${folder}: left out (no page ${folder.replace(/\.files\/$/, '.md')} to attach its files to).`);
  await compareWithWiki(work);
  plan.items.sort((a, b) => (a.file < b.file ? -1 : 1));
  return { plan, work };
}

/** Sets each page's action from the wiki's copy: create, unchanged, update, conflict or refused. */
async function compareWithWiki(work: TDocumentWork[]) {
  const projects = new Map(
    (await db.project.findMany({ where: { slug: { in: [...new Set(work.flatMap((w) => (w.project ? [w.project] : [])))] } }, select: { id: true, slug: true } })).map(
      (p) => [p.slug, p.id],
    ),
  );
  const select = { ...documentSelect, version: true, deletedAt: true, updatedAt: true } as const;
  type TRow = Prisma.DocumentGetPayload<{ select: typeof select }>;
  const rows = new Map<string, TRow>();
  const wanted = new Map<string | null, string[]>();
  for (const w of work) {
    const projectId = w.project ? projects.get(w.project) : null;
    if (projectId === undefined) continue;
    if (!wanted.has(projectId)) wanted.set(projectId, []);
    wanted.get(projectId)!.push(w.state.slug);
  }
  for (const [projectId, slugs] of wanted) {
    for (let i = 0; i < slugs.length; i += 500) {
      const found = await db.document.findMany({ where: { projectId, slug: { in: slugs.slice(i, i + 500) } }, select });
      for (const row of found) rows.set(`${projectId ?? ''}/${row.slug}`, row);
    }
  }
  const attachments = await attachmentsOf([...rows.values()].map((r) => r.id));
  for (const w of work) {
    // Unknown project id: a project this import creates, so the page is new.
    const row = rows.get(`${(w.project ? projects.get(w.project) : '') ?? '?'}/${w.state.slug}`);
    if (!row) continue;
    if (row.deletedAt) {
      w.item.action = 'refused';
      w.item.reason = `${w.item.file}: a deleted page uses the slug "${row.slug}"; restore it from Deleted documents first, or give the file another slug`;
      continue;
    }
    if (row.kind !== w.state.kind) {
      w.item.action = 'refused';
      w.item.reason = `${w.item.file}: kind: the page here is a ${row.kind.replace('_', ' ')}, the file a ${w.state.kind.replace('_', ' ')}`;
      continue;
    }
    w.existing = { id: row.id, version: row.version };
    // The wiki's copy in the file's form: its links to its files as the export writes them.
    const held = attachments.filter((a) => a.documentId === row.id);
    const local = localNames(path.posix.basename(w.item.file, '.md'), held);
    const here = fileOf(row, undefined);
    here.body = localLinks(here.body, local);
    const current = stateHash(here);
    for (const a of held) {
      const link = local.get(a.id)!;
      if (w.files.some((f) => f.local === link && f.sha256 === a.sha256)) w.stored.set(link, a.id);
    }
    const sameFiles = w.files.every((f) => w.stored.has(f.local));
    // A file that says nothing of a review date leaves the wiki's as it is.
    if (sameFiles && current === stateHash({ ...w.state, reviewBy: w.state.reviewBy === undefined ? here.reviewBy : w.state.reviewBy }))
      w.item.action = 'unchanged';
    else if (w.baseHash === current) w.item.action = 'update';
    else {
      w.item.action = 'conflict';
      w.item.reason = w.baseHash
        ? `Changed in the wiki since this file was exported (now version ${row.version}, updated ${row.updatedAt.toISOString().slice(0, 10)}).`
        : `A page with this address exists (version ${row.version}) and the file does not say which version it was exported from.`;
    }
  }
}

/** The files in a page's <page>.files/ folder, each checked as an upload is; one refused refuses the page. */
async function filesOf(pageFile: string, files: [string, Uint8Array<ArrayBuffer>][]): Promise<TDocumentWork['files']> {
  const folder = folderOf(pageFile);
  const base = path.posix.basename(folder);
  const out: TDocumentWork['files'] = [];
  for (const [file, content] of files) {
    const name = file.slice(folder.length);
    try {
      out.push({ ...(await checkedFile(content, name)), local: `${base}/${name}` });
    } catch (err) {
      throw new ContentError(file, 1, (err as Error).message);
    }
  }
  if (out.length > ATTACHMENT_LIMITS.perDocument)
    throw new ContentError(pageFile, 1, `${folder}: a page can hold at most ${ATTACHMENT_LIMITS.perDocument} attachments`);
  return out;
}
