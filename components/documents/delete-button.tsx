'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';

export function DeleteButton({ id, title }: { id: string; title: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        onClick={async () => {
          if (!window.confirm(`Delete “${title}”? It moves to Deleted documents and can be restored.`)) return;
          const res = await fetch(`/api/documents/${id}`, { method: 'DELETE' });
          if (res.ok) {
            router.push('/deleted');
            router.refresh();
          } else {
            setError(((await res.json().catch(() => ({}))) as { error?: string }).error ?? 'Not deleted.');
          }
        }}
      >
        Delete
      </button>
      {error && <span className="field-error">{error}</span>}
    </>
  );
}
