'use client';

// Uploading what the writer pastes, drops or picks into a saved page's editor, one file at a
// time, with what is happening said under the editor (and why a file was refused).
import { useCallback, useState } from 'react';
import type { TAttach } from './markdown-input';

type TNote = { text: string; error: boolean } | null;

export function useAttachments(documentId: string | null) {
  const [note, setNote] = useState<TNote>(null);
  const attach = useCallback<TAttach>(
    async (file) => {
      setNote({ text: `Attaching “${file.name}”…`, error: false });
      const form = new FormData();
      form.append('file', file);
      const res = await fetch(`/api/documents/${documentId}/attachments`, { method: 'POST', body: form }).catch(() => null);
      const data = (await res?.json().catch(() => null)) as { markdown?: string; error?: string } | null;
      if (!res?.ok || !data?.markdown) {
        setNote({ text: `“${file.name}” was not attached: ${data?.error ?? 'the server could not be reached'}`, error: true });
        return null;
      }
      setNote({ text: `Attached “${file.name}”.`, error: false });
      return data.markdown;
    },
    [documentId],
  );
  return { attach: documentId ? attach : null, note };
}
