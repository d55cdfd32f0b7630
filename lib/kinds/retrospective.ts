// The structured part of a retrospective (after Google SRE and Atlassian post-mortems): what a
// lead later filters and searches by. The Markdown body keeps the narrative.
import { z } from 'zod';
import { DECISIONS_FIELD, lines, optionalText, PEOPLE_FIELDS, text, ZDay, ZDecision, ZPerson, ZTagList, ZWebLink } from './common';
import type { TFieldSpec } from './form-spec';

export const RETROSPECTIVE_SCHEMA_VERSION = 1;

const ZLesson = z.object({ text: text(300), tags: ZTagList });

// The model cards (and versions) the retrospective is about, or that its incident affected.
const ZModelRef = z.object({
  model: text(200),
  version: optionalText(60),
  relation: z.enum(['about', 'affected'], { message: 'about or affected' }).default('about'),
});

const ZActionItem = z.object({
  action: text(300),
  owner: text(120),
  due: ZDay.optional(),
  status: z.enum(['open', 'done', 'dropped'], { message: 'open, done or dropped' }).default('open'),
  link: ZWebLink,
  // Filled in when someone marks it done (lib/action-items/stamp-done.ts); cleared on reopening.
  doneBy: optionalText(120),
  doneOn: ZDay.optional(),
});

export const ZRetrospectiveFields = z.strictObject({
  period: z.object({ from: ZDay, to: ZDay }).optional(),
  participants: z.array(ZPerson).max(50).default([]),
  summary: optionalText(2000),
  models: z.array(ZModelRef).max(20).default([]),
  feasibility: z.object({ forecast: text(2000), actual: text(2000) }).optional(),
  ethics: z.object({ decisions: lines(500), openRisks: lines(500) }).optional(),
  wentWell: lines(500),
  wentWrong: lines(500),
  gotLucky: lines(500),
  fiveWhys: lines(500, 10),
  decisions: z.array(ZDecision).max(100).default([]),
  lessons: z.array(ZLesson).max(100).default([]),
  actionItems: z.array(ZActionItem).max(100).default([]),
});

export type TRetrospectiveFields = z.infer<typeof ZRetrospectiveFields>;

export const RETROSPECTIVE_FORM: TFieldSpec[] = [
  {
    type: 'group',
    key: 'period',
    label: 'Period',
    fields: [
      {
        type: 'row',
        fields: [
          { type: 'date', key: 'from', label: 'From' },
          { type: 'date', key: 'to', label: 'To' },
        ],
      },
    ],
  },
  { type: 'text', key: 'summary', label: 'Summary', long: true },
  {
    type: 'rows',
    key: 'models',
    label: 'Models',
    item: 'model',
    fields: [
      { type: 'text', key: 'model', label: 'Model card', hint: 'Title, e.g. Churn model' },
      { type: 'text', key: 'version', label: 'Version' },
      {
        type: 'select',
        key: 'relation',
        label: 'This retrospective',
        options: [
          { value: 'about', label: 'is about it' },
          { value: 'affected', label: 'affected it (an incident)' },
        ],
      },
    ],
  },
  { type: 'rows', key: 'participants', label: 'Participants', item: 'participant', fields: PEOPLE_FIELDS },
  {
    type: 'group',
    key: 'feasibility',
    label: 'Data feasibility',
    fields: [
      {
        type: 'row',
        fields: [
          { type: 'text', key: 'forecast', label: 'Data feasibility: forecast at kickoff', long: true },
          { type: 'text', key: 'actual', label: 'What actually happened', long: true },
        ],
      },
    ],
  },
  {
    type: 'group',
    key: 'ethics',
    label: 'Ethics and bias',
    fields: [
      {
        type: 'row',
        fields: [
          { type: 'lines', key: 'decisions', label: 'Ethics and bias decisions' },
          { type: 'lines', key: 'openRisks', label: 'Open risks' },
        ],
      },
    ],
  },
  {
    type: 'row',
    fields: [
      { type: 'lines', key: 'wentWell', label: 'Went well' },
      { type: 'lines', key: 'wentWrong', label: 'Went wrong' },
      { type: 'lines', key: 'gotLucky', label: 'Got lucky' },
    ],
  },
  { type: 'lines', key: 'fiveWhys', label: 'Five whys' },
  DECISIONS_FIELD,
  {
    type: 'rows',
    key: 'lessons',
    label: 'Lessons',
    item: 'lesson',
    fields: [
      { type: 'text', key: 'text', label: 'Lesson (one line)' },
      { type: 'tags', key: 'tags', label: 'Tags' },
    ],
  },
  {
    type: 'rows',
    key: 'actionItems',
    label: 'Action items',
    item: 'action item',
    fields: [
      { type: 'text', key: 'action', label: 'Action' },
      { type: 'text', key: 'owner', label: 'Owner', hint: 'Name, @handle or email' },
      { type: 'date', key: 'due', label: 'Due' },
      {
        type: 'select',
        key: 'status',
        label: 'Status',
        options: ['open', 'done', 'dropped'].map((v) => ({ value: v, label: v })),
      },
      { type: 'text', key: 'link', label: 'Link' },
      { type: 'text', key: 'doneBy', label: 'Done by' },
      { type: 'date', key: 'doneOn', label: 'Done on' },
    ],
  },
];
