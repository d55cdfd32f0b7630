// Filter values as words in one array column, indexed with the full text in one GIN index: a
// search for "registry" in one project and kind intersects the three inside the index instead
// of reading every "registry" document to test its project. Pure, table-tested.
import type { TSearchRecord } from '../contract';

export const KEY = {
  kind: (v: string) => `k:${v}`,
  project: (v: string) => `p:${v}`,
  owner: (v: string) => `o:${v}`,
  jobRole: (v: string) => `r:${v}`,
  status: (v: string) => `s:${v}`,
  tag: (v: string) => `t:${v}`,
};

/** The keys a document is filtered by (the migration that added them writes the same). */
export function recordKeys(r: Pick<TSearchRecord, 'kind' | 'project' | 'owner' | 'jobRole' | 'status' | 'tags'>): string[] {
  return [
    KEY.kind(r.kind),
    KEY.status(r.status),
    KEY.owner(r.owner),
    KEY.jobRole(r.jobRole),
    ...(r.project ? [KEY.project(r.project)] : []),
    ...r.tags.map(KEY.tag),
  ];
}
