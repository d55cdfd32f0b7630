'use client';

// Writing a comment: a new thread (about the whole page or one of its sections) or a reply.
// The text stays in the box until the server has it; a refusal says why, next to the box.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { sendJson } from '@/components/send-json';

type TSection = { id: string; text: string };

export function CommentForm({
  documentId,
  threadId,
  sections = [],
  label = 'Comment',
}: {
  documentId: string;
  threadId?: string;
  sections?: TSection[];
  label?: string;
}) {
  const router = useRouter();
  const [body, setBody] = useState('');
  const [anchor, setAnchor] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function send(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    const res = await sendJson(`/api/documents/${documentId}/comments`, 'POST', threadId ? { body, threadId } : { body, anchor });
    setBusy(false);
    if (!res.ok) return setError(res.error);
    setError('');
    setBody('');
    router.refresh();
  }

  return (
    <form onSubmit={(e) => void send(e)} className="stack comment-form">
      {!threadId && sections.length > 0 && (
        <label>
          About
          <select value={anchor} onChange={(e) => setAnchor(e.target.value)}>
            <option value="">The whole page</option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                Section: {s.text}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {label}
        <textarea
          value={body}
          onChange={(e) => setBody(e.target.value)}
          rows={threadId ? 2 : 3}
          maxLength={10_000}
          placeholder="Markdown works here"
        />
      </label>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div>
        <button type="submit" className="button primary" disabled={busy || !body.trim()}>
          {threadId ? 'Reply' : 'Add comment'}
        </button>
      </div>
    </form>
  );
}
