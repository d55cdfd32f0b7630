import Link from 'next/link';
import { ProjectCards } from '@/components/project-cards';
import { can } from '@/lib/policies/can';
import { currentUser } from '@/lib/auth/current-user';
import { listProjects } from '@/lib/projects/list-projects';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Projects' };

export default async function ProjectsPage() {
  const user = await currentUser();
  const projects = await listProjects(user);
  return (
    <>
      <h1 className="page-title">Projects</h1>
      <p className="lede">Every ML project we have run, with its retrospectives, runbooks and model cards.</p>
      {can(user, 'create-project') && (
        <p>
          <Link className="button primary" href="/projects/new">
            New project
          </Link>
        </p>
      )}
      <ProjectCards projects={projects} />
    </>
  );
}
