import { CreateDocumentForm } from '@/components/editor/create-document-form';
import { currentUser } from '@/lib/auth/current-user';
import { KINDS, type TKind } from '@/lib/kinds/kinds';
import { listTemplates } from '@/lib/templates/list-templates';
import { listProjects } from '@/lib/projects/list-projects';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'New document' };

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewDocumentPage({ searchParams }: TProps) {
  const user = await currentUser();
  const query = await searchParams;
  const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);
  const [projects, templates] = await Promise.all([listProjects(user), listTemplates()]);
  const requestedKind = one(query.kind);
  const kind: TKind = KINDS.find((k) => k === requestedKind) ?? 'practice';
  const projectSlug = projects.find((p) => p.slug === one(query.project))?.slug ?? null;
  const title = (one(query.title) ?? '').slice(0, 200);
  return (
    <>
      <h1 className="page-title">New document</h1>
      <p className="lede">Choose what kind of document this is and which project it belongs to.</p>
      {user.role === 'viewer' && (
        <p className="alert info" role="status">
          As a viewer you can create documents only in projects where you are an editor or owner.
        </p>
      )}
      <CreateDocumentForm
        projects={projects.map((p) => ({ slug: p.slug, name: p.name }))}
        templates={templates}
        initial={{ kind, projectSlug, title }}
      />
    </>
  );
}
