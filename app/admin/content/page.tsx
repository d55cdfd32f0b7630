import { notFound } from 'next/navigation';
import { AdminTabs } from '@/components/admin/admin-tabs';
import { ImportForm } from '@/components/content/import-form';
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
      <p className="lede">
        Move pages in and out as Markdown files. The command line does the same for large wikis: <code>npm run content:export -- wiki.zip</code>{' '}
        and <code>npm run content:import -- wiki.zip</code>.
      </p>
      <section className="card">
        <h2>Export the whole wiki</h2>
        <p>
          One <code>.zip</code> laid out like the repository’s <code>content/</code> folder: <code>people.yml</code>, <code>templates/</code>,{' '}
          <code>practices/</code> and <code>projects/&lt;slug&gt;/</code>, one Markdown file per page with its fields in YAML front matter and its attachments beside it in <code>&lt;page&gt;.files/</code>.
          Deleted pages are left out. The export is recorded in the audit log.
        </p>
        <a className="button primary" href="/api/export" download>
          Download the wiki (.zip)
        </a>
      </section>
      <ImportForm url="/api/import" into="the whole wiki" />
    </>
  );
}
