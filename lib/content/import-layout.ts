// Where each file of an import goes, from its path in the export layout (content/):
//   people.yml, templates/<name>.md, projects/<slug>/project.md, projects/<slug>/<page>.md,
//   practices/<page>.md, or <page>.md at the top (team-wide).
// Importing into one project puts every page there. A zip of a folder (everything under one
// top folder) is read as that folder. Pure.

export type TPlace =
  | { type: 'people' }
  | { type: 'template'; name: string }
  | { type: 'project'; slug: string }
  | { type: 'document'; project: string | null }
  | { type: 'ignored'; why: string };

const LAYOUT_ROOTS = new Set(['people.yml', 'projects', 'practices', 'templates']);

/** The paths with a wrapping top folder taken off, when every file sits under the same one. */
export function unwrap(paths: string[]): Map<string, string> {
  const firsts = new Set(paths.map((p) => (p.includes('/') ? p.split('/')[0]! : '')));
  const [only] = firsts;
  const wrapped = firsts.size === 1 && only !== '' && !LAYOUT_ROOTS.has(only!);
  return new Map(paths.map((p) => [p, wrapped ? p.slice(only!.length + 1) : p]));
}

export function placeOf(rel: string, into: 'wiki' | { project: string }): TPlace {
  const parts = rel.split('/');
  const name = parts.at(-1)!;
  if (rel === 'people.yml') return { type: 'people' };
  if (!name.toLowerCase().endsWith('.md')) return { type: 'ignored', why: 'only Markdown files and people.yml are imported' };
  if (parts[0] === 'templates') {
    if (into !== 'wiki') return { type: 'ignored', why: 'templates are imported into the whole wiki only (admins)' };
    return parts.length === 2 ? { type: 'template', name: name.slice(0, -3) } : { type: 'ignored', why: 'templates sit directly in templates/' };
  }
  if (parts[0] === 'projects' && parts.length === 3 && name === 'project.md') {
    if (into !== 'wiki') return { type: 'ignored', why: 'a project’s own settings are not imported into another project' };
    return { type: 'project', slug: parts[1]! };
  }
  if (into !== 'wiki') return { type: 'document', project: into.project };
  if (parts[0] === 'projects') return parts.length === 3 ? { type: 'document', project: parts[1]! } : { type: 'ignored', why: 'pages sit in projects/<project>/' };
  if (parts.length === 1 || (parts[0] === 'practices' && parts.length === 2)) return { type: 'document', project: null };
  return { type: 'ignored', why: 'not where the export layout puts pages' };
}
