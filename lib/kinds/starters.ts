import type { TKind } from './kinds';

// The outline a new document of each kind starts from, so nobody faces a blank page and the
// questions our practices care about (data feasibility, ethics and bias, monitoring) are asked.
export const STARTERS: Record<TKind, string> = {
  practice: `## Summary

What to do, in one or two sentences.

## Why it matters

## How we do it

1. 

## Related

- [[Monitoring, drift and retraining]]
`,
  retrospective: `## What happened

The story of the project in a few paragraphs: the goal, the outcome, the numbers that matter.
Decisions, lessons and action items go in the form above, so they reach the decision log, the
lessons feed and the action-item tracker.

## Ethics and bias: what we found

## Notes for the next team
`,
  runbook: `## Service and owner

## Alerts this runbook covers

## Is this real? Checks

1. 

## First three actions

1. 
2. 
3. 

## Levers, most reversible first

1. Roll back to the last good registry version.
2. Fall back to the baseline model.
3. Retrain behind the evaluation gate.

## Escalation
`,
  model_card: `## Overview

## Intended use and out-of-scope use

## Training and evaluation data

## Evaluation results by subgroup

| Metric | Slice | Value |
|---|---|---|
|  |  |  |

## Ethical considerations

## Limitations

## Monitoring

- Monitored metrics:
- Drift threshold:
- Retraining trigger:
- Next review:
`,
};
