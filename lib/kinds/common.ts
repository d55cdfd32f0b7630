// Schema parts every kind uses: required text with plain messages, days, job roles, decisions.
import { z } from 'zod';
import type { TFieldSpec } from './form-spec';
import { JOB_ROLE_LABEL, JOB_ROLES } from '@/lib/users/schemas';
import { storable, ZDayOf } from '@/lib/validation/text';

export const text = (max: number) =>
  storable(
    z
      .string({ error: (issue) => (issue.input === undefined ? 'Required' : 'Must be text') })
      .trim()
      .min(1, 'Required')
      .max(max, `At most ${max} characters`),
  );
/** Optional free text: empty when not given. */
export const optionalText = (max: number) =>
  storable(z.string({ message: 'Must be text' }).trim().max(max, `At most ${max} characters`)).default('');
export const lines = (max: number, count = 50) => z.array(text(max)).max(count, `At most ${count} entries`).default([]);
export const ZDay = ZDayOf();
const ZJobRole = z.enum(JOB_ROLES, { message: `${JOB_ROLES.slice(0, -1).join(', ')} or ${JOB_ROLES.at(-1)}` });
export const ZTagList = z
  .array(storable(z.string().trim().toLowerCase().min(1).max(40, 'Tags have at most 40 characters')))
  .max(10, 'At most 10 tags')
  .default([]);

/** A web address (http or https) or a path on this site, or nothing: what a page may link to. */
export function isWebLink(value: string): boolean {
  if (/^\/(?![\/\\])/.test(value)) return true;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && !/[\s]/.test(value);
  } catch {
    return false;
  }
}
export const ZWebLink = optionalText(500).refine(
  (v) => v === '' || isWebLink(v),
  'Use a web address starting with https:// (or a path on this site)',
);

export const ZPerson = z.object({ name: text(120), jobRole: ZJobRole });

export const ZDecision = z.object({
  decision: text(300),
  alternatives: optionalText(1000),
  rationale: text(2000),
  evidence: optionalText(1000),
  decidedBy: text(120),
  date: ZDay,
  modelVersion: optionalText(60),
  // The earlier decision this one replaces: its words, and its page (blank: this page).
  supersedes: optionalText(300),
  supersedesPage: optionalText(200),
});
export type TDecision = z.infer<typeof ZDecision>;

const JOB_ROLE_OPTIONS = JOB_ROLES.map((value) => ({ value, label: JOB_ROLE_LABEL[value] }));

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
    { type: 'text', key: 'supersedes', label: 'Supersedes (the earlier decision’s words)' },
    { type: 'text', key: 'supersedesPage', label: 'Page of the earlier decision', hint: 'Blank: this page' },
  ],
};
