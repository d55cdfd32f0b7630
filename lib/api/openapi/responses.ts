// What /api/v1 answers, as zod schemas: the OpenAPI document is generated from them and the
// contract test validates real answers against that document. Pure.
import { z } from 'zod';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const dateTime = z.string().datetime({ offset: true });
const kind = z.enum(['practice', 'retrospective', 'runbook', 'model_card']);
const jobRole = z.enum(['data_scientist', 'ml_engineer', 'lead', 'other']);

const ZProjectJson = z.object({
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  visibility: z.enum(['internal', 'restricted']),
  updatedAt: dateTime,
  url: z.string(),
});
export const ZProjectList = z.object({ items: z.array(ZProjectJson) });
export const ZProjectOne = ZProjectJson.extend({ documentCount: z.number().int() });

const ZDocumentJson = z.object({
  id: z.string(),
  kind,
  project: z.string().nullable(),
  slug: z.string(),
  title: z.string(),
  status: z.enum(['draft', 'published']),
  version: z.number().int(),
  tags: z.array(z.string()),
  owner: z.object({ name: z.string(), handle: z.string().nullable() }),
  createdAt: dateTime,
  updatedAt: dateTime,
  reviewBy: day.nullable(),
  completeness: z.number().int().nullable(),
  url: z.string(),
  fields: z.record(z.string(), z.unknown()),
});
export const ZDocumentList = z.object({ items: z.array(ZDocumentJson), nextCursor: z.string().nullable() });
export const ZDocumentFull = ZDocumentJson.extend({ body: z.string(), html: z.string() });
export const ZSaved = z.object({ id: z.string(), version: z.number().int(), path: z.string() });
export const ZDeleted = z.object({ id: z.string() }).loose();

const ZRevisionSummary = z.object({
  version: z.number().int(),
  title: z.string(),
  message: z.string(),
  author: z.string(),
  authorJobRole: jobRole,
  createdAt: dateTime,
});
export const ZRevisionList = z.object({ items: z.array(ZRevisionSummary) });
export const ZRevision = ZRevisionSummary.extend({
  body: z.string(),
  fields: z.unknown(),
  page: z
    .object({
      tags: z.array(z.string()),
      status: z.enum(['draft', 'published']),
      owner: z.object({ name: z.string(), jobRole }).nullable(),
    })
    .nullable(),
});

export const ZPublished = z.object({
  id: z.string(),
  path: z.string(),
  version: z.number().int(),
  created: z.boolean(),
  changed: z.boolean(),
  missesThreshold: z.array(z.string()),
});

/** RFC 9457 problem details, with zod's field messages under `errors`. */
export const ZProblem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.record(z.string(), z.string()).optional(),
    requestId: z.string(),
  })
  .loose();

const ZSource = z.object({
  title: z.string(),
  path: z.string(),
  project: z.object({ slug: z.string(), name: z.string() }).nullable(),
  // The page is a draft (shown only to callers who may edit it or own it).
  draft: z.boolean(),
});
export const ZDecisionList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      decision: z.string(),
      alternatives: z.string(),
      rationale: z.string(),
      evidence: z.string(),
      decidedBy: z.string(),
      decidedOn: dateTime,
      modelVersion: z.string(),
      source: ZSource,
      supersededBy: z
        .object({ decision: z.string(), page: z.object({ title: z.string(), path: z.string() }) })
        .nullable()
        .describe('The later decision that replaces this one, and the page it is on; null while it stands.'),
    }),
  ),
});
export const ZLessonList = z.object({
  items: z.array(
    z.object({ id: z.string(), text: z.string(), tags: z.array(z.string()), learnedOn: dateTime.nullable(), source: ZSource }),
  ),
});
export const ZActionItemList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      action: z.string(),
      owner: z.string(),
      due: dateTime.nullable(),
      status: z.enum(['open', 'done', 'dropped']),
      link: z.string(),
      overdue: z.boolean(),
      assignee: z.string().nullable().describe('The Hindsight user the owner names, when exactly one fits; null when only a name.'),
      doneBy: z.string().describe('Who marked it done (empty unless done).'),
      doneOn: dateTime.nullable(),
      source: ZSource,
    }),
  ),
});
export const ZSearchResult = z
  .object({
    hits: z.array(
      z
        .object({
          id: z.string(),
          title: z.string(),
          path: z.string(),
          anchor: z.string(),
          heading: z.string(),
          record: z.enum(['document', 'decision', 'lesson']),
        })
        .loose(),
    ),
    total: z.number().int(),
    facets: z.record(z.string(), z.unknown()),
    correctedQuery: z.string().optional(),
    someWords: z.literal(true).optional(),
    approximate: z.literal(true).optional(),
  })
  .loose();
export const ZMarkdown = z.string();
