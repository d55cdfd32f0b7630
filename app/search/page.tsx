import Link from 'next/link';
import { FacetFilters } from '@/components/search/facet-filters';
import { SearchHits } from '@/components/search/search-hits';
import { currentUser } from '@/lib/auth/current-user';
import { DomainError } from '@/lib/errors';
import { MAX_RESULTS, ZSearchQuery, type TSearchResult } from '@/lib/search/contract';
import { pageCount, totalText } from '@/lib/search/result-text';
import { queryFromParams, withParams } from '@/lib/search/search-params';
import { searchDocuments } from '@/lib/search/search-documents';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Search' };

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchPage({ searchParams }: TProps) {
  const user = await currentUser();
  const params = await searchParams;
  const raw = queryFromParams(params);
  const query = ZSearchQuery.parse(raw);
  let result: TSearchResult | null = null;
  let problem = '';
  try {
    result = await searchDocuments(user, raw);
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    problem = err.message;
  }
  const pages = result ? pageCount(result.total, query.perPage) : 1;
  const filtered = ['kind', 'project', 'tags', 'owner', 'jobRole', 'status', 'needsReview'].some((k) => params[k] !== undefined);
  return (
    <>
      <h1 className="page-title">Search</h1>
      <form action="/search" className="search-form" role="search">
        <input
          type="search"
          name="q"
          defaultValue={query.q}
          placeholder="drift thresholds, label definition, rollback…"
          aria-label="Search"
          maxLength={200}
          autoFocus
        />
        <select name="sort" defaultValue={query.sort} aria-label="Sort">
          <option value="relevance">Most relevant</option>
          <option value="recent">Recently updated</option>
        </select>
        <button type="submit" className="primary">
          Search
        </button>
      </form>
      {problem && (
        <div className="alert" role="alert">
          {problem}
        </div>
      )}
      {result && (
        <div className="search-layout">
          <FacetFilters facets={result.facets} params={params} approximate={result.approximate === true} />
          <div>
            {result.correctedQuery && (
              <p className="alert info" data-testid="corrected">
                Showing results for <strong>{result.correctedQuery}</strong>. No results for “{query.q}”.
              </p>
            )}
            {result.someWords && (
              <p className="alert info" data-testid="some-words">
                No page has all of these words; these pages have some of them.
              </p>
            )}
            <p className="meta" data-testid="search-total">
              {totalText(result.total, result.approximate === true, query.q.trim() !== '')}
            </p>
            {result.total === 0 ? (
              <div className="empty" data-testid="search-empty">
                <p>
                  No documents match {query.q ? <>“{query.q}”</> : 'these filters'}
                  {filtered ? ' with these filters' : ''}.
                </p>
                <p className="meta">
                  Try fewer or different words
                  {filtered ? (
                    <>
                      , or <Link href={withParams({ q: query.q }, {})}>clear the filters</Link>
                    </>
                  ) : (
                    ''
                  )}
                  . Search reads titles, headings, tags, structured fields and text, and knows synonyms such as drift ↔ data shift.
                </p>
              </div>
            ) : (
              <SearchHits hits={result.hits} />
            )}
            {pages > 1 && (
              <nav className="pager" aria-label="Pages">
                {query.page > 1 && <Link href={withParams(params, { page: String(query.page - 1) })}>← Previous</Link>}
                <span>
                  Page {query.page} of {pages}
                </span>
                {query.page < pages && <Link href={withParams(params, { page: String(query.page + 1) })}>Next →</Link>}
              </nav>
            )}
            {result.total > MAX_RESULTS && query.page >= pages && (
              <p className="meta" data-testid="search-limit">
                Only the first {MAX_RESULTS.toLocaleString('en')} results can be paged through. Add words or filters to narrow the search.
              </p>
            )}
          </div>
        </div>
      )}
    </>
  );
}
