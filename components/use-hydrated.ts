'use client';

import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * False while the server renders and React hydrates, true once this component runs in the
 * browser: for marking a form interactive (browser tests wait for it) without an effect.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
