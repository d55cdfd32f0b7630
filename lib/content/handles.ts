// Handles name owners in content files (`owner: priya`). People imported from people.yml keep
// theirs; anyone else gets one made from the email address, unique within the export. Pure.

const clean = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .slice(0, 36) || 'person';

/** The handle an address would get: what an import also tries when no one holds a handle. */
export function handleFromEmail(email: string): string {
  return clean(email.split('@')[0] ?? '');
}

/** A handle for each person: their own where they have one, else from the email, never twice. */
export function assignHandles<T extends { id: string; handle: string | null; email: string }>(people: T[]): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set(people.flatMap((p) => (p.handle ? [p.handle] : [])));
  for (const p of people) {
    if (p.handle) {
      out.set(p.id, p.handle);
      continue;
    }
    const stem = handleFromEmail(p.email);
    let handle = stem;
    for (let n = 2; taken.has(handle); n++) handle = `${stem}-${n}`;
    taken.add(handle);
    out.set(p.id, handle);
  }
  return out;
}
