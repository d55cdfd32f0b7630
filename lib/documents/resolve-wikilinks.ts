import 'server-only';
import { readRows } from '@/lib/db/read-rows';
import { Prisma } from '@/lib/generated/prisma/client';
import type { TActor } from '@/lib/policies/can';
import { visibleSql } from '@/lib/policies/visible-to';
import { documentPath, NO_PROJECT, spaceOf } from './paths';
import { slugify } from './slugify';

export type TLinkTarget = { id: string; title: string; path: string; kind: string };

type TCandidate = {
  id: string;
  slug: string;
  title: string;
  titleKey: string;
  kind: string;
  projectSlug: string | null;
};

/**
 * Resolves wikilink keys, as written in a document of project `from` (null: no project):
 *  - "project/slug" (or "_/slug") names one document exactly;
 *  - otherwise a slug in the same project, then a slug outside projects, then a title
 *    (same project first, then the most recently updated anywhere).
 * Only documents the actor may read count: a link to a page they cannot see looks missing.
 * One query for the whole page, however many links it has.
 */
export async function resolveWikilinks(actor: TActor, keys: string[], from: string | null): Promise<Map<string, TLinkTarget | null>> {
  const result = new Map<string, TLinkTarget | null>();
  if (keys.length === 0) return result;
  const slugs = new Set<string>();
  for (const key of keys) {
    const [space, slug] = splitKey(key);
    slugs.add(slugify(key));
    if (space !== undefined) slugs.add(slug);
  }
  const candidates = await readRows<TCandidate>(Prisma.sql`
    SELECT d.id, d.slug, d.title, d."titleKey", d.kind::text AS kind, p.slug AS "projectSlug"
    FROM "Document" d LEFT JOIN "Project" p ON p.id = d."projectId"
    WHERE d."deletedAt" IS NULL AND ${visibleSql(actor)}
      AND (d.slug = ANY(${[...slugs].filter(Boolean)}::text[]) OR d."titleKey" = ANY(${keys}::text[]))
    ORDER BY d."updatedAt" DESC
    LIMIT 500`);
  for (const key of keys) result.set(key, pick(key, from, candidates));
  return result;
}

function splitKey(key: string): [string | undefined, string] {
  const i = key.indexOf('/');
  return i < 0 ? [undefined, key] : [key.slice(0, i).trim(), key.slice(i + 1).trim()];
}

function pick(key: string, from: string | null, docs: TCandidate[]): TLinkTarget | null {
  const [space, slug] = splitKey(key);
  const inSpace = (d: TCandidate, s: string | null) => d.projectSlug === s;
  let found: TCandidate | undefined;
  if (space !== undefined) {
    const project = space === NO_PROJECT ? null : space;
    found = docs.find((d) => d.slug === slug && inSpace(d, project));
  }
  if (!found) {
    // A bare name, or a title that happens to contain "/" (e.g. "CI/CD for models").
    const s = slugify(key);
    found =
      docs.find((d) => d.slug === s && inSpace(d, from)) ??
      docs.find((d) => d.slug === s && inSpace(d, null)) ??
      docs.find((d) => d.titleKey === key && inSpace(d, from)) ??
      docs.find((d) => d.titleKey === key);
  }
  return found ? { id: found.id, title: found.title, path: documentPath(found.projectSlug, found.slug), kind: found.kind } : null;
}

/** The keys a wikilink or typed relation may use to name this page. */
export const keysFor = (doc: { slug: string; title: string; project: { slug: string } | null }) => [
  `${spaceOf(doc.project?.slug)}/${doc.slug}`,
  doc.slug,
  doc.title.toLowerCase(),
];

/**
 * Of links written in various projects (`from`), those whose key really resolves, from where it
 * was written, to one of `ids` (a bare title can mean another page from another project), each
 * with the page it names, in their order. One resolution per project the links come from.
 */
export async function linksResolvingTo<T extends { targetKey: string; from: string | null }>(
  actor: TActor,
  links: T[],
  ids: ReadonlySet<string>,
): Promise<(T & { targetId: string })[]> {
  const keysByProject = new Map<string | null, Set<string>>();
  for (const link of links) keysByProject.set(link.from, (keysByProject.get(link.from) ?? new Set()).add(link.targetKey));
  const targets = new Map<string | null, Map<string, TLinkTarget | null>>();
  for (const [from, keys] of keysByProject) targets.set(from, await resolveWikilinks(actor, [...keys], from));
  const out: (T & { targetId: string })[] = [];
  for (const link of links) {
    const targetId = targets.get(link.from)?.get(link.targetKey)?.id;
    if (targetId && ids.has(targetId)) out.push({ ...link, targetId });
  }
  return out;
}
