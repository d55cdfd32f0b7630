'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';

type TDraft = { title: string; body: string; fields?: unknown };
const same = (a: TDraft, b: TDraft) => JSON.stringify(a) === JSON.stringify(b);
type TStored = TDraft & { savedAt: string };

/**
 * Keeps a copy of unsaved text in this browser's localStorage, so a closed tab, a crash or a
 * lost connection does not lose what someone typed. On the next visit it offers the copy back.
 */
// What localStorage held for a key when its editor mounted: read once, after hydration (the
// server has no storage), and kept until the editor unmounts, so the backups this editor then
// writes are never offered back to it.
const atMount = new Map<string, string | null>();
const noSubscription = () => () => {};

function readOnce(storageKey: string): string | null {
  if (!atMount.has(storageKey)) {
    let raw: string | null = null;
    try {
      raw = localStorage.getItem(storageKey);
    } catch {
      // storage disabled: nothing to offer
    }
    atMount.set(storageKey, raw);
  }
  return atMount.get(storageKey)!;
}

function parse(raw: string | null | undefined): { draft: TDraft; savedAt: Date } | null {
  if (!raw) return null;
  try {
    const { savedAt, ...draft } = JSON.parse(raw) as TStored;
    return { draft, savedAt: new Date(savedAt) };
  } catch {
    return null;
  }
}

export function useDraftBackup(key: string, draft: TDraft, apply: (draft: TDraft) => void) {
  const storageKey = `hindsight:draft:${key}`;
  const [initial] = useState(draft);
  // undefined while the server renders and React hydrates; then the value found at mount.
  const stored = useSyncExternalStore(
    noSubscription,
    () => readOnce(storageKey),
    () => undefined,
  );
  const [answered, setAnswered] = useState(false);
  // Set once the draft is saved: nothing more to back up.
  const [cleared, setCleared] = useState(false);
  const found = parse(stored);
  const offer = !answered && found && !same(found.draft, initial) ? found : null;
  // Backups are written once the person has answered the offer, or when there was none.
  const decided = stored !== undefined && !offer && !cleared;

  useEffect(() => () => void atMount.delete(storageKey), [storageKey]);

  useEffect(() => {
    if (!decided) return;
    const unchanged = same(draft, initial);
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
      setAnswered(true);
    },
    dismiss() {
      setAnswered(true);
      try {
        localStorage.removeItem(storageKey);
      } catch {
        // nothing to remove
      }
    },
    clear() {
      setCleared(true);
      try {
        localStorage.removeItem(storageKey);
      } catch {
        // nothing to clear
      }
    },
  };
}
