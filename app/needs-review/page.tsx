import Link from 'next/link';
import { RelativeDate } from '@/components/relative-date';
import { currentUser } from '@/lib/auth/current-user';
import { KIND_INFO } from '@/lib/kinds/kinds';
import { listNeedsReview } from '@/lib/reviews/list-needs-review';
import { REVIEW_DAYS } from '@/lib/reviews/review-policy';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Needs review' };

export default async function NeedsReviewPage() {
  const user = await currentUser();
  const docs = await listNeedsReview(user);
  return (
    <>
      <h1 className="page-title">Needs review</h1>
      <p className="lede">
        Pages whose owner has not confirmed them for too long, most overdue first. Verifying a page (“still true as of version N”) sets its
        next review: runbooks and model cards every {REVIEW_DAYS.runbook} days, practices every {REVIEW_DAYS.practice}, retrospectives every{' '}
        {REVIEW_DAYS.retrospective}. Editing alone does not count. Model cards also appear when the next review in their monitoring block
        has passed: look at the drift dashboards, decide whether to retrain, and set the next date in the card.
      </p>
      {docs.length === 0 ? (
        <p className="empty">Everything you can see is reviewed. Nothing is overdue.</p>
      ) : (
        <div className="card">
          <ul className="doc-list">
            {docs.map((d) => (
              <li key={d.id} data-testid={`needs-review-${d.title}`}>
                <Link className="title" href={d.path}>
                  {d.title}
                </Link>
                <div className="meta">
                  <span className="badge">{KIND_INFO[d.kind].label}</span>
                  {d.project && <span>{d.project.name}</span>}
                  {d.overdue.map((o) => (
                    <span key={o.reason} className="badge draft">
                      {o.reason === 'monitoring' ? 'monitoring review' : 'review'} due <RelativeDate date={o.due} />
                    </span>
                  ))}
                  <span>owner {d.owner}</span>
                  <span>
                    {d.lastVerified ? (
                      <>
                        last verified <RelativeDate date={d.lastVerified} />
                      </>
                    ) : (
                      'never verified'
                    )}
                  </span>
                </div>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
