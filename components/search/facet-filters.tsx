import Link from 'next/link';
import { JOB_ROLE_LABEL } from '@/lib/users/schemas';
import { KIND_INFO, type TKind } from '@/lib/kinds/kinds';
import type { TFacet, TFacetCounts } from '@/lib/search/contract';
import { countText } from '@/lib/search/result-text';
import { isOn, toggleHref } from '@/lib/search/search-params';

type TParams = Record<string, string | string[] | undefined>;

const TITLES: Record<TFacet, string> = {
  kind: 'Kind',
  project: 'Project',
  tags: 'Tags',
  owner: 'Owner',
  jobRole: 'Owner’s role',
  status: 'Status',
  needsReview: 'Review',
};

function label(facet: TFacet, value: string, given?: string): string {
  if (given) return given;
  if (facet === 'kind') return KIND_INFO[value as TKind]?.label ?? value;
  if (facet === 'jobRole') return JOB_ROLE_LABEL[value as keyof typeof JOB_ROLE_LABEL] ?? value;
  if (facet === 'status') return value === 'draft' ? 'Draft' : 'Published';
  if (facet === 'needsReview') return value === 'true' ? 'Needs review' : 'Up to date';
  return value;
}

/** Facet filters with counts (estimates, marked "~", when matches are very many); each value is a link that switches it on or off. */
export function FacetFilters({ facets, params, approximate = false }: { facets: TFacetCounts; params: TParams; approximate?: boolean }) {
  const order: TFacet[] = ['kind', 'project', 'tags', 'owner', 'jobRole', 'needsReview', 'status'];
  return (
    <nav aria-label="Filters" className="facets">
      {order.map((facet) => {
        // A selected value stays visible (to switch it off) even when nothing else matches.
        const selected = ([] as string[]).concat(params[facet] ?? []);
        const values = [...facets[facet]];
        for (const s of selected) if (!values.some((v) => v.value === s)) values.push({ value: s, count: 0 });
        if (values.length === 0) return null;
        return (
          <section key={facet} data-testid={`facet-${facet}`}>
            <h2 className="section-title">{TITLES[facet]}</h2>
            <ul>
              {values.map((v) => {
                const on = isOn(params, facet, v.value);
                return (
                  <li key={v.value}>
                    <Link
                      href={toggleHref(params, facet, v.value)}
                      aria-current={on ? 'true' : undefined}
                      className={on ? 'on' : undefined}
                    >
                      <span className="check-box" aria-hidden="true">
                        {on ? '✓' : ''}
                      </span>
                      {label(facet, v.value, v.label)}{' '}
                      <span className="count" title={approximate ? 'Estimated' : undefined}>
                        {countText(v.count, approximate)}
                      </span>
                    </Link>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}
