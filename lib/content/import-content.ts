import 'server-only';
import { withAdvisoryLock } from '@/lib/db/advisory-lock';
import { db } from '@/lib/db/client';
import { createDocument } from '@/lib/documents/create-document';
import { updateDocument } from '@/lib/documents/update-document';
import { loadDocument, SYSTEM_ACTOR } from '@/lib/policies/loaders';
import { ContentError } from './front-matter';
import { readContent, type TContentPlan } from './read-content';

// content/ layout:
//   people.yml                      the people who own documents (handle, name, email)
//   practices/*.md                  documents outside any project
//   projects/<slug>/project.md      a project's name and description
//   projects/<slug>/*.md            the project's documents
//   templates/<kind>.md             the outline "New document" starts from, one per kind
//   templates/kickoff.md            the first page of every new project

type TPerson = { id: string; email: string; name: string };

export type TImportReport = { created: number; updated: number; unchanged: number; projects: number; templates: number };

/**
 * Imports content/: every file is read and checked first (readContent), so a bad file stops the
 * import before anything is written; then people, templates, projects and pages are written.
 * A page whose file did not change since the last import is left alone, so edits made in the
 * wiki survive restarts; a page deleted in the wiki is not brought back.
 */
export async function importContent(root: string, log: (line: string) => void = () => {}): Promise<TImportReport> {
  // Every imported page's file and hash in one query: files that did not change are skipped
  // unread (a page deleted in the wiki keeps its row, so it is not brought back either).
  const stored = await db.document.findMany({
    where: { sourcePath: { not: null } },
    select: { sourcePath: true, sourceHash: true, slug: true, project: { select: { slug: true } } },
  });
  const byPath = new Map(stored.map((d) => [d.sourcePath!, { hash: d.sourceHash, place: `${d.project?.slug ?? ''}/${d.slug}` }]));
  const plan = readContent(root, (rel, hash) => {
    const known = byPath.get(rel);
    return known?.hash === hash ? known.place : null;
  });
  for (const warning of plan.warnings) log(`warning: ${warning}`);
  // Two starts at once (two `npm run migrate`, say) import one after the other: the second
  // finds everything in place instead of racing the first for the same slugs.
  return withAdvisoryLock('content-import', () => writeContent(plan, log));
}

async function writeContent(plan: TContentPlan, log: (line: string) => void): Promise<TImportReport> {
  const report: TImportReport = {
    created: 0,
    updated: 0,
    unchanged: plan.unchanged,
    projects: plan.projects.length,
    templates: plan.templates.length,
  };
  const people = await writePeople(plan.people);
  await writeTemplates(plan.templates);
  for (const p of plan.projects) {
    // A file can make a project restricted, never open one up.
    const tighten = p.visibility === 'restricted' ? { visibility: p.visibility } : {};
    await db.project.upsert({ where: { slug: p.slug }, update: { name: p.name, description: p.description, ...tighten }, create: p, select: { id: true } });
  }
  const fallbackOwner = people.values().next().value as TPerson;
  for (const doc of plan.documents) {
    try {
      await writeDocument(doc, people, fallbackOwner, report, log);
    } catch (err) {
      // Whatever fails while writing a page (a render over its time limit, say) names the file.
      if (err instanceof ContentError) throw err;
      throw new ContentError(doc.rel, 1, err instanceof Error ? err.message : String(err));
    }
  }
  return report;
}

async function writeDocument(
  { rel, project, slug, data, body, hash }: TContentPlan['documents'][number],
  people: Map<string, TPerson>,
  fallbackOwner: TPerson,
  report: TImportReport,
  log: (line: string) => void,
) {
  const owner = data.owner ? people.get(data.owner)! : fallbackOwner;
  const source = { path: rel, hash };
  const existing = await db.document.findFirst({
    where: project ? { project: { slug: project }, slug } : { projectId: null, slug },
    select: { id: true, version: true, sourceHash: true, deletedAt: true },
  });
  if (existing?.deletedAt) {
    report.unchanged += 1; // deleted in the wiki: the file does not bring it back
  } else if (!existing) {
    await createDocument(owner, { ...data, slug, projectSlug: project, body }, { source });
    report.created += 1;
    log(`created ${rel}`);
  } else if (existing.sourceHash !== hash) {
    // The import acts for the deployment: it may read every page.
    const doc = await loadDocument(SYSTEM_ACTOR, existing.id);
    await updateDocument(owner, doc, { ...data, baseVersion: existing.version, body, message: `Imported from ${rel}` }, source);
    report.updated += 1;
    log(`updated ${rel}`);
  } else {
    report.unchanged += 1;
  }
}

async function writePeople(entries: TContentPlan['people']): Promise<Map<string, TPerson>> {
  const people = new Map<string, TPerson>();
  for (const person of entries) {
    // A handle names one person: whoever held it before (an earlier people.yml) lets it go.
    await db.user.updateMany({ where: { handle: person.handle, email: { not: person.email } }, data: { handle: null } });
    const user = await db.user.upsert({
      where: { email: person.email },
      update: { name: person.name, jobRole: person.jobRole, handle: person.handle },
      create: { email: person.email, name: person.name, jobRole: person.jobRole, handle: person.handle },
      select: { id: true, email: true, name: true },
    });
    people.set(person.handle, user);
  }
  return people;
}

async function writeTemplates(templates: TContentPlan['templates']) {
  for (const { name, data, body, sourceHash } of templates) {
    const fields = data.fields === undefined ? undefined : (data.fields as object);
    await db.template.upsert({
      where: { name },
      update: { kind: data.kind, title: data.title, body, fields, sourceHash },
      create: { name, kind: data.kind, title: data.title, body, fields, sourceHash },
      select: { name: true },
    });
  }
}
