import { ProjectCards } from '@/components/project-cards';
import { currentUser } from '@/lib/auth/current-user';
import { listProjects } from '@/lib/projects/list-projects';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Projects' };

export default async function ProjectsPage() {
  const projects = await listProjects(await currentUser());
  return (
    <>
      <h1 className="page-title">Projects</h1>
      <p className="lede">Every ML project we have run, with its retrospectives, runbooks and model cards.</p>
      <ProjectCards projects={projects} />
    </>
  );
}
