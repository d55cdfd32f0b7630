// JSON that is the same for equal values: object keys sorted, undefined left out, dates as
// JSON writes them. For comparing and hashing what was stored (jsonb keeps its own key order). Pure.

/** JSON with object keys sorted, so equal values hash equally whatever order they were built in. */
export function stableJson(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
