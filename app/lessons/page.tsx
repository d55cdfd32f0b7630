import Link from 'next/link';
import { formatDay } from '@/components/relative-date';
import { SourceLink } from '@/components/source-link';
import { currentUser } from '@/lib/auth/current-user';
import { queryOf, ZLessonFilter } from '@/lib/structured/filters';
import { lessonTags, listLessons } from '@/lib/structured/list-structured';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Lessons' };

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LessonsPage({ searchParams }: TProps) {
  const user = await currentUser();
  const filter = ZLessonFilter.parse(queryOf(await searchParams));
  const [lessons, tags] = await Promise.all([listLessons(user, filter), lessonTags(user)]);
  return (
    <>
      <h1 className="page-title">Lessons</h1>
      <p className="lede">One-line lessons from every retrospective, newest first. Start here before a new project.</p>
      <nav aria-label="Filter by tag" className="meta" style={{ marginBottom: 16 }}>
        <Link href="/lessons" aria-current={filter.tag ? undefined : 'page'}>
          All
        </Link>
        {tags.map((t) => (
          <Link key={t} className="tag" href={`/lessons?tag=${encodeURIComponent(t)}`} aria-current={filter.tag === t ? 'page' : undefined}>
            {t}
          </Link>
        ))}
      </nav>
      {lessons.length === 0 ? (
        <p className="empty">No lessons{filter.tag ? ` tagged “${filter.tag}”` : ''} yet.</p>
      ) : (
        <div className="card">
          <ul className="doc-list" data-testid="lessons">
            {lessons.map((l) => (
              <li key={l.id}>
                <div>{l.text}</div>
                <div className="meta">
                  {l.tags.map((t) => (
                    <span key={t} className="tag">
                      {t}
                    </span>
                  ))}
                  <span>{formatDay(l.learnedOn)}</span>
                  <SourceLink source={l.source} />
                </div>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
