import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AccessTokens } from '@/components/account/access-tokens';
import { MembersEditor } from '@/components/projects/members-editor';
import { currentUser } from '@/lib/auth/current-user';
import { orNotFound } from '@/lib/pages/or-not-found';
import { can } from '@/lib/policies/can';
import { loadProject } from '@/lib/policies/loaders';
import { listMembers } from '@/lib/projects/manage-members';
import { listServiceTokens } from '@/lib/tokens/service-tokens';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Members' };

type TProps = { params: Promise<{ project: string }> };

export default async function MembersPage({ params }: TProps) {
  const user = await currentUser();
  const project = await orNotFound(loadProject(user, (await params).project));
  if (!can(user, 'manage-members', project.scope)) notFound();
  const members = await listMembers(project);
  const admin = can(user, 'administer');
  const serviceTokens = admin ? await listServiceTokens(project) : [];
  return (
    <>
      <div className="breadcrumbs">
        <Link href="/projects">Projects</Link> / <Link href={`/projects/${project.slug}`}>{project.name}</Link> /
      </div>
      <h1 className="page-title">Members of {project.name}</h1>
      <p className="lede">
        Owners manage members; editors write; viewers read. In a restricted project only members (and admins) see anything; changes take
        effect on each person’s next request.
      </p>
      <MembersEditor
        slug={project.slug}
        visibility={project.visibility}
        members={members.map((m) => ({ id: m.user.id, name: m.user.name, email: m.user.email, role: m.role }))}
      />
      {admin && (
        <section className="card" style={{ marginTop: 20 }} data-testid="service-tokens">
          <h2>Service tokens</h2>
          <p className="meta">
            For pipelines that must not depend on a person: a service token reads and writes in this project only (not other projects, not
            team-wide pages), through <code>/api/v1</code>, until it expires or is revoked. Its changes are saved as “Service: name”.
          </p>
          <AccessTokens tokens={serviceTokens} adminScope={false} createUrl={`/api/projects/${project.slug}/service-tokens`} />
        </section>
      )}
    </>
  );
}
