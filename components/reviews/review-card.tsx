import { reviewState } from '@/lib/reviews/review-policy';
import { formatDay, RelativeDate } from '../relative-date';
import { VerifyForm } from './verify-form';

type TProps = {
  id: string;
  version: number;
  reviewBy: Date | null;
  last: { version: number; verifiedAt: Date; note: string; verifiedBy: { name: string } } | null;
  canVerify: boolean;
};

// One vocabulary everywhere: "Review due" is about the date; "Verified" is the owner's check
// that the page is still true. A page can be verified and due again, or never verified and not yet due.
const BADGE = {
  overdue: ['draft', 'Review overdue'],
  'due-soon': ['draft', 'Review due soon'],
  current: ['', 'Review not yet due'],
  unscheduled: ['', 'No review date'],
} as const;

export function ReviewCard({ id, version, reviewBy, last, canVerify }: TProps) {
  const state = reviewState(reviewBy, new Date());
  const [tone, label] = BADGE[state];
  return (
    <section className="card" aria-labelledby="review-title" data-testid="review-card">
      <h2 id="review-title" className="section-title">
        Review
      </h2>
      <p style={{ margin: 0 }}>
        <span className={`badge ${tone}`}>{label}</span>
        {reviewBy && (
          <span className="muted">
            {' '}
            review by {formatDay(reviewBy)} (<RelativeDate date={reviewBy} />)
          </span>
        )}
      </p>
      <p className="meta" style={{ marginBottom: 0 }}>
        {last ? (
          <>
            <strong>Verified</strong>: still true as of version {last.version}, by {last.verifiedBy.name}, on {formatDay(last.verifiedAt)}
            {last.note ? ` — “${last.note}”` : ''}.
          </>
        ) : (
          <>
            <strong>Not verified</strong> since it was written.
          </>
        )}
      </p>
      {canVerify && <VerifyForm id={id} version={version} />}
    </section>
  );
}
