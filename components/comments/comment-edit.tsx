'use client';

// Editing one's own comment in place: the words stay in the box until the server has them.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { sendJson } from '@/components/send-json';

export function CommentEdit({ id, body }: { id: string; body: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState(body);
  const [error, setError] = useState('');
  if (!open)
    return (
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Edit
      </button>
    );
  async function save() {
    const res = await sendJson(`/api/comments/${id}`, 'PATCH', { body: text });
    if (!res.ok) return setError(res.error);
    setError('');
    setOpen(false);
    router.refresh();
  }
  return (
    <div className="stack" style={{ flexBasis: '100%' }}>
      <label>
        Edit your comment
        <textarea value={text} onChange={(e) => setText(e.target.value)} rows={3} maxLength={10_000} />
      </label>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div style={{ display: 'flex', gap: 8 }}>
        <button type="button" className="button primary" onClick={() => void save()}>
          Save comment
        </button>
        <button type="button" className="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
