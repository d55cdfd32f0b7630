import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DocumentHeader } from '@/components/document-header';
import { BodyDiffView } from '@/components/history/body-diff-view';
import { FieldChanges } from '@/components/history/field-changes';
import { VersionPicker } from '@/components/history/version-picker';
import { JOB_ROLE_LABEL } from '@/components/job-role';
import { formatDay } from '@/components/relative-date';
import { currentUser } from '@/lib/auth/current-user';
import { getDocument } from '@/lib/documents/get-document';
import { listRevisions } from '@/lib/documents/list-revisions';
import { documentPath } from '@/lib/documents/paths';
import { versionText, type TVersionText } from '@/lib/documents/revision-state';
import { countWords, diffBody } from '@/lib/history/body-diff';
import { compareParams } from '@/lib/history/compare-params';
import { diffFields } from '@/lib/history/field-diff';
import { diffPage } from '@/lib/history/page-diff';
import { KIND_FIELDS } from '@/lib/kinds/fields';
import { orNotFound } from '@/lib/pages/or-not-found';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Compare versions' };

type TProps = {
  params: Promise<{ space: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function Saved({ v, path, side }: { v: TVersionText; path: string; side: string }) {
  return (
    <div className="card compare-side" data-testid={`compare-${side}`}>
      <div className="meta">{side === 'from' ? 'From' : 'To'}</div>
      <Link href={`${path}/history/${v.version}`}>Version {v.version}</Link>, saved by {v.author} ({JOB_ROLE_LABEL[v.authorJobRole]}) on{' '}
      {formatDay(v.createdAt)}
      {v.message ? <div className="meta">“{v.message}”</div> : null}
    </div>
  );
}

/** Two versions side by side: page facts, structured fields and the text, word by word. */
export default async function ComparePage({ params, searchParams }: TProps) {
  const user = await currentUser();
  const { space, slug } = await params;
  const doc = await orNotFound(getDocument(user, space, slug));
  const picked = compareParams(await searchParams, doc.version);
  if (!picked) notFound();
  const { from, to, mode } = picked;
  const [a, b, revisions] = await Promise.all([orNotFound(versionText(doc, from)), orNotFound(versionText(doc, to)), listRevisions(doc)]);
  const path = documentPath(doc.project?.slug, doc.slug);
  const pageChanges = diffPage(a, b);
  const fieldChanges = a.fields !== null && b.fields !== null ? diffFields(KIND_FIELDS[doc.kind].form, a.fields, b.fields) : null;
  const blocks = diffBody(a.body, b.body);
  const words = countWords(blocks);
  const [low, high] = from < to ? [from, to] : [to, from];
  const between = revisions.filter((r) => r.version > low && r.version < high).reverse();
  const here = (view: string) => `${path}/history/compare?from=${from}&to=${to}${view === 'split' ? '&view=split' : ''}`;
  return (
    <>
      <DocumentHeader doc={doc}>
        <h1 className="page-title">Compare versions of “{doc.title}”</h1>
        <p className="meta">
          <Link href={`${path}/history`}>All versions</Link>
        </p>
      </DocumentHeader>
      <VersionPicker action={`${path}/history/compare`} versions={revisions.map((r) => r.version)} from={from} to={to} mode={mode} />
      <div className="compare-sides">
        <Saved v={a} path={path} side="from" />
        <Saved v={b} path={path} side="to" />
      </div>
      {between.length > 0 && (
        <details className="compare-between">
          <summary>{between.length} versions saved in between</summary>
          <ul>
            {between.map((r) => (
              <li key={r.version}>
                <Link href={`${path}/history/${r.version}`}>v{r.version}</Link> · {r.author} · {formatDay(r.createdAt)}
                {r.message ? ` — “${r.message}”` : ''}
              </li>
            ))}
          </ul>
        </details>
      )}
      <h2>Page</h2>
      {a.page === null || b.page === null ? (
        <p className="meta">Tags, status and owner were not kept with versions saved before 2 December 2026; only the title is compared.</p>
      ) : null}
      {pageChanges.length ? (
        <FieldChanges changes={pageChanges} testId="page-changes" />
      ) : (
        <p className="meta">Title, tags, status and owner are the same.</p>
      )}
      <h2>Fields</h2>
      {fieldChanges === null ? (
        <p className="meta">The structured fields were not kept with one of these versions, so they cannot be compared.</p>
      ) : fieldChanges.length ? (
        <FieldChanges changes={fieldChanges} testId="field-changes" />
      ) : (
        <p className="meta">The structured fields are the same.</p>
      )}
      <h2>Text</h2>
      {blocks.length === 0 ? (
        <p className="meta">The text is the same.</p>
      ) : (
        <>
          <p className="meta">
            {words.added} {words.added === 1 ? 'word' : 'words'} added, {words.removed} removed ·{' '}
            {mode === 'split' ? <Link href={here('inline')}>Show inline</Link> : <Link href={here('split')}>Show side by side</Link>}
          </p>
          <BodyDiffView blocks={blocks} mode={mode} />
        </>
      )}
    </>
  );
}
