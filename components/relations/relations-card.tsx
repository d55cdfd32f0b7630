import Link from 'next/link';
import { RELATION_WORDS, RELATION_TYPES, type TRelationType } from '@/lib/relations/relation-types';
import type { TIncoming, TOutgoing } from '@/lib/relations/list-relations';
import { supersedesWords } from '@/lib/relations/field-relations';

const byType = <T extends { type: TRelationType }>(rows: T[]) =>
  RELATION_TYPES.map((type) => [type, rows.filter((r) => r.type === type)] as const).filter(([, group]) => group.length > 0);

/** A page's typed relations, both ends: what it relates to, and what relates to it. */
export function RelationsCard({ outgoing, incoming }: { outgoing: TOutgoing[]; incoming: TIncoming[] }) {
  if (outgoing.length === 0 && incoming.length === 0) return null;
  return (
    <section className="card" aria-labelledby="relations" data-testid="relations">
      <h2 id="relations" className="section-title">
        Relations
      </h2>
      <dl className="relation-list">
        {byType(outgoing).map(([type, group]) => (
          <div key={`out-${type}`}>
            <dt>{RELATION_WORDS[type].out}</dt>
            {group.map((r, i) => (
              <dd key={i}>
                {r.target ? <Link href={r.target.path}>{r.target.title}</Link> : <span title="No page has this name yet">{r.name}</span>}
                {r.version && <span className="meta"> · version {r.version}</span>}
                {type === 'supersedes' && (
                  <div className="meta">
                    “{supersedesWords(r.detail).later}” replaces “{supersedesWords(r.detail).earlier}”
                  </div>
                )}
              </dd>
            ))}
          </div>
        ))}
        {byType(incoming).map(([type, group]) => (
          <div key={`in-${type}`}>
            <dt>{RELATION_WORDS[type].in}</dt>
            {group.map((r, i) => (
              <dd key={i}>
                <Link href={r.source.path}>{r.source.title}</Link>
                {r.version && <span className="meta"> · version {r.version}</span>}
                {type === 'supersedes' && (
                  <div className="meta">
                    “{supersedesWords(r.detail).earlier}” is replaced by “{supersedesWords(r.detail).later}”
                  </div>
                )}
              </dd>
            ))}
          </div>
        ))}
      </dl>
    </section>
  );
}
