'use client';

// Writing a comment: a new thread (about the whole page or one of its sections) or a reply.
// The text stays in the box until the server has it; a refusal says why, next to the box.
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
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
  // @mention suggestions: the word after an @ just before the caret, and who it may mean.
  const box = useRef<HTMLTextAreaElement>(null);
  const [partial, setPartial] = useState<string | null>(null);
  const [people, setPeople] = useState<{ name: string; handle: string }[]>([]);
  useEffect(() => {
    if (partial === null) return;
    const pause = setTimeout(() => {
      void fetch(`/api/documents/${documentId}/mentionable?q=${encodeURIComponent(partial)}`)
        .then((res) => (res.ok ? (res.json() as Promise<{ people: { name: string; handle: string }[] }>) : { people: [] }))
        .then((found) => setPeople(found.people))
        .catch(() => setPeople([]));
    }, 150);
    return () => clearTimeout(pause);
  }, [partial, documentId]);

  function typed(text: string) {
    setBody(text);
    const caret = box.current?.selectionStart ?? text.length;
    const word = /(?:^|[^\w.@/])@([\w.-]{0,36})$/.exec(text.slice(0, caret))?.[1] ?? null;
    setPartial(word);
    if (word === null) setPeople([]);
  }

  function mention(handle: string) {
    const caret = box.current?.selectionStart ?? body.length;
    const before = body.slice(0, caret).replace(/@[\w.-]*$/, `@${handle} `);
    setBody(before + body.slice(caret));
    setPartial(null);
    setPeople([]);
    box.current?.focus();
  }

  async function send(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    const res = await sendJson(`/api/documents/${documentId}/comments`, 'POST', threadId ? { body, threadId } : { body, anchor });
    setBusy(false);
    if (!res.ok) return setError(res.error);
    setError('');
    setBody('');
    setPartial(null);
    setPeople([]);
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
          ref={box}
          value={body}
          onChange={(e) => typed(e.target.value)}
          rows={threadId ? 2 : 3}
          maxLength={10_000}
          placeholder="Markdown works here; @name mentions someone"
        />
      </label>
      {people.length > 0 && (
        <ul className="mention-list" aria-label="People to mention">
          {people.map((p) => (
            <li key={p.handle}>
              <button type="button" onClick={() => mention(p.handle)}>
                {p.name} <span className="meta">@{p.handle}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
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
