// A body diff shown inline (one column, removed words struck) or side by side (before | after).
// Folded stretches open without script. No hooks: server pages and the editor both use it.
import type { TDiffBlock, TSegment } from '@/lib/history/body-diff';

export type TDiffMode = 'inline' | 'split';

function Segments({ segments }: { segments: TSegment[] }) {
  return segments.map((s, i) =>
    s.op === 'ins' ? <ins key={i}>{s.text}</ins> : s.op === 'del' ? <del key={i}>{s.text}</del> : <span key={i}>{s.text}</span>,
  );
}

function Same({ block, split }: { block: Extract<TDiffBlock, { type: 'same' }>; split: boolean }) {
  const text = (lines: string[]) => (lines.length ? lines.join('\n') + '\n' : '');
  const cell = (lines: string[]) => (split ? [0, 1].map((side) => <div key={side}>{text(lines)}</div>) : text(lines));
  return (
    <div className="diff-same">
      {cell(block.head)}
      {block.hidden.length > 0 && (
        <details className="diff-fold">
          <summary>{block.hidden.length} unchanged lines</summary>
          <div className={split ? 'diff-split-rows' : undefined}>{cell(block.hidden)}</div>
        </details>
      )}
      {cell(block.tail)}
    </div>
  );
}

export function BodyDiffView({ blocks, mode, testId = 'body-diff' }: { blocks: TDiffBlock[]; mode: TDiffMode; testId?: string }) {
  const split = mode === 'split';
  return (
    <div className={split ? 'word-diff split' : 'word-diff'} data-testid={testId}>
      {split && (
        <div className="diff-split-head">
          <div>Before</div>
          <div>After</div>
        </div>
      )}
      {blocks.map((block, i) =>
        block.type === 'same' ? (
          <Same key={i} block={block} split={split} />
        ) : split ? (
          <div key={i} className="diff-change diff-split-rows">
            <div data-side="before">
              <Segments segments={block.before} />
            </div>
            <div data-side="after">
              <Segments segments={block.after} />
            </div>
          </div>
        ) : (
          <div key={i} className="diff-change">
            <Segments segments={block.inline} />
          </div>
        ),
      )}
    </div>
  );
}
