// The structured part of a dataset page (after "Datasheets for Datasets", Gebru et al., and data
// catalogues such as DataHub): who owns it, where it lives, how sensitive it is, how often it is
// refreshed and what is known to be wrong with it. Model cards say they were trained or evaluated
// on it, so its page shows everything that depends on it (the impact view).
import { z } from 'zod';
import { lines, optionalText } from './common';
import type { TFieldSpec } from './form-spec';

export const DATASET_SCHEMA_VERSION = 1;

export const SENSITIVITIES = ['public', 'internal', 'confidential', 'personal'] as const;
export const SENSITIVITY_LABEL: Record<(typeof SENSITIVITIES)[number], string> = {
  public: 'Public',
  internal: 'Internal',
  confidential: 'Confidential',
  personal: 'Personal data (GDPR)',
};

export const ZDatasetFields = z.strictObject({
  owner: optionalText(120),
  location: optionalText(500),
  documentation: optionalText(500),
  sensitivity: z.enum(SENSITIVITIES, { message: `One of ${SENSITIVITIES.join(', ')}` }).optional(),
  refreshCadence: optionalText(120),
  knownIssues: lines(500, 30),
});

export const DATASET_FORM: TFieldSpec[] = [
  {
    type: 'row',
    fields: [
      { type: 'text', key: 'owner', label: 'Owner', hint: 'Name, @handle or team' },
      {
        type: 'select',
        key: 'sensitivity',
        label: 'Sensitivity',
        options: SENSITIVITIES.map((s) => ({ value: s, label: SENSITIVITY_LABEL[s] })),
      },
      { type: 'text', key: 'refreshCadence', label: 'Refresh cadence', hint: 'daily at 02:00 UTC' },
    ],
  },
  {
    type: 'row',
    fields: [
      { type: 'text', key: 'location', label: 'Location', hint: 'warehouse.table, bucket path or URL' },
      { type: 'text', key: 'documentation', label: 'Schema or documentation link' },
    ],
  },
  { type: 'lines', key: 'knownIssues', label: 'Known issues' },
];
