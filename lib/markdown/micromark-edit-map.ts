// A linear EditMap.consume for micromark (micromark-util-edit-map 1.0.0, pinned).
//
// micromark's document tokenizer closes every list, block quote or other container with an edit
// near the end of the events seen so far, and `consume` copies the whole array to apply it: a
// page with many short lists (a runbook, a changelog) parses in time quadratic in its length —
// measured here, 156 KB of lists and paragraphs took 7.8 s, 2.3 s of it copying. This version
// keeps the untouched head in place and rebuilds only the tail after the first edit. Its output
// is the same array; render.test.ts compares it with the original on every golden fixture.
import { EditMap } from 'micromark-util-edit-map';

type TEvent = unknown;
type TChange = [at: number, remove: number, add: TEvent[]];
type TEditMapState = { map: TChange[]; index: Map<number, TChange> };

const original = EditMap.prototype.consume;

function consumeFromFirstEdit(this: TEditMapState, events: TEvent[]) {
  this.map.sort((a, b) => a[0] - b[0]);
  if (this.map.length === 0) return;
  // From the last edit backwards: keep what follows each edit, then what it adds, and cut the
  // array back to where it starts. What precedes the first edit never moves.
  const pieces: TEvent[][] = [];
  for (let i = this.map.length - 1; i >= 0; i--) {
    const [at, remove, add] = this.map[i]!;
    pieces.push(events.slice(at + remove), add);
    events.length = at;
  }
  for (let piece = pieces.pop(); piece; piece = pieces.pop()) {
    for (const event of piece) events.push(event);
  }
  this.map.length = 0;
  this.index.clear();
}

export function setLinearEditMap(on = true) {
  EditMap.prototype.consume = (on ? consumeFromFirstEdit : original) as typeof original;
}

setLinearEditMap();
