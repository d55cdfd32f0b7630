// What a training run sends to publish a model version: the run, the version's entry and the
// measured parts the pipeline owns. Checked with the model card's own schemas, so an error
// names the field as the payload has it (`results.0.high`). Pure.
import { z } from 'zod';
import { optionalText, text, ZWebLink } from '@/lib/kinds/common';
import { ZDayOf } from '@/lib/validation/text';
import { ZDataset, ZMetric, ZSubgroupResult } from '@/lib/kinds/model-card';
import { ZSlug, ZTitle } from '@/lib/documents/schemas';

export const ZRunPayload = z.strictObject({
  // Who published: the pipeline and its run, named in the revision message.
  pipeline: text(100),
  run: z.strictObject({ id: text(200), url: ZWebLink }),
  date: ZDayOf('date must be a day like 2026-03-31').optional(),
  stage: optionalText(60).optional(),
  registry: ZWebLink.optional(),
  // Only used when the run creates the card.
  title: ZTitle.optional(),
  metrics: z
    .array(ZMetric.extend({ value: z.number({ message: 'Must be a number' }).finite() }))
    .max(50)
    .optional(),
  results: z.array(ZSubgroupResult).max(200).optional(),
  datasets: z.array(ZDataset).max(50).optional(),
  trainingData: optionalText(2000).optional(),
  evaluationData: optionalText(2000).optional(),
});

export const ZPublishInput = ZRunPayload.extend({
  slug: ZSlug,
  model: ZSlug,
  version: text(60),
});

export type TRunPayload = z.output<typeof ZRunPayload>;
