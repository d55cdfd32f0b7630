// The structured part of a retrospective (after Google SRE and Atlassian post-mortems): what a
// lead later filters and searches by. The Markdown body keeps the narrative.
import { z } from 'zod';
import { JOB_ROLES } from '@/lib/users/schemas';

export const RETROSPECTIVE_SCHEMA_VERSION = 1;

const text = (max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? 'Required' : 'Must be text') })
    .trim()
    .min(1, 'Required')
    .max(max, `At most ${max} characters`);
export const ZDay = z.coerce.date({ message: 'Use a date like 2026-03-31' });
const ZJobRole = z.enum(JOB_ROLES, { message: `${JOB_ROLES.slice(0, -1).join(', ')} or ${JOB_ROLES.at(-1)}` });

export const ZDecision = z.object({
  decision: text(300),
  alternatives: z.string().trim().max(1000).default(''),
  rationale: text(2000),
  evidence: z.string().trim().max(1000).default(''),
  decidedBy: text(120),
  date: ZDay,
  modelVersion: z.string().trim().max(60).default(''),
});

export const ZLesson = z.object({
  text: text(300),
  tags: z.array(z.string().trim().toLowerCase().min(1).max(40)).max(10).default([]),
});

export const ZActionItem = z.object({
  action: text(300),
  owner: text(120),
  due: ZDay.optional(),
  status: z.enum(['open', 'done', 'dropped'], { message: 'open, done or dropped' }).default('open'),
  link: z.string().trim().max(500).default(''),
});

export const ZRetrospectiveFields = z.object({
  period: z.object({ from: ZDay, to: ZDay }).optional(),
  participants: z.array(z.object({ name: text(120), jobRole: ZJobRole })).max(50).default([]),
  summary: z.string().trim().max(2000).default(''),
  feasibility: z.object({ forecast: text(2000), actual: text(2000) }).optional(),
  ethics: z
    .object({ decisions: z.array(text(500)).max(50).default([]), openRisks: z.array(text(500)).max(50).default([]) })
    .optional(),
  wentWell: z.array(text(500)).max(50).default([]),
  wentWrong: z.array(text(500)).max(50).default([]),
  gotLucky: z.array(text(500)).max(50).default([]),
  fiveWhys: z.array(text(500)).max(10).default([]),
  decisions: z.array(ZDecision).max(100).default([]),
  lessons: z.array(ZLesson).max(100).default([]),
  actionItems: z.array(ZActionItem).max(100).default([]),
});

export type TRetrospectiveFields = z.infer<typeof ZRetrospectiveFields>;
