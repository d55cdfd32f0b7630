'use client';

// Shown when a page fails unexpectedly (for example, the database is unreachable). Nothing the
// user typed lives on a read page, so retrying is always safe.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="card" style={{ maxWidth: 560 }} role="alert">
      <h1 className="page-title">Something went wrong</h1>
      <p>This page could not be loaded. It is probably temporary: try again in a moment.</p>
      <button type="button" className="primary" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
