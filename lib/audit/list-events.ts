import 'server-only';
import { z } from 'zod';
import { AUDIT_ACTIONS } from './record-event';
import { db } from '@/lib/db/client';
import { NotFound } from '@/lib/errors';
import { can, type TActor } from '@/lib/policies/can';
import { ZDayParam } from '@/lib/structured/filters';

export { AUDIT_ACTIONS };

const PAGE = 50;

// Filters come from the URL; anything malformed is dropped rather than failing the page.
export const ZAuditFilter = z.object({
  actor: z.string().max(64).optional().catch(undefined),
  action: z.enum(AUDIT_ACTIONS).optional().catch(undefined),
  from: ZDayParam.optional().catch(undefined),
  to: ZDayParam.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type TAuditFilter = z.infer<typeof ZAuditFilter>;

/** The audit log, for admins only (anyone else is told it does not exist). */
export async function listEvents(actor: TActor, filter: TAuditFilter) {
  if (!can(actor, 'administer')) throw new NotFound('There is nothing at this address.');
  const where = {
    ...(filter.actor ? { actorId: filter.actor } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.from || filter.to
      ? { at: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: new Date(filter.to.getTime() + 86_400_000) } : {}) } }
      : {}),
  };
  const [events, total] = await Promise.all([
    db.auditEvent.findMany({
      where,
      orderBy: { at: 'desc' },
      skip: (filter.page - 1) * PAGE,
      take: PAGE,
      select: { id: true, at: true, action: true, summary: true, actor: { select: { name: true, email: true } } },
    }),
    db.auditEvent.count({ where }),
  ]);
  return { events, total, pages: Math.max(1, Math.ceil(total / PAGE)) };
}
