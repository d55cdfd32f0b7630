import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ImportForm } from '@/components/content/import-form';
import { currentUser } from '@/lib/auth/current-user';
import { getProject } from '@/lib/projects/get-project';
import { can } from '@/lib/policies/can';
import { orNotFound } from '@/lib/pages/or-not-found';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Import' };

type TProps = { params: Promise<{ project: string }> };

export default async function ProjectImportPage({ params }: TProps) {
  const user = await currentUser();
  const { project: slug } = await params;
  const project = await orNotFound(getProject(user, slug));
  if (!can(user, 'import', project.scope)) notFound();
  return (
    <>
      <div className="breadcrumbs">
        <Link href="/projects">Projects</Link> / <Link href={`/projects/${project.slug}`}>{project.name}</Link> /
      </div>
      <h1 className="page-title">Import into {project.name}</h1>
      <ImportForm url={`/api/projects/${project.slug}/import`} into={`the project ${project.name}`} />
    </>
  );
}
