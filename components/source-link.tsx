import Link from 'next/link';

/** Where a decision, lesson or action item was written: the document and its project. */
export function SourceLink({ source }: { source: { title: string; path: string; draft?: boolean; project: { name: string } | null } }) {
  return (
    <span className="muted">
      <Link href={source.path}>{source.title}</Link>
      {source.draft && (
        <>
          {' '}
          <span className="badge draft">Draft</span>
        </>
      )}
      {source.project ? ` · ${source.project.name}` : ''}
    </span>
  );
}
