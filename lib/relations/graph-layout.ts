// Where the graph view draws each page: one column per kind, in the order data flows (datasets,
// model cards, runbooks, retrospectives, practices), pages stacked by title. Pure.

export const NODE = { width: 210, height: 34, gapX: 90, gapY: 22, pad: 24 };
const COLUMNS = ['dataset', 'model_card', 'runbook', 'retrospective', 'practice'];

type TNode = { id: string; kind: string; title: string };
export type TPlaced = { x: number; y: number };

export function layoutGraph(nodes: TNode[]) {
  const kinds = COLUMNS.filter((k) => nodes.some((n) => n.kind === k));
  const at = new Map<string, TPlaced>();
  let rows = 0;
  kinds.forEach((kind, column) => {
    const inColumn = nodes.filter((n) => n.kind === kind).sort((a, b) => a.title.localeCompare(b.title));
    inColumn.forEach((n, row) =>
      at.set(n.id, { x: NODE.pad + column * (NODE.width + NODE.gapX), y: NODE.pad + 24 + row * (NODE.height + NODE.gapY) }),
    );
    rows = Math.max(rows, inColumn.length);
  });
  return {
    at,
    columns: kinds.map((kind, column) => ({ kind, x: NODE.pad + column * (NODE.width + NODE.gapX) })),
    width: NODE.pad * 2 + Math.max(1, kinds.length) * NODE.width + Math.max(0, kinds.length - 1) * NODE.gapX,
    height: NODE.pad * 2 + 24 + rows * (NODE.height + NODE.gapY),
  };
}

/**
 * An edge from one box to another: out of the side facing the target, a smooth curve in. An edge
 * that skips a column runs under the boxes between, bottom to bottom, through the gap below them.
 */
export function edgePath(from: TPlaced, to: TPlaced): string {
  if (Math.abs(to.x - from.x) > NODE.width + NODE.gapX) {
    const [sx, tx] = [from.x + NODE.width / 2, to.x + NODE.width / 2];
    const [sy, ty] = [from.y + NODE.height, to.y + NODE.height];
    const dip = Math.max(sy, ty) + NODE.gapY - 4;
    return `M ${sx} ${sy} C ${sx} ${dip}, ${tx} ${dip}, ${tx} ${ty}`;
  }
  const forward = to.x >= from.x;
  const x1 = forward ? from.x + NODE.width : from.x;
  const x2 = forward ? to.x : to.x + NODE.width;
  const sameColumn = from.x === to.x;
  const [y1, y2] = [from.y + NODE.height / 2, to.y + NODE.height / 2];
  if (sameColumn) {
    const bend = from.x + NODE.width + 40;
    return `M ${from.x + NODE.width} ${y1} C ${bend} ${y1}, ${bend} ${y2}, ${to.x + NODE.width} ${y2}`;
  }
  const mid = (x1 + x2) / 2;
  return `M ${x1} ${y1} C ${mid} ${y1}, ${mid} ${y2}, ${x2} ${y2}`;
}
