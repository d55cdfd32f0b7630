import Link from 'next/link';

export function AdminTabs({ current }: { current: 'users' | 'audit' | 'content' | 'webhooks' }) {
  return (
    <nav className="meta" aria-label="Admin" style={{ marginBottom: 12, display: 'flex', gap: 12 }}>
      <Link href="/admin/users" aria-current={current === 'users' ? 'page' : undefined}>
        Users
      </Link>
      <Link href="/admin/audit" aria-current={current === 'audit' ? 'page' : undefined}>
        Audit log
      </Link>
      <Link href="/admin/content" aria-current={current === 'content' ? 'page' : undefined}>
        Export and import
      </Link>
      <Link href="/admin/webhooks" aria-current={current === 'webhooks' ? 'page' : undefined}>
        Webhooks
      </Link>
    </nav>
  );
}
