import 'server-only';
// Reads and checks every file under content/ before anything is written, so a bad file stops
// the import with its path and line while the database is still as it was. Cross-file rules
// are checked here too: owners listed in people.yml, one file per slug.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { z } from 'zod';
import { slugify } from '@/lib/documents/slugify';
import { KINDS } from '@/lib/kinds/kinds';
import { KICKOFF_TEMPLATE } from '@/lib/templates/list-templates';
import { JOB_ROLES } from '@/lib/users/schemas';
import { describeCut, findCommentCuts } from './comment-cut';
import { checkFields, ContentError, parseContentFile, ZDocumentFrontMatter, ZProjectFrontMatter, ZTemplateFrontMatter } from './front-matter';

const TEMPLATE_NAMES: string[] = [...KINDS, KICKOFF_TEMPLATE];

const ZPeople = z.array(
  z.strictObject({
    handle: z.string().min(1).max(40).regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'a handle is letters, digits, dots, dashes and underscores'),
    name: z.string().min(1).max(120),
    email: z.string().email(),
    jobRole: z.enum(JOB_ROLES).default('other'),
  }),
);

type TPersonEntry = z.infer<typeof ZPeople>[number];
type TDocumentData = z.output<typeof ZDocumentFrontMatter>;
type TTemplateData = z.output<typeof ZTemplateFrontMatter>;

export type TContentPlan = {
  people: TPersonEntry[];
  templates: { name: string; data: TTemplateData; body: string; sourceHash: string }[];
  projects: { slug: string; name: string; description: string; visibility: 'internal' | 'restricted' }[];
  documents: { rel: string; project: string | null; slug: string; data: TDocumentData; body: string; hash: string }[];
  /** Files that read without error but probably not as meant (a value cut by a `#` comment). */
  warnings: string[];
  /** Pages whose file is byte for byte the one last imported: not read again (see readContent). */
  unchanged: number;
};

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Reads and checks content/. `imported(rel, hash)` gives the place ("<project>/<slug>") of the
 * page the database last imported from that path when the file is byte for byte the same, else
 * null: such a file was checked then, so it is not parsed again (a restart with thousands of
 * unchanged files costs their hashing only). Its place still counts, so a new file cannot take
 * the slug of an unchanged one.
 */
export function readContent(root: string, imported: (rel: string, hash: string) => string | null = () => null): TContentPlan {
  const relOf = (file: string) => path.relative(path.dirname(root), file);
  const people = readPeople(root);
  const handles = new Set(people.map((p) => p.handle));

  const templates: TContentPlan['templates'] = [];
  for (const file of markdownFiles(path.join(root, 'templates'))) {
    const rel = relOf(file);
    const name = path.basename(file, '.md');
    const text = readFileSync(file, 'utf8');
    const { data, body } = parseTemplate(rel, name, text);
    templates.push({ name, data, body, sourceHash: sha256(text) });
  }

  const projects: TContentPlan['projects'] = [];
  const files: { file: string; project: string | null }[] = markdownFiles(path.join(root, 'practices')).map((file) => ({ file, project: null }));
  const projectsDir = path.join(root, 'projects');
  for (const slug of existsSync(projectsDir) ? readdirSync(projectsDir).sort() : []) {
    const dir = path.join(projectsDir, slug);
    if (!statSync(dir).isDirectory()) continue;
    const file = path.join(dir, 'project.md');
    const rel = relOf(file);
    if (!existsSync(file)) throw new ContentError(rel, 1, 'every project folder needs a project.md');
    const { data, body } = parseContentFile(rel, readFileSync(file, 'utf8'), ZProjectFrontMatter);
    projects.push({ slug, name: data.name, description: data.description || body.trim(), visibility: data.visibility });
    for (const doc of markdownFiles(dir)) if (path.basename(doc) !== 'project.md') files.push({ file: doc, project: slug });
  }

  const documents: TContentPlan['documents'] = [];
  const warnings: string[] = [];
  const bySlug = new Map<string, string>();
  // Each place ("<project>/<slug>") is held by one file. A second is refused, naming the file
  // being parsed (the other one when the file reached now is an unchanged one, not read).
  const claim = (place: string, rel: string, unread: boolean) => {
    const other = bySlug.get(place);
    if (other) {
      const [named, also] = unread ? [other, rel] : [rel, other];
      throw new ContentError(named, 1, `slug "${place.slice(place.indexOf('/') + 1)}" is also the slug of ${also}; every page needs its own`);
    }
    bySlug.set(place, rel);
  };
  let unchanged = 0;
  for (const { file, project } of files) {
    const rel = relOf(file);
    const text = readFileSync(file, 'utf8');
    const hash = sha256(text);
    const place = imported(rel, hash);
    if (place !== null) {
      claim(place, rel, true);
      unchanged += 1;
      continue;
    }
    const { data, body } = parseContentFile(rel, text, ZDocumentFrontMatter);
    checkFields(rel, text, data.kind, data.fields);
    warnings.push(...findCommentCuts(text).map((cut) => describeCut(rel, cut)));
    if (data.owner ? !handles.has(data.owner) : handles.size === 0) {
      throw new ContentError(rel, 1, `owner "${data.owner ?? ''}" is not listed in content/people.yml`);
    }
    const slug = data.slug ?? slugify(path.basename(file, '.md'));
    claim(`${project ?? ''}/${slug}`, rel, false);
    documents.push({ rel, project, slug, data, body, hash });
  }
  return { people, templates, projects, documents, warnings, unchanged };
}

function readPeople(root: string): TPersonEntry[] {
  const file = path.join(root, 'people.yml');
  return existsSync(file) ? parsePeople('content/people.yml', readFileSync(file, 'utf8')) : [];
}

/** A people.yml, checked; a problem names the file and the line. An empty file lists nobody. */
export function parsePeople(file: string, text: string): TPersonEntry[] {
  let raw: unknown;
  try {
    raw = loadYaml(text) ?? [];
  } catch (err) {
    const line = ((err as { mark?: { line?: number } }).mark?.line ?? 0) + 1;
    throw new ContentError(file, line, (err as Error).message);
  }
  const parsed = ZPeople.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ContentError(file, 1, `${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

/** A template file named `name`: after a kind (or kickoff), of that kind, with fields that fit it. */
export function parseTemplate(file: string, name: string, text: string): { data: TTemplateData; body: string } {
  const { data, body } = parseContentFile(file, text, ZTemplateFrontMatter);
  if (!TEMPLATE_NAMES.includes(name)) throw new ContentError(file, 1, `templates are named after a kind (${KINDS.join(', ')}) or "${KICKOFF_TEMPLATE}"`);
  if (name !== KICKOFF_TEMPLATE && name !== data.kind) throw new ContentError(file, 1, `kind: the ${name} template must have kind ${name}`);
  checkFields(file, text, data.kind, data.fields);
  return { data, body };
}

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => path.join(dir, f));
}
