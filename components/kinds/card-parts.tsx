// Pieces the kind cards share: lists, safe links, links to other pages by title, decisions.
import type { ReactNode } from 'react';
import { formatDay } from '@/components/relative-date';
import { isWebLink, type TDecision } from '@/lib/kinds/common';

export const day = (d?: Date | null) => formatDay(d, '—');

export function Items({ title, items, ordered }: { title: string; items: string[]; ordered?: boolean }) {
  if (items.length === 0) return null;
  const list = items.map((item, i) => <li key={i}>{item}</li>);
  return (
    <>
      <h3>{title}</h3>
      {ordered ? <ol>{list}</ol> : <ul>{list}</ul>}
    </>
  );
}

/** A user-typed link: clickable only for web addresses and site paths, otherwise shown as text. */
export function SafeLink({ href, children }: { href: string; children?: ReactNode }) {
  const label = children ?? href;
  if (isWebLink(href)) return <a href={href}>{label}</a>;
  return href && !children ? <code>{href}</code> : <>{label}</>;
}

/** A link to another page by title or slug, resolved like a [[wikilink]] when followed. */
export function PageLink({ to, from }: { to: string; from: string | null }) {
  const query = new URLSearchParams({ to, ...(from ? { from } : {}) });
  return <a href={`/go?${query}`}>{to}</a>;
}

export function Section({ id, title, show, children }: { id: string; title: string; show: boolean; children: ReactNode }) {
  if (!show) return null;
  return (
    <>
      <h2 id={id}>{title}</h2>
      {children}
    </>
  );
}

export function DecisionsTable({ decisions }: { decisions: TDecision[] }) {
  return (
    <Section id="decisions" title="Decisions" show={decisions.length > 0}>
      <table>
        <thead>
          <tr>
            <th>Decision</th>
            <th>Alternatives</th>
            <th>Rationale and evidence</th>
            <th>Decided by</th>
            <th>Date</th>
          </tr>
        </thead>
        <tbody>
          {decisions.map((d, i) => (
            <tr key={i}>
              <td>
                {d.decision}
                {d.modelVersion && <div className="muted">{d.modelVersion}</div>}
                {d.supersedes && (
                  <div className="muted">
                    Supersedes “{d.supersedes}”{d.supersedesPage ? ` (${d.supersedesPage})` : ''}
                  </div>
                )}
              </td>
              <td>{d.alternatives || '—'}</td>
              <td>
                {d.rationale}
                {d.evidence && <div className="muted">Evidence: {d.evidence}</div>}
              </td>
              <td>{d.decidedBy}</td>
              <td className="nowrap">{day(d.date)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}
