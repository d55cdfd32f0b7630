'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { sendJson } from '@/components/send-json';

/** Delete or restore a document, then go where the result says (or to a fixed page). */
export function DocumentActionButton({
  label,
  url,
  method,
  confirmText,
  goTo,
}: {
  label: string;
  url: string;
  method: string;
  confirmText?: string;
  goTo?: string;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        onClick={async () => {
          if (confirmText && !window.confirm(confirmText)) return;
          const result = await sendJson<{ path?: string }>(url, method);
          if (!result.ok) return setError(result.error);
          router.push(goTo ?? result.data.path ?? '/');
          router.refresh();
        }}
      >
        {label}
      </button>
      {error && <span className="field-error">{error}</span>}
    </>
  );
}
