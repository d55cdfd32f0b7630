import Link from 'next/link';
import { notFound } from 'next/navigation';
import { WebhookForm } from '@/components/webhooks/webhook-form';
import { WebhookList } from '@/components/webhooks/webhook-list';
import { currentUser } from '@/lib/auth/current-user';
import { orNotFound } from '@/lib/pages/or-not-found';
import { can } from '@/lib/policies/can';
import { loadProject } from '@/lib/policies/loaders';
import { listWebhooks } from '@/lib/webhooks/webhook-log';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Webhooks' };

type TProps = { params: Promise<{ project: string }> };

export default async function ProjectWebhooksPage({ params }: TProps) {
  const user = await currentUser();
  const project = await orNotFound(loadProject(user, (await params).project));
  if (!can(user, 'manage-webhooks', project.scope)) notFound();
  const webhooks = await listWebhooks({ projectId: project.id });
  return (
    <>
      <div className="breadcrumbs">
        <Link href="/projects">Projects</Link> / <Link href={`/projects/${project.slug}`}>{project.name}</Link> /
      </div>
      <h1 className="page-title">Webhooks of {project.name}</h1>
      <p className="lede">
        Tell other tools what happens in this project: each event you choose is sent as a signed POST (Standard Webhooks) to your address,
        retried until it answers 2xx, and kept in the delivery log. Addresses on this machine or a private network are refused.
      </p>
      <WebhookList webhooks={webhooks} showPlace={false} />
      <div style={{ marginTop: 20 }}>
        <WebhookForm places={[{ slug: project.slug, name: project.name }]} />
      </div>
    </>
  );
}
