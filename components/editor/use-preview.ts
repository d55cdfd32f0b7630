'use client';

import { useEffect, useState } from 'react';

/** Renders the body through the server's pipeline (sanitized, links resolved), debounced. */
export function usePreview(body: string, projectSlug: string | null, delayMs = 250) {
  const [html, setHtml] = useState('');
  const [error, setError] = useState<string | null>(null);
  // Bumped to ask again once a rate limit has passed.
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    let retry: ReturnType<typeof setTimeout> | undefined;
    const timer = setTimeout(async () => {
      try {
        const res = await fetch('/api/preview', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ body, projectSlug }),
          signal: controller.signal,
        });
        const data = (await res.json()) as { html?: string; error?: string };
        if (res.ok && typeof data.html === 'string') {
          setHtml(data.html);
          setError(null);
        } else {
          setError(data.error ?? 'The preview could not be rendered.');
          const wait = Number(res.headers.get('retry-after'));
          if (res.status === 429 && wait > 0) retry = setTimeout(() => setAttempt((n) => n + 1), wait * 1000);
        }
      } catch (err) {
        if ((err as Error).name !== 'AbortError') setError('The preview is unavailable right now.');
      }
    }, delayMs);
    return () => {
      clearTimeout(timer);
      clearTimeout(retry);
      controller.abort();
    };
  }, [body, projectSlug, delayMs, attempt]);
  return { html, error };
}
