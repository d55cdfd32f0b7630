'use client';

import { useSyncExternalStore } from 'react';

// Whether a media query matches, kept current when it changes. The page's CSS follows the same
// queries; this is for parts that must know in script (the editor's theme, the sidebar button).
// On the server, and while hydrating, it answers false.
function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const media = window.matchMedia(query);
      media.addEventListener('change', onChange);
      return () => media.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}

export const useDarkMode = () => useMediaQuery('(prefers-color-scheme: dark)');

/** The width below which the sidebar becomes a menu (the CSS uses the same figure). */
export const useNarrow = () => useMediaQuery('(max-width: 900px)');
