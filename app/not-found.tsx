import Link from 'next/link';

export default function NotFoundPage() {
  return (
    <div className="card" style={{ maxWidth: 560 }}>
      <h1 className="page-title">Page not found</h1>
      <p>Nothing lives at this address. It may have been moved or deleted, or the link has a typo.</p>
      <p>
        <Link href="/">Go to the home page</Link> or <Link href="/new">start a new document</Link>.
      </p>
    </div>
  );
}
