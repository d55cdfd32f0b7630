import 'server-only';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { z } from 'zod';
import { db } from '@/lib/db/client';
import { createDocument } from '@/lib/documents/create-document';
import { slugify } from '@/lib/documents/slugify';
import { updateDocument } from '@/lib/documents/update-document';
import { KINDS } from '@/lib/kinds/kinds';
import { JOB_ROLES } from '@/lib/users/schemas';
import { KICKOFF_TEMPLATE } from '@/lib/templates/list-templates';

const TEMPLATE_NAMES: string[] = [...KINDS, KICKOFF_TEMPLATE];
import { checkFields, ContentError, parseContentFile, ZDocumentFrontMatter, ZProjectFrontMatter, ZTemplateFrontMatter } from './front-matter';

// content/ layout:
//   people.yml                      the people who own documents (handle, name, email)
//   practices/*.md                  documents outside any project
//   projects/<slug>/project.md      a project's name and description
//   projects/<slug>/*.md            the project's documents
//   templates/<kind>.md             the outline "New document" starts from, one per kind
//   templates/kickoff.md            the first page of every new project

type TPerson = { id: string; email: string; name: string };

const ZPeople = z.array(
  z.object({
    handle: z.string().min(1).max(40),
    name: z.string().min(1).max(120),
    email: z.string().email(),
    jobRole: z.enum(JOB_ROLES).default('other'),
  }),
);

export type TImportReport = { created: number; updated: number; unchanged: number; projects: number; templates: number };

export async function importContent(root: string, log: (line: string) => void = () => {}): Promise<TImportReport> {
  const report: TImportReport = { created: 0, updated: 0, unchanged: 0, projects: 0, templates: 0 };
  const people = await importPeople(root);
  report.templates = await importTemplates(root);
  const fallbackOwner = people.values().next().value as TPerson | undefined;

  const files: { file: string; project: string | null }[] = [];
  for (const file of markdownFiles(path.join(root, 'practices'))) files.push({ file, project: null });
  const projectsDir = path.join(root, 'projects');
  for (const slug of existsSync(projectsDir) ? readdirSync(projectsDir).sort() : []) {
    const dir = path.join(projectsDir, slug);
    if (!statSync(dir).isDirectory()) continue;
    await importProject(root, dir, slug);
    report.projects += 1;
    for (const file of markdownFiles(dir)) {
      if (path.basename(file) !== 'project.md') files.push({ file, project: slug });
    }
  }

  for (const { file, project } of files) {
    const rel = path.relative(path.dirname(root), file);
    const text = readFileSync(file, 'utf8');
    const { data, body } = parseContentFile(rel, text, ZDocumentFrontMatter);
    checkFields(rel, text, data.kind, data.fields);
    const owner = data.owner ? people.get(data.owner) : fallbackOwner;
    if (!owner) throw new ContentError(rel, 1, `owner "${data.owner ?? ''}" is not listed in content/people.yml`);
    const hash = createHash('sha256').update(text).digest('hex');
    const source = { path: rel, hash };
    const slug = data.slug ?? slugify(path.basename(file, '.md'));
    const existing = await db.document.findFirst({
      where: project ? { project: { slug: project }, slug } : { projectId: null, slug },
      select: { id: true, version: true, sourceHash: true, deletedAt: true },
    });
    if (existing?.deletedAt) {
      report.unchanged += 1; // deleted in the wiki: the file does not bring it back
    } else if (!existing) {
      await createDocument(owner, { ...data, slug, projectSlug: project, body }, source);
      report.created += 1;
      log(`created ${rel}`);
    } else if (existing.sourceHash !== hash) {
      await updateDocument(
        owner,
        { ...data, id: existing.id, baseVersion: existing.version, body, message: `Imported from ${rel}` },
        source,
      );
      if (data.reviewBy) await db.document.update({ where: { id: existing.id }, data: { reviewBy: data.reviewBy }, select: { id: true } });
      report.updated += 1;
      log(`updated ${rel}`);
    } else {
      report.unchanged += 1;
    }
  }
  return report;
}

async function importTemplates(root: string): Promise<number> {
  let count = 0;
  for (const file of markdownFiles(path.join(root, 'templates'))) {
    const rel = path.relative(path.dirname(root), file);
    const name = path.basename(file, '.md');
    const text = readFileSync(file, 'utf8');
    const { data, body } = parseContentFile(rel, text, ZTemplateFrontMatter);
    if (!TEMPLATE_NAMES.includes(name)) throw new ContentError(rel, 1, `templates are named after a kind (${KINDS.join(', ')}) or "${KICKOFF_TEMPLATE}"`);
    if (name !== KICKOFF_TEMPLATE && name !== data.kind) throw new ContentError(rel, 1, `kind: the ${name} template must have kind ${name}`);
    checkFields(rel, text, data.kind, data.fields);
    const sourceHash = createHash('sha256').update(text).digest('hex');
    const fields = data.fields === undefined ? undefined : (data.fields as object);
    await db.template.upsert({
      where: { name },
      update: { kind: data.kind, title: data.title, body, fields, sourceHash },
      create: { name, kind: data.kind, title: data.title, body, fields, sourceHash },
      select: { name: true },
    });
    count += 1;
  }
  return count;
}

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => path.join(dir, f));
}

async function importPeople(root: string): Promise<Map<string, TPerson>> {
  const file = path.join(root, 'people.yml');
  const people = new Map<string, TPerson>();
  if (!existsSync(file)) return people;
  let raw: unknown;
  try {
    raw = loadYaml(readFileSync(file, 'utf8'));
  } catch (err) {
    const line = ((err as { mark?: { line?: number } }).mark?.line ?? 0) + 1;
    throw new ContentError('content/people.yml', line, (err as Error).message);
  }
  const parsed = ZPeople.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ContentError('content/people.yml', 1, `${issue.path.join('.')}: ${issue.message}`);
  }
  for (const person of parsed.data) {
    const user = await db.user.upsert({
      where: { email: person.email },
      update: { name: person.name, jobRole: person.jobRole },
      create: { email: person.email, name: person.name, jobRole: person.jobRole },
      select: { id: true, email: true, name: true },
    });
    people.set(person.handle, user);
  }
  return people;
}

async function importProject(root: string, dir: string, slug: string) {
  const file = path.join(dir, 'project.md');
  const rel = path.relative(path.dirname(root), file);
  if (!existsSync(file)) throw new ContentError(rel, 1, 'every project folder needs a project.md');
  const { data, body } = parseContentFile(rel, readFileSync(file, 'utf8'), ZProjectFrontMatter);
  const description = data.description || body.trim();
  await db.project.upsert({
    where: { slug },
    update: { name: data.name, description },
    create: { slug, name: data.name, description },
    select: { id: true },
  });
}
