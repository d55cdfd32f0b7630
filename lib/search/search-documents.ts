import 'server-only';
import { Forbidden, Unavailable } from '@/lib/errors';
import { logger } from '@/lib/observability/logger';
import { metrics } from '@/lib/observability/metrics';
import type { TActor } from '@/lib/policies/can';
import { ZSearchQuery, type TSearchResult } from './contract';
import { searchEngine } from './engine';

/**
 * What the search page and the palette call: any query shape is read into a valid one (bad
 * parts fall back to defaults), and an engine that is down becomes a clear 503, never a 500.
 */
export async function searchDocuments(actor: TActor, raw: unknown): Promise<TSearchResult> {
  // The search indexes hold team-wide pages for everyone; a project's service token reads its
  // project only, through the document list.
  if (actor.confinedTo)
    throw new Forbidden('A service token reads its own project only: use GET /api/v1/documents?project=… instead of search.');
  const query = ZSearchQuery.parse(raw ?? {});
  const engine = searchEngine();
  const stop = metrics().search.startTimer({ engine: engine.name });
  try {
    const result = await engine.search(actor, query);
    stop({ outcome: 'ok' });
    return result;
  } catch (err) {
    stop({ outcome: 'error' });
    logger.error({ err, engine: engine.name }, 'search failed');
    throw new Unavailable('Search is unavailable right now. Pages and lists still work; try again in a minute.');
  }
}
