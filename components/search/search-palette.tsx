'use client';

// Quick search on every page: Ctrl/⌘-K or "/" opens it. This part is the button and the
// shortcuts; the dialog (palette-dialog.tsx) is fetched the first time it opens, or when the
// pointer or focus reaches the button, so pages that never search never load it.
import dynamic from 'next/dynamic';
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useHydrated } from '@/components/use-hydrated';

const loadDialog = () => import('./palette-dialog');
const PaletteDialog = dynamic(loadDialog, { ssr: false });

function typingInField(target: EventTarget | null) {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

export function SearchPalette() {
  const [open, setOpen] = useState(false);
  // The shortcuts below are attached before the browser paints the hydrated page.
  const listening = useHydrated();
  // Where focus was when the palette opened: it goes back there when the palette closes.
  const opener = useRef<HTMLElement | null>(null);
  const openPalette = useCallback(() => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpen(true);
  }, []);
  const close = useCallback(() => {
    setOpen(false);
    if (opener.current?.isConnected) opener.current.focus();
  }, []);

  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.key === 'k' || e.key === 'K') && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        openPalette();
      } else if (e.key === '/' && !typingInField(e.target) && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        openPalette();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openPalette]);

  const warm = () => void loadDialog();
  return (
    <>
      {/* data-ready: the shortcuts work from here on (browser tests wait for it, not for time). */}
      <button
        type="button"
        className="search-button"
        onClick={openPalette}
        onPointerEnter={warm}
        onFocus={warm}
        aria-keyshortcuts="Control+K /"
        data-ready={listening || undefined}
      >
        Search <kbd>Ctrl K</kbd>
      </button>
      {open && <PaletteDialog onClose={close} />}
    </>
  );
}
