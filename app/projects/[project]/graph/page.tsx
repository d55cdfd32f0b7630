import Link from 'next/link';
import { ProjectGraph } from '@/components/relations/project-graph';
import { currentUser } from '@/lib/auth/current-user';
import { orNotFound } from '@/lib/pages/or-not-found';
import { getProject } from '@/lib/projects/get-project';
import { projectGraph } from '@/lib/relations/project-graph';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Project graph' };

type TProps = { params: Promise<{ project: string }> };

export default async function ProjectGraphPage({ params }: TProps) {
  const user = await currentUser();
  const project = await orNotFound(getProject(user, (await params).project));
  const { nodes, edges } = await projectGraph(user, project);
  return (
    <>
      <div className="breadcrumbs">
        <Link href="/projects">Projects</Link> / <Link href={`/projects/${project.slug}`}>{project.name}</Link> /
      </div>
      <h1 className="page-title">How {project.name}’s pages relate</h1>
      <p className="lede">
        Datasets, the models trained on them, the runbooks that operate those models and the retrospectives about them. Dashed boxes are
        pages outside this project.
      </p>
      <ProjectGraph nodes={nodes} edges={edges} />
    </>
  );
}
