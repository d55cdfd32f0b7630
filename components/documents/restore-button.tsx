'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';

export function RestoreButton({ id }: { id: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        onClick={async () => {
          const res = await fetch(`/api/documents/${id}/restore`, { method: 'POST' });
          const data = (await res.json().catch(() => ({}))) as { path?: string; error?: string };
          if (res.ok && data.path) router.push(data.path);
          else setError(data.error ?? 'Not restored.');
        }}
      >
        Restore
      </button>
      {error && <span className="field-error">{error}</span>}
    </>
  );
}
