'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { sendJson } from '@/components/send-json';

/** Delete, restore or publish a document (or restore one of its versions), then go where the result says. */
export function DocumentActionButton({
  label,
  url,
  method,
  confirmText,
  goTo,
  body,
  primary = false,
}: {
  primary?: boolean;
  label: string;
  url: string;
  method: string;
  confirmText?: string;
  goTo?: string;
  body?: unknown;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className={primary ? 'primary' : undefined}
        onClick={async () => {
          if (confirmText && !window.confirm(confirmText)) return;
          const result = await sendJson<{ path?: string }>(url, method, body);
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
