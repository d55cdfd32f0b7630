import { guarded } from '@/lib/auth/guard';
import { loadProject } from '@/lib/policies/loaders';
import { publishRun } from '@/lib/publishing/publish-run';
import { ZPublishInput } from '@/lib/publishing/run-payload';

// PUT /api/v1/projects/{slug}/model-cards/{model}/versions/{version} (scope publish): a training
// run creates or updates the project's card for the model with what it measured. Idempotent.
export const PUT = guarded(
  ZPublishInput,
  { action: 'publish', load: (user, input) => loadProject(user, input.slug) },
  ({ user, input, resource }) => publishRun(user, resource, input),
);
