'use client';

import { diffLines } from 'diff';

/** Line diff of two texts: removed lines struck, added lines highlighted, unchanged folded. */
export function ChangesDiff({ before, after }: { before: string; after: string }) {
  const parts = diffLines(before, after);
  if (parts.every((p) => !p.added && !p.removed)) return <p className="meta">The text is the same.</p>;
  return (
    <div className="diff" data-testid="diff">
      {parts.map((part, i) => {
        if (part.added) return <ins key={i}>{part.value}</ins>;
        if (part.removed) return <del key={i}>{part.value}</del>;
        const lines = part.value.split('\n');
        const folded = lines.length > 6 ? [...lines.slice(0, 2), `… ${lines.length - 4} unchanged lines …`, ...lines.slice(-2)] : lines;
        return (
          <span key={i} className="same">
            {folded.join('\n')}
          </span>
        );
      })}
    </div>
  );
}
