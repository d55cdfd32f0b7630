// Schema parts every kind uses: required text with plain messages, days, job roles, decisions.
import { z } from 'zod';
import type { TFieldSpec } from './form-spec';
import { JOB_ROLE_LABEL, JOB_ROLES } from '@/lib/users/schemas';

export const text = (max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? 'Required' : 'Must be text') })
    .trim()
    .min(1, 'Required')
    .max(max, `At most ${max} characters`);
/** Optional free text: empty when not given. */
export const optionalText = (max: number) => z.string({ message: 'Must be text' }).trim().max(max, `At most ${max} characters`).default('');
export const lines = (max: number, count = 50) => z.array(text(max)).max(count, `At most ${count} entries`).default([]);
export const ZDay = z.coerce.date({ message: 'Use a date like 2026-03-31' });
export const ZJobRole = z.enum(JOB_ROLES, { message: `${JOB_ROLES.slice(0, -1).join(', ')} or ${JOB_ROLES.at(-1)}` });
export const ZTagList = z.array(z.string().trim().toLowerCase().min(1).max(40, 'Tags have at most 40 characters')).max(10, 'At most 10 tags').default([]);

export const ZPerson = z.object({ name: text(120), jobRole: ZJobRole });

export const ZDecision = z.object({
  decision: text(300),
  alternatives: optionalText(1000),
  rationale: text(2000),
  evidence: optionalText(1000),
  decidedBy: text(120),
  date: ZDay,
  modelVersion: optionalText(60),
});
export type TDecision = z.infer<typeof ZDecision>;

export const JOB_ROLE_OPTIONS = JOB_ROLES.map((value) => ({ value, label: JOB_ROLE_LABEL[value] }));

export const PEOPLE_FIELDS: TFieldSpec[] = [
  { type: 'text', key: 'name', label: 'Name' },
  { type: 'select', key: 'jobRole', label: 'Job role', options: JOB_ROLE_OPTIONS, initial: 'other' },
];

export const DECISIONS_FIELD: TFieldSpec = {
  type: 'rows',
  key: 'decisions',
  label: 'Decisions',
  item: 'decision',
  fields: [
    { type: 'text', key: 'decision', label: 'Decision' },
    { type: 'text', key: 'alternatives', label: 'Alternatives considered' },
    { type: 'text', key: 'rationale', label: 'Rationale' },
    { type: 'text', key: 'evidence', label: 'Evidence' },
    { type: 'text', key: 'decidedBy', label: 'Decided by' },
    { type: 'date', key: 'date', label: 'Date' },
    { type: 'text', key: 'modelVersion', label: 'Model version' },
  ],
};
