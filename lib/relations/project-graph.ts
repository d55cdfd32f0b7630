import 'server-only';
// A project's pages and the typed relations between them (and to pages elsewhere that they relate
// to, or that relate to them), for the reader: what the graph view draws and lists.
import { db } from '@/lib/db/client';
import { documentPath } from '@/lib/documents/paths';
import { resolveWikilinks } from '@/lib/documents/resolve-wikilinks';
import type { TActor } from '@/lib/policies/can';
import { visibleDocuments } from '@/lib/policies/visible-to';
import { SELF } from './field-relations';
import { incomingRelations } from './list-relations';
import type { TRelationType } from './relation-types';

export type TGraphNode = { id: string; title: string; path: string; kind: string; outside: boolean };
export type TGraphEdge = { from: string; to: string; type: TRelationType; version: string };

const MAX_PAGES = 300;

export async function projectGraph(actor: TActor, project: { id: string; slug: string }) {
  const docs = await db.document.findMany({
    where: { projectId: project.id, deletedAt: null, ...visibleDocuments(actor) },
    orderBy: { title: 'asc' },
    take: MAX_PAGES,
    select: { id: true, slug: true, title: true, kind: true },
  });
  const nodes = new Map<string, TGraphNode>(
    docs.map((d) => [d.id, { id: d.id, title: d.title, path: documentPath(project.slug, d.slug), kind: d.kind, outside: false }]),
  );
  const rows = await db.relation.findMany({
    where: { sourceId: { in: docs.map((d) => d.id) }, NOT: { targetKey: { startsWith: 'project:' } } },
    select: { sourceId: true, type: true, targetKey: true, version: true },
  });
  const targets = await resolveWikilinks(actor, [...new Set(rows.map((r) => r.targetKey).filter((k) => k !== SELF))], project.slug);
  const edges: TGraphEdge[] = [];
  for (const r of rows) {
    if (r.targetKey === SELF) continue; // a decision superseding one on its own page
    const target = targets.get(r.targetKey);
    if (!target || target.id === r.sourceId) continue;
    if (!nodes.has(target.id)) nodes.set(target.id, { ...target, outside: true });
    edges.push({ from: r.sourceId, to: target.id, type: r.type, version: r.version });
  }
  const projectDocs = docs.map((d) => ({ id: d.id, slug: d.slug, title: d.title, project: { slug: project.slug } }));
  for (const r of await incomingRelations(actor, projectDocs)) {
    if (nodes.get(r.source.id)?.outside === false || r.source.id === r.targetId) continue; // inside: drawn above
    nodes.set(r.source.id, { id: r.source.id, title: r.source.title, path: r.source.path, kind: r.source.kind, outside: true });
    edges.push({ from: r.source.id, to: r.targetId, type: r.type, version: r.version });
  }
  return { nodes: [...nodes.values()], edges: dedupe(edges) };
}

function dedupe(edges: TGraphEdge[]) {
  const seen = new Set<string>();
  return edges.filter((e) => {
    const key = `${e.from}|${e.to}|${e.type}|${e.version}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
