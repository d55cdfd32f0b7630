import Link from 'next/link';
import { DocumentList } from '@/components/document-list';
import { currentUser } from '@/lib/auth/current-user';
import { listDocuments } from '@/lib/documents/list-documents';
import { KIND_INFO, KINDS } from '@/lib/kinds/kinds';
import { orNotFound } from '@/lib/pages/or-not-found';
import { getProject } from '@/lib/projects/get-project';
import { EthicsCoverage } from '@/components/completeness/ethics-coverage';
import { can } from '@/lib/policies/can';
import { ActionButton } from '@/components/action-button';
import { watchesProject } from '@/lib/notifications/watch';
import { appliesToProject } from '@/lib/relations/list-relations';

export const dynamic = 'force-dynamic';

type TProps = { params: Promise<{ project: string }> };

export async function generateMetadata({ params }: TProps) {
  const { project } = await params;
  return { title: project };
}

export default async function ProjectPage({ params }: TProps) {
  const user = await currentUser();
  const project = await orNotFound(getProject(user, (await params).project));
  const [documents, watching, practices] = await Promise.all([
    listDocuments(user, { projectId: project.id, take: 500 }),
    watchesProject(user, project.id),
    appliesToProject(user, project.slug),
  ]);
  return (
    <>
      <div className="breadcrumbs">
        <Link href="/projects">Projects</Link> /
      </div>
      <h1 className="page-title">
        {project.name} {project.visibility === 'restricted' && <span className="badge draft">Restricted: members only</span>}
      </h1>
      <p className="lede">{project.description}</p>
      <p style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        {can(user, 'create', project.scope) && (
          <Link className="button" href={`/new?project=${project.slug}`}>
            New document in this project
          </Link>
        )}
        {can(user, 'import', project.scope) && (
          <Link className="button" href={`/projects/${project.slug}/import`}>
            Import files
          </Link>
        )}
        <Link className="button" href={`/projects/${project.slug}/graph`}>
          Graph
        </Link>
        <a className="button" href={`/api/projects/${project.slug}/export`} download>
          Download project (.zip)
        </a>
        <ActionButton
          url={`/api/projects/${project.slug}/watch`}
          body={{ watching: !watching }}
          label={watching ? 'Stop watching the project' : 'Watch the project'}
        />
        {can(user, 'manage-members', project.scope) && (
          <Link className="button" href={`/projects/${project.slug}/members`}>
            Members and visibility
          </Link>
        )}
        {can(user, 'manage-webhooks', project.scope) && (
          <Link className="button" href={`/projects/${project.slug}/webhooks`}>
            Webhooks
          </Link>
        )}
      </p>
      <EthicsCoverage documents={documents} />
      {practices.length > 0 && (
        <section aria-labelledby="applies-here" style={{ marginTop: 24 }}>
          <h2 id="applies-here" className="section-title">
            Practices that apply to this project
          </h2>
          <div className="card">
            <ul className="doc-list">
              {practices.map((p) => (
                <li key={p.id}>
                  <Link href={p.path}>{p.title}</Link>
                </li>
              ))}
            </ul>
          </div>
        </section>
      )}
      {KINDS.map((kind) => {
        const ofKind = documents.filter((d) => d.kind === kind);
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`} style={{ marginTop: 24 }}>
            <h2 id={`kind-${kind}`} className="section-title">
              {KIND_INFO[kind].plural} ({ofKind.length})
            </h2>
            <div className="card">
              <DocumentList
                documents={ofKind}
                showKind={false}
                showProject={false}
                empty={`No ${KIND_INFO[kind].plural.toLowerCase()} in this project yet.`}
              />
            </div>
          </section>
        );
      })}
    </>
  );
}
