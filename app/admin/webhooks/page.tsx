import { notFound } from 'next/navigation';
import { AdminTabs } from '@/components/admin/admin-tabs';
import { WebhookForm } from '@/components/webhooks/webhook-form';
import { WebhookList } from '@/components/webhooks/webhook-list';
import { currentUser } from '@/lib/auth/current-user';
import { can } from '@/lib/policies/can';
import { listProjects } from '@/lib/projects/list-projects';
import { listWebhooks } from '@/lib/webhooks/webhook-log';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Webhooks' };

export default async function WebhooksAdminPage() {
  const user = await currentUser();
  if (!can(user, 'manage-webhooks', { project: null })) notFound();
  const [webhooks, projects] = await Promise.all([listWebhooks({}), listProjects(user)]);
  return (
    <>
      <AdminTabs current="webhooks" />
      <h1 className="page-title">Webhooks</h1>
      <p className="lede">
        Tell other tools what happens here: a CI job that retrains when a metric misses its threshold, a chat channel that hears about new
        retrospectives. Each event is sent as a signed POST (Standard Webhooks), retried with growing waits until the receiver answers 2xx,
        and kept in the webhook’s delivery log. A webhook hears only about pages the person who registered it may read. Project owners
        register their project’s webhooks from the project’s page.
      </p>
      <WebhookList webhooks={webhooks} showPlace />
      <div style={{ marginTop: 20 }}>
        <WebhookForm
          places={[{ slug: null, name: 'The whole wiki' }, ...projects.map((p) => ({ slug: p.slug, name: `Project: ${p.name}` }))]}
        />
      </div>
    </>
  );
}
