'use client';

import { useEffect, useRef, useState } from 'react';

type TDraft = { title: string; body: string; fields?: unknown };
const same = (a: TDraft, b: TDraft) => JSON.stringify(a) === JSON.stringify(b);
type TStored = TDraft & { savedAt: string };

/**
 * Keeps a copy of unsaved text in this browser's localStorage, so a closed tab, a crash or a
 * lost connection does not lose what someone typed. On the next visit it offers the copy back.
 */
export function useDraftBackup(key: string, draft: TDraft, apply: (draft: TDraft) => void) {
  const storageKey = `hindsight:draft:${key}`;
  const initial = useRef(draft);
  const [offer, setOffer] = useState<{ draft: TDraft; savedAt: Date } | null>(null);
  const [decided, setDecided] = useState(false);

  useEffect(() => {
    try {
      const raw = localStorage.getItem(storageKey);
      if (!raw) return setDecided(true);
      const { savedAt, ...stored } = JSON.parse(raw) as TStored;
      if (same(stored, initial.current)) {
        localStorage.removeItem(storageKey);
        return setDecided(true);
      }
      setOffer({ draft: stored, savedAt: new Date(savedAt) });
    } catch {
      setDecided(true);
    }
  }, [storageKey]);

  useEffect(() => {
    if (!decided) return;
    const unchanged = same(draft, initial.current);
    const timer = setTimeout(() => {
      try {
        if (unchanged) localStorage.removeItem(storageKey);
        else localStorage.setItem(storageKey, JSON.stringify({ ...draft, savedAt: new Date().toISOString() }));
      } catch {
        // storage full or disabled: the editor still works, only the backup is missing
      }
    }, 500);
    return () => clearTimeout(timer);
  }, [decided, JSON.stringify(draft), storageKey]); // eslint-disable-line react-hooks/exhaustive-deps

  return {
    offer,
    restore() {
      if (offer) apply(offer.draft);
      setOffer(null);
      setDecided(true);
    },
    dismiss() {
      setOffer(null);
      setDecided(true);
      try {
        localStorage.removeItem(storageKey);
      } catch {
        // nothing to remove
      }
    },
    clear() {
      setDecided(false);
      try {
        localStorage.removeItem(storageKey);
      } catch {
        // nothing to clear
      }
    },
  };
}
