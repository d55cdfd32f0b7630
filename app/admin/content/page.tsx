import { notFound } from 'next/navigation';
import { AdminTabs } from '@/components/admin/admin-tabs';
import { currentUser } from '@/lib/auth/current-user';
import { can } from '@/lib/policies/can';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Export and import' };

export default async function ContentAdminPage() {
  const user = await currentUser();
  if (!can(user, 'administer')) notFound();
  return (
    <>
      <AdminTabs current="content" />
      <h1 className="page-title">Export and import</h1>
      <section className="card">
        <h2>Export the whole wiki</h2>
        <p>
          One <code>.zip</code> laid out like the repository’s <code>content/</code> folder: <code>people.yml</code>, <code>templates/</code>,{' '}
          <code>practices/</code> and <code>projects/&lt;slug&gt;/</code>, one Markdown file per page with its fields in YAML front matter.
          Deleted pages are left out. The export is recorded in the audit log.
        </p>
        <a className="button primary" href="/api/export" download>
          Download the wiki (.zip)
        </a>
      </section>
    </>
  );
}
