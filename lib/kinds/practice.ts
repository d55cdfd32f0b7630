// The structured part of a best-practice page: a summary a new hire can act on, what it applies
// to, and the practices to read next. The Markdown body says why and how.
import { z } from 'zod';
import { lines, optionalText, ZTagList } from './common';
import type { TFieldSpec } from './form-spec';

export const PRACTICE_SCHEMA_VERSION = 1;

export const ZPracticeFields = z.strictObject({
  summary: optionalText(500),
  appliesTo: ZTagList,
  related: lines(200, 20),
  // Projects (slugs) this practice applies to: each is an "applies to" relation.
  projects: lines(100, 50),
});

export const PRACTICE_FORM: TFieldSpec[] = [
  { type: 'text', key: 'summary', label: 'Summary', long: true, hint: 'What to do, in a sentence or two a new hire can act on' },
  {
    type: 'row',
    fields: [
      { type: 'tags', key: 'appliesTo', label: 'Applies to', hint: 'training, deployment, monitoring' },
      { type: 'lines', key: 'related', label: 'Related practices', hint: 'Page titles, e.g. Data validation' },
      { type: 'lines', key: 'projects', label: 'Projects it applies to', hint: 'Project slugs, e.g. card-fraud' },
    ],
  },
];
