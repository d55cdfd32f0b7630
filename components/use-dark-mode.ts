'use client';

import { useSyncExternalStore } from 'react';

// Whether the system asks for dark colours, kept current when it changes (the page's CSS follows
// the same media query; this is for parts that theme themselves, like the Markdown editor).
const QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void) {
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

export function useDarkMode(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(QUERY).matches,
    () => false,
  );
}
