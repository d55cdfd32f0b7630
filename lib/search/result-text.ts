// How search results are counted on the page. Pure, table-tested.
import { MAX_RESULTS } from './contract';

/**
 * "About 52,000 documents" when estimated, "1 document", "20 documents, newest first" without
 * words. An estimate no higher than the results read (shown as 1,001) says only what is known.
 */
export function totalText(total: number, approximate: boolean, hasWords: boolean): string {
  if (total === 0) return '';
  const order = hasWords ? '' : ', newest first';
  if (approximate && total <= MAX_RESULTS + 1) return `More than ${MAX_RESULTS.toLocaleString('en')} documents${order}`;
  return `${approximate ? 'About ' : ''}${total.toLocaleString('en')} ${total === 1 ? 'document' : 'documents'}${order}`;
}

/** A facet count: "~13,160" when estimated. */
export function countText(count: number, approximate: boolean): string {
  return `${approximate && count > 0 ? '~' : ''}${count.toLocaleString('en')}`;
}

/** Pages the pager offers: results past MAX_RESULTS are not paged (narrow the search instead). */
export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(Math.min(total, MAX_RESULTS) / perPage));
}
