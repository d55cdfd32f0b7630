'use client';

// Similar past work beside the editor: refreshed a moment after the writer stops typing (one
// request in flight at a time; a stale answer never replaces a newer one), from the draft's
// title, headings, tags and fields. Shown while writing retrospectives, runbooks and model cards.
import { useEffect, useRef, useState } from 'react';
import { sendJson } from '@/components/send-json';
import type { TSimilarItem } from '@/lib/similar/similar-work';
import { SimilarList } from './similar-list';

const WAIT_MS = 600;

export type TSimilarDraft = {
  kind: string;
  title: string;
  body: string;
  tags: string[];
  fields: unknown;
  projectSlug: string | null;
  documentId: string | null;
};

export function SimilarPanel({ draft }: { draft: TSimilarDraft }) {
  const [items, setItems] = useState<TSimilarItem[] | null>(null);
  const [error, setError] = useState('');
  const latest = useRef(0);
  const key = JSON.stringify(draft);
  useEffect(() => {
    const ask = ++latest.current;
    const timer = setTimeout(() => {
      void sendJson<{ items: TSimilarItem[] }>('/api/similar', 'POST', JSON.parse(key)).then((res) => {
        if (ask !== latest.current) return;
        if (res.ok) {
          setItems(res.data.items);
          setError('');
        } else setError(res.error);
      });
    }, WAIT_MS);
    return () => clearTimeout(timer);
  }, [key]);
  return (
    <aside className="card similar-panel" aria-labelledby="similar-work" data-testid="similar-panel" aria-live="polite">
      <h2 id="similar-work" className="section-title">
        Similar past work
      </h2>
      {error ? (
        <p className="field-error">{error}</p>
      ) : items === null ? (
        <p className="meta">Lessons from other projects appear here as you write.</p>
      ) : items.length === 0 ? (
        <p className="meta">Nothing similar yet: give the page a title, tags and a few fields.</p>
      ) : (
        <SimilarList items={items} />
      )}
    </aside>
  );
}
