import 'server-only';
import type { z } from 'zod';
import { db } from '@/lib/db/client';
import { documentPath } from '@/lib/documents/paths';
import type { TActor } from '@/lib/policies/can';
import { visibleDocuments } from '@/lib/policies/visible-to';
import { can } from '@/lib/policies/can';
import { draftOf } from '@/lib/policies/read-rule';
import { projectFactsSelect, projectScope } from '@/lib/policies/project-scope';
import { supersededDecisions, supersededKey } from '@/lib/relations/superseded';
import type { ZActionFilter, ZDecisionFilter, ZLessonFilter } from './filters';

// Decisions, lessons and action items from every document the reader may see (scoped in SQL).
const source = { select: { title: true, slug: true, status: true, project: { select: { slug: true, name: true } } } } as const;
const inDocuments = (actor: TActor, project?: string) => ({
  deletedAt: null,
  ...visibleDocuments(actor),
  ...(project ? { project: { slug: project } } : {}),
});
const from = (d: { title: string; slug: string; status: 'draft' | 'published'; project: { slug: string; name: string } | null }) => ({
  title: d.title,
  path: documentPath(d.project?.slug, d.slug),
  project: d.project,
  draft: d.status === 'draft',
});
const contains = (value?: string) => (value ? { contains: value, mode: 'insensitive' as const } : undefined);

export async function listDecisions(actor: TActor, f: z.infer<typeof ZDecisionFilter>) {
  const rows = await db.decision.findMany({
    where: {
      document: inDocuments(actor, f.project),
      // A decision's model is its model version, or the model card it was recorded in.
      ...(f.model
        ? { OR: [{ modelVersion: contains(f.model) }, { document: { kind: 'model_card' as const, title: contains(f.model) } }] }
        : {}),
      ...(f.decider ? { decidedBy: contains(f.decider) } : {}),
      ...(f.from || f.to ? { decidedOn: { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lte: f.to } : {}) } } : {}),
    },
    orderBy: [{ decidedOn: 'desc' }, { position: 'asc' }],
    take: 500,
    select: {
      id: true,
      decision: true,
      alternatives: true,
      rationale: true,
      evidence: true,
      decidedBy: true,
      decidedOn: true,
      modelVersion: true,
      document: { select: { id: true, ...source.select } },
    },
  });
  // Decisions a later one supersedes say so (lib/relations/superseded.ts).
  const pages = [
    ...new Map(
      rows.map((r) => [r.document.id, { ...r.document, project: r.document.project && { slug: r.document.project.slug } }]),
    ).values(),
  ];
  const superseded = await supersededDecisions(actor, pages);
  return rows.map(({ document, ...r }) => ({
    ...r,
    source: from(document),
    supersededBy: superseded.get(supersededKey(document.id, r.decision)) ?? null,
  }));
}

export async function listLessons(actor: TActor, f: z.infer<typeof ZLessonFilter>) {
  const rows = await db.lesson.findMany({
    where: { document: inDocuments(actor, f.project), ...(f.tag ? { tags: { has: f.tag.toLowerCase() } } : {}) },
    orderBy: [{ learnedOn: 'desc' }, { position: 'asc' }],
    take: 500,
    select: { id: true, text: true, tags: true, learnedOn: true, document: source },
  });
  return rows.map(({ document, ...r }) => ({ ...r, source: from(document) }));
}

/**
 * Action items from pages the reader may see, soonest due first; each says whether the reader may
 * mark it done (its assignee, or whoever may edit its retrospective).
 */
export async function listActionItems(actor: TActor, f: z.infer<typeof ZActionFilter>, now = new Date(), take = 500) {
  const today = new Date(now.toISOString().slice(0, 10));
  const status = f.status === 'all' ? {} : f.status === 'overdue' ? { status: 'open' as const, due: { lt: today } } : { status: f.status };
  const rows = await db.actionItem.findMany({
    where: {
      document: inDocuments(actor, f.project),
      ...status,
      ...(f.owner ? { owner: contains(f.owner) } : {}),
      ...(f.mine ? { assigneeId: actor.id } : {}),
    },
    orderBy: [{ due: { sort: 'asc', nulls: 'last' } }, { position: 'asc' }],
    take,
    select: {
      id: true,
      position: true,
      action: true,
      owner: true,
      due: true,
      status: true,
      link: true,
      doneBy: true,
      doneOn: true,
      assigneeId: true,
      assignee: { select: { name: true } },
      document: {
        select: {
          id: true,
          ownerId: true,
          ...source.select,
          project: { select: { slug: true, name: true, ...projectFactsSelect(actor.id) } },
        },
      },
    },
  });
  return rows.map(({ document, assignee, ...r }) => ({
    ...r,
    assignee: assignee?.name ?? null,
    documentId: document.id,
    mayMark: can(actor, 'complete-action-item', {
      project: projectScope(document.project),
      ownerId: r.assigneeId ?? undefined,
      ...draftOf(document),
    }),
    overdue: r.status === 'open' && !!r.due && r.due < today,
    source: from({ ...document, project: document.project && { slug: document.project.slug, name: document.project.name } }),
  }));
}

export type TActionItemRow = Awaited<ReturnType<typeof listActionItems>>[number];

/** Tags used by lessons the reader can see, most used first (for the filter). */
export async function lessonTags(actor: TActor) {
  const lessons = await db.lesson.findMany({ where: { document: inDocuments(actor) }, select: { tags: true }, take: 2000 });
  const counts = new Map<string, number>();
  for (const l of lessons) for (const t of l.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t);
}
