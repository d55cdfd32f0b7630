// What changed between two Markdown texts, as blocks a page can show inline or side by side:
// lines first (fast on long pages), then words inside each changed stretch, with long unchanged
// stretches folded. Pure: the history compare page and the editor's conflict view share it.
import { diffLines, diffWordsWithSpace } from 'diff';

export type TSegment = { op: 'same' | 'ins' | 'del'; text: string };

export type TDiffBlock =
  /** Unchanged lines: `head` and `tail` shown around the fold, `hidden` folded away. */
  | { type: 'same'; head: string[]; hidden: string[]; tail: string[] }
  /** A changed stretch: every word in order, and what each side shows on its own. */
  | { type: 'change'; inline: TSegment[]; before: TSegment[]; after: TSegment[] };

/** Unchanged lines shown around a change; longer stretches fold the rest. */
const CONTEXT = 3;
/**
 * Time allowed for diffing (ms). A page rewritten throughout would otherwise take seconds; past
 * the budget a stretch is shown removed and added whole, which is still exact.
 */
const LINE_BUDGET_MS = 300;
const WORD_BUDGET_MS = 300;

function lines(value: string): string[] {
  const out = value.split('\n');
  if (out.at(-1) === '') out.pop();
  return out;
}

function sameBlock(all: string[], first: boolean, last: boolean): TDiffBlock {
  const keepHead = first ? 0 : CONTEXT;
  const keepTail = last ? 0 : CONTEXT;
  if (all.length <= keepHead + keepTail + 1) return { type: 'same', head: all, hidden: [], tail: [] };
  return {
    type: 'same',
    head: all.slice(0, keepHead),
    hidden: all.slice(keepHead, all.length - keepTail),
    tail: keepTail ? all.slice(-keepTail) : [],
  };
}

function changeBlock(removed: string, added: string, deadline: number): TDiffBlock {
  const left = deadline - performance.now();
  const words = removed && added && left > 5 ? diffWordsWithSpace(removed, added, { timeout: left }) : undefined;
  const inline: TSegment[] = words
    ? words.map((w) => ({ op: w.added ? 'ins' : w.removed ? 'del' : 'same', text: w.value }))
    : [...(removed ? [{ op: 'del' as const, text: removed }] : []), ...(added ? [{ op: 'ins' as const, text: added }] : [])];
  return {
    type: 'change',
    inline,
    before: inline.filter((s) => s.op !== 'ins'),
    after: inline.filter((s) => s.op !== 'del'),
  };
}

/** The blocks of a diff from `before` to `after`; an empty list when the texts are equal. */
export function diffBody(before: string, after: string): TDiffBlock[] {
  if (before === after) return [];
  const parts = diffLines(before, after, { timeout: LINE_BUDGET_MS });
  if (!parts) return [changeBlock(before, after, 0)];
  const deadline = performance.now() + WORD_BUDGET_MS;
  const blocks: TDiffBlock[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (!part.added && !part.removed) {
      blocks.push(sameBlock(lines(part.value), i === 0, i === parts.length - 1));
      continue;
    }
    // A removal followed by an addition is one changed stretch, diffed word by word.
    let removed = '';
    let added = '';
    if (part.removed) {
      removed = part.value;
      if (parts[i + 1]?.added) added = parts[++i]!.value;
    } else {
      added = part.value;
    }
    blocks.push(changeBlock(removed, added, deadline));
  }
  return blocks;
}

/** How many words were added and removed: the summary above a diff. */
export function countWords(blocks: TDiffBlock[]): { added: number; removed: number } {
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
  let added = 0;
  let removed = 0;
  for (const b of blocks) {
    if (b.type !== 'change') continue;
    for (const s of b.inline) {
      if (s.op === 'ins') added += words(s.text);
      if (s.op === 'del') removed += words(s.text);
    }
  }
  return { added, removed };
}
