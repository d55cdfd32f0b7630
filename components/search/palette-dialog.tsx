'use client';

// The quick search's dialog: results come as you type (debounced), arrows move, Enter opens,
// Escape closes. Each result shows its kind and project. Loaded only when the palette first
// opens (search-palette.tsx), so reading a page does not fetch it.
import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState } from 'react';
import { sendJson } from '@/components/send-json';
import { KIND_INFO } from '@/lib/kinds/kinds';
import type { TSearchHit, TSearchResult } from '@/lib/search/contract';

const DEBOUNCE_MS = 150;

export default function PaletteDialog({ onClose }: { onClose: () => void }) {
  const router = useRouter();
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<TSearchHit[]>([]);
  const [corrected, setCorrected] = useState<string | undefined>();
  const [active, setActive] = useState(0);
  const [message, setMessage] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const seq = useRef(0);

  useEffect(() => {
    input.current?.focus();
  }, []);

  useEffect(() => {
    if (!q.trim()) return;
    const mine = ++seq.current;
    const timer = setTimeout(async () => {
      const r = await sendJson<TSearchResult>('/api/search', 'POST', { q, perPage: 8 });
      if (mine !== seq.current) return; // a newer query is on its way
      if (!r.ok) {
        setHits([]);
        setMessage(r.error);
        return;
      }
      setHits(r.data.hits);
      setCorrected(r.data.correctedQuery);
      setActive(0);
      setMessage(r.data.total === 0 ? `No documents match “${q.trim()}”.` : '');
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [q]);

  // An empty box shows no results, whatever the last answer was.
  const shownHits = q.trim() ? hits : [];
  const shownMessage = q.trim() ? message : '';

  const go = (hit?: TSearchHit) => {
    const href = hit ? (hit.anchor ? `${hit.path}#${hit.anchor}` : hit.path) : `/search?q=${encodeURIComponent(q.trim())}`;
    onClose();
    router.push(href);
  };

  return (
    <div className="palette-backdrop" onMouseDown={onClose}>
      <div className="palette" role="dialog" aria-modal="true" aria-label="Quick search" onMouseDown={(e) => e.stopPropagation()}>
        <input
          ref={input}
          value={q}
          maxLength={200}
          placeholder="Search titles, sections, fields…"
          role="combobox"
          aria-expanded={shownHits.length > 0}
          aria-controls={listId}
          aria-activedescendant={shownHits[active] ? `${listId}-${active}` : undefined}
          aria-label="Search"
          onChange={(e) => setQ(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onClose();
            // The box is the dialog's one stop: Tab stays in it (results are chosen with the arrows).
            else if (e.key === 'Tab') e.preventDefault();
            else if (e.key === 'ArrowDown') {
              e.preventDefault();
              setActive((a) => Math.min(a + 1, Math.max(shownHits.length - 1, 0)));
            } else if (e.key === 'ArrowUp') {
              e.preventDefault();
              setActive((a) => Math.max(a - 1, 0));
            } else if (e.key === 'Enter') {
              e.preventDefault();
              if (q.trim()) go(shownHits[active]);
            }
          }}
        />
        {corrected && shownHits.length > 0 && <p className="meta palette-note">Showing results for “{corrected}”</p>}
        <ul id={listId} role="listbox" aria-label="Results">
          {shownHits.map((h, i) => (
            <li
              key={h.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseEnter={() => setActive(i)}
              onClick={() => go(h)}
            >
              <span className="title">{h.title}</span>
              <span className="meta">
                <span className="badge">{KIND_INFO[h.kind].label}</span>
                {h.draft && <span className="badge draft">Draft</span>}
                {h.project ? h.project.name : 'Team-wide'}
                {h.heading && <span>§ {h.heading}</span>}
              </span>
            </li>
          ))}
        </ul>
        {shownMessage && (
          <p className="meta palette-note" role="status">
            {shownMessage}
          </p>
        )}
        <p className="meta palette-note">
          ↑↓ to move · Enter to open · Esc to close{q.trim() ? ' · Enter with no result selected shows all results' : ''}
        </p>
      </div>
    </div>
  );
}
