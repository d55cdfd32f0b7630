import 'server-only';
import { z } from 'zod';
import { recordEvent } from '@/lib/audit/record-event';
import { db } from '@/lib/db/client';
import { isUniqueViolation } from '@/lib/db/errors';
import { insertDocument, prepareDocument, type TPreparedDocument } from '@/lib/documents/create-document';
import { ZSlug } from '@/lib/documents/schemas';
import { slugify } from '@/lib/documents/slugify';
import { Invalid } from '@/lib/errors';
import { canRead, type TActor } from '@/lib/policies/can';
import { kickoffTemplate, listTemplates, type TTemplate } from '@/lib/templates/list-templates';

export const ZCreateProject = z.object({
  name: z.string().trim().min(1, 'Name is required').max(120, 'At most 120 characters'),
  slug: ZSlug.optional(),
  description: z.string().trim().max(2000, 'At most 2000 characters').default(''),
  visibility: z.enum(['internal', 'restricted']).default('internal'),
});

/**
 * Creates a project from the project template: its creator becomes owner, and it starts with a
 * kickoff page (data feasibility, ethics and bias, roles) and drafts of a model card, a runbook
 * and a retrospective, all from content/templates/ and all in one transaction.
 */
export async function createProject(actor: TActor, input: z.infer<typeof ZCreateProject>) {
  const wanted = input.slug ?? slugify(input.name);
  if (!wanted) throw new Invalid('This name makes no usable URL; choose a slug.', { slug: 'Choose a slug' });
  const slug = await availableSlug(actor, wanted);
  const [kickoff, templates] = await Promise.all([kickoffTemplate(), listTemplates()]);
  const scaffold: [TTemplate | null | undefined, string, string, 'draft' | 'published'][] = [
    [kickoff, 'kickoff', `Kickoff: ${input.name}`, 'published'],
    [templates.model_card, 'model-card', `Model card: ${input.name}`, 'draft'],
    [templates.runbook, 'runbook', `Runbook: ${input.name}`, 'draft'],
    [templates.retrospective, 'retrospective', `Retrospective: ${input.name}`, 'draft'],
  ];
  try {
    return await db.$transaction(async (tx) => {
      const project = await tx.project.create({
        data: {
          slug,
          name: input.name,
          description: input.description,
          visibility: input.visibility,
          members: { create: { userId: actor.id, role: 'owner' } },
        },
        select: { id: true, slug: true },
      });
      const prepared: TPreparedDocument[] = [];
      for (const [template, docSlug, title, status] of scaffold) {
        if (!template) continue;
        // The model card's monitoring block points at the project's runbook from the start.
        const fields = docSlug === 'model-card' ? withRunbook(template.fields) : (template.fields ?? undefined);
        const input = {
          kind: template.kind,
          projectSlug: project.slug,
          slug: docSlug,
          title,
          body: template.body,
          tags: [],
          status,
          fields,
        };
        prepared.push(await prepareDocument(input, { target: { project }, freshProject: true }));
      }
      for (const p of prepared) await insertDocument(tx, actor, p);
      await recordEvent(tx, {
        actorId: actor.id,
        action: 'project.create',
        targetType: 'project',
        targetId: project.id,
        summary: `Created project ${project.slug} (${input.visibility}) with ${prepared.length} starting documents`,
      });
      return { slug: project.slug, path: `/projects/${project.slug}` };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new Invalid('Someone took this address a moment ago; try again.', { slug: 'Try again' });
    throw err;
  }
}

/**
 * The slug to create the project at. Taken by a project the actor can read: they are told, as
 * they can see it anyway. Taken by a restricted project they cannot read: nothing is said about
 * it (that would confirm it exists); the next free "-2", "-3"… is used instead.
 */
async function availableSlug(actor: TActor, wanted: string): Promise<string> {
  const taken = await db.project.findUnique({
    where: { slug: wanted },
    select: { visibility: true, members: { where: { userId: actor.id }, select: { role: true } } },
  });
  if (!taken) return wanted;
  if (canRead(actor, { project: { visibility: taken.visibility, membership: taken.members[0]?.role ?? null } })) {
    throw new Invalid(`A project with the slug "${wanted}" already exists.`, { slug: 'Already taken' });
  }
  const base = wanted.slice(0, 94);
  const used = new Set(
    (await db.project.findMany({ where: { slug: { startsWith: `${base}-` } }, select: { slug: true } })).map((p) => p.slug),
  );
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

function withRunbook(fields: unknown) {
  const f = (fields && typeof fields === 'object' ? fields : {}) as { monitoring?: object };
  return { ...f, monitoring: { ...f.monitoring, runbook: 'runbook' } };
}
