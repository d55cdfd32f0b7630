// The search page keeps its whole state in the URL (shareable, back-button friendly). These
// read it into a query and write links that change one thing. Pure.
import type { TFacet } from './contract';

type TParams = Record<string, string | string[] | undefined>;
const MULTI = ['kind', 'project', 'tags', 'owner', 'jobRole'] as const;

const all = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** URL parameters to the raw query ZSearchQuery reads. */
export function queryFromParams(params: TParams): Record<string, unknown> {
  const raw: Record<string, unknown> = { q: all(params.q)[0] ?? '', sort: all(params.sort)[0], page: all(params.page)[0] };
  for (const key of MULTI) if (all(params[key]).length) raw[key] = all(params[key]);
  const status = all(params.status)[0];
  if (status) raw.status = status;
  const review = all(params.needsReview)[0];
  if (review === 'true' || review === 'false') raw.needsReview = review === 'true';
  return raw;
}

/** The search URL with one facet value switched on or off (back to page 1). */
export function toggleHref(params: TParams, facet: TFacet, value: string): string {
  const next = new URLSearchParams();
  for (const [key, v] of Object.entries(params)) for (const x of all(v)) if (key !== 'page') next.append(key, x);
  const single = facet === 'status' || facet === 'needsReview';
  const on = all(params[facet]).includes(value);
  if (single) next.delete(facet);
  else if (on) {
    const rest = next.getAll(facet).filter((x) => x !== value);
    next.delete(facet);
    for (const x of rest) next.append(facet, x);
  }
  if (!on) next.append(facet, value);
  return `/search?${next}`;
}

/** The search URL with other parameters replaced (page, sort, a corrected query...). */
export function withParams(params: TParams, changes: Record<string, string | null>): string {
  const next = new URLSearchParams();
  for (const [key, v] of Object.entries(params)) for (const x of all(v)) if (!(key in changes)) next.append(key, x);
  for (const [key, v] of Object.entries(changes)) if (v !== null) next.set(key, v);
  return `/search?${next}`;
}

export function isOn(params: TParams, facet: TFacet, value: string): boolean {
  return all(params[facet]).includes(value);
}
