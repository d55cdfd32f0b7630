import Link from 'next/link';
import { NewProjectForm } from '@/components/projects/new-project-form';
import { currentUser } from '@/lib/auth/current-user';
import { can } from '@/lib/policies/can';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'New project' };

export default async function NewProjectPage() {
  const user = await currentUser();
  return (
    <>
      <div className="breadcrumbs">
        <Link href="/projects">Projects</Link> /
      </div>
      <h1 className="page-title">New project</h1>
      <p className="lede">
        Every project starts the same way: a kickoff page that asks whether the data can support it, what could harm whom, and who does what
        — plus drafts of its model card, runbook and retrospective. You become its owner.
      </p>
      {can(user, 'create-project') ? (
        <NewProjectForm />
      ) : (
        <p className="alert info">Only editors and admins can start projects. Ask an admin if you need one.</p>
      )}
    </>
  );
}
