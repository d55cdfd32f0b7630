'use client';

import { BodyDiffView } from '@/components/history/body-diff-view';
import { diffBody } from '@/lib/history/body-diff';

/** What changed between two texts, word by word, unchanged stretches folded. */
export function ChangesDiff({ before, after }: { before: string; after: string }) {
  const blocks = diffBody(before, after);
  if (blocks.length === 0) return <p className="meta">The text is the same.</p>;
  return <BodyDiffView blocks={blocks} mode="inline" testId="diff" />;
}
