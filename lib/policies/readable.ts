// A value that went through the access rule. Functions that read things belonging to a project
// (revisions, sources, verifications, members) take a TReadable, which only the scoped loaders
// of lib/policies and queries scoped by visibleSql produce; a bare id cannot reach them.
declare const READABLE: unique symbol;
export type TReadable<T> = T & { readonly [READABLE]: true };

/**
 * Marks `value` as read under the reader's access rule. Only for lib/policies and for queries
 * scoped with visibleSql/visibleDocuments (a test lists the files allowed to call it).
 */
export function asReadable<T extends object>(value: T): TReadable<T> {
  return value as TReadable<T>;
}
