import Link from 'next/link';
import { KIND_INFO, type TKind } from '@/lib/kinds/kinds';
import { edgePath, layoutGraph, NODE } from '@/lib/relations/graph-layout';
import type { TGraphEdge, TGraphNode } from '@/lib/relations/project-graph';
import { RELATION_WORDS } from '@/lib/relations/relation-types';

const short = (s: string, n = 28) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const kindPlural = (kind: string) => KIND_INFO[kind as TKind]?.plural ?? kind;

/**
 * A project's pages and relations as a server-rendered SVG (links work without JavaScript), with
 * the same relations as a list, which is what screen readers read.
 */
export function ProjectGraph({ nodes, edges }: { nodes: TGraphNode[]; edges: TGraphEdge[] }) {
  const { at, columns, width, height } = layoutGraph(nodes);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return (
    <>
      <div className="card graph" style={{ overflowX: 'auto' }} aria-hidden="true">
        <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} data-testid="project-graph" focusable="false">
          <defs>
            <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M 0 0 L 10 5 L 0 10 z" fill="#6b7280" />
            </marker>
          </defs>
          {columns.map((c) => (
            <text key={c.kind} x={c.x} y={NODE.pad + 10} fontSize="12" fontWeight="600" fill="#374151">
              {kindPlural(c.kind)}
            </text>
          ))}
          {edges.map((e, i) => {
            const [from, to] = [at.get(e.from), at.get(e.to)];
            if (!from || !to) return null;
            return (
              <path key={i} d={edgePath(from, to)} fill="none" stroke="#9ca3af" strokeWidth="1.5" markerEnd="url(#arrow)">
                <title>{RELATION_WORDS[e.type].out}</title>
              </path>
            );
          })}
          {nodes.map((n) => {
            const p = at.get(n.id);
            if (!p) return null;
            return (
              <a key={n.id} href={n.path} tabIndex={-1}>
                <rect
                  x={p.x}
                  y={p.y}
                  width={NODE.width}
                  height={NODE.height}
                  rx="6"
                  fill={n.outside ? '#f9fafb' : '#eef2ff'}
                  stroke={n.outside ? '#9ca3af' : '#6366f1'}
                  strokeDasharray={n.outside ? '4 3' : undefined}
                />
                <text x={p.x + 10} y={p.y + NODE.height / 2 + 4} fontSize="12" fill="#111827">
                  {short(n.title)}
                </text>
                <title>{n.outside ? `${n.title} (another project or team-wide)` : n.title}</title>
              </a>
            );
          })}
        </svg>
      </div>
      <section aria-labelledby="graph-list" style={{ marginTop: 16 }}>
        <h2 id="graph-list" className="section-title">
          Relations ({edges.length})
        </h2>
        {edges.length === 0 ? (
          <p className="empty">No relations yet. Model cards name their datasets; runbooks and retrospectives name their models.</p>
        ) : (
          <ul className="doc-list" data-testid="graph-relations">
            {edges.map((e, i) => {
              const [from, to] = [byId.get(e.from)!, byId.get(e.to)!];
              return (
                <li key={i}>
                  <Link href={from.path}>{from.title}</Link> — {RELATION_WORDS[e.type].out.toLowerCase()} →{' '}
                  <Link href={to.path}>{to.title}</Link>
                  {e.version && <span className="meta"> · version {e.version}</span>}
                  {to.outside && <span className="meta"> · outside this project</span>}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </>
  );
}
