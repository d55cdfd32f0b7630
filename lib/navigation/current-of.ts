// Where the reader is, from the path alone: which link is the page itself, which the section it
// belongs to, and which project's documents the sidebar should open.

/** aria-current for a link: "page" on the page itself, "true" on the section holding it. */
export function currentOf(href: string, path: string, exact = false): 'page' | 'true' | undefined {
  if (path === href) return 'page';
  if (exact || href === '/') return undefined;
  return path.startsWith(`${href}/`) ? 'true' : undefined;
}

/** The project (by slug), or NO_PROJECT ('_'), a path belongs to, or null for pages outside projects. */
export function spaceOfPath(path: string): string | null {
  const [first, second] = path.split('/').filter(Boolean);
  if (first === 'w' && second) return second;
  if (first === 'projects' && second && second !== 'new') return second;
  return null;
}

/** The cookie that remembers a collapsed sidebar (wide screens), read by the root layout. */
export const SIDEBAR_COOKIE = 'hs_sidebar';
