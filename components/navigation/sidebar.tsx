import { sessionUser } from '@/lib/auth/current-user';
import { NO_PROJECT } from '@/lib/documents/paths';
import { KIND_INFO, KINDS } from '@/lib/kinds/kinds';
import { sidebarTree, type TSidebarGroup } from '@/lib/navigation/sidebar-tree';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { currentOf, spaceOfPath } from '@/lib/navigation/current-of';

// The left sidebar, rendered on the server for the path being shown (the @sidebar slot passes
// it): the wiki's sections, the projects, and the current project's documents grouped by kind.
// The link for the page being read carries aria-current="page"; the section it sits in "true".
// Its links are plain anchors, not next/link: some fifty of those cost every page a client
// component each (rendered, sent and hydrated) and a prefetch each. One listener
// (SidebarToggle) moves between pages without reloading when a link is clicked.

const SECTIONS = [
  { href: '/', label: 'Home' },
  ...KINDS.map((k) => ({ href: `/${KIND_INFO[k].segment}`, label: KIND_INFO[k].plural })),
  { href: '/decisions', label: 'Decisions' },
  { href: '/lessons', label: 'Lessons' },
  { href: '/action-items', label: 'Action items' },
  { href: '/needs-review', label: 'Needs review' },
  { href: '/search', label: 'Search' },
];

export async function Sidebar({ path }: { path: string }) {
  const user = await sessionUser();
  if (!user) return null;
  const space = spaceOfPath(path);
  const tree = await sidebarTree(user, space);
  const sections = [...SECTIONS, ...(user.role === 'admin' ? [{ href: '/admin/users', label: 'Admin' }] : [])];
  const link = (href: string, label: string, exact = false) => (
    <a href={href} aria-current={currentOf(href, path, exact)}>
      {label}
    </a>
  );
  return (
    <nav className="sidebar" id="sidebar" aria-label="Main" data-path={path || undefined}>
      <ul className="sidebar-links">
        {sections.map((s) => (
          <li key={s.href}>{link(s.href, s.label)}</li>
        ))}
      </ul>
      <h2 className="sidebar-heading">{link('/projects', 'Projects', true)}</h2>
      <ul className="sidebar-projects">
        {tree.projects.map((p) => (
          <li key={p.slug}>
            {/* A project's pages live under /w/<project>/, so it is their section too. */}
            <a
              href={`/projects/${p.slug}`}
              aria-current={currentOf(`/projects/${p.slug}`, path) ?? (space === p.slug ? 'true' : undefined)}
            >
              {p.name}
            </a>
            {p.restricted && <span className="sr-only"> (restricted)</span>}
            {tree.current?.space === p.slug && <Groups space={p.slug} groups={tree.current.groups} path={path} />}
          </li>
        ))}
        {tree.current?.space === NO_PROJECT && (
          <li>
            <span className="sidebar-loose">Outside any project</span>
            <Groups space={NO_PROJECT} groups={tree.current.groups} path={path} />
          </li>
        )}
      </ul>
      <ul className="sidebar-links narrow-only">
        <li>{link('/account', 'Account')}</li>
        <li>
          <SignOutButton />
        </li>
      </ul>
    </nav>
  );
}

function Groups({ space, groups, path }: { space: string; groups: TSidebarGroup[]; path: string }) {
  return (
    <div className="sidebar-tree">
      {groups.map((g) => (
        <details key={g.kind} open>
          <summary>
            {KIND_INFO[g.kind].plural} <span className="count">{g.total}</span>
          </summary>
          <ul>
            {g.docs.map((d) => (
              <li key={d.path}>
                <a href={d.path} aria-current={currentOf(d.path, path)}>
                  {d.title}
                  {d.draft && <span className="badge draft">Draft</span>}
                </a>
              </li>
            ))}
            {g.total > g.docs.length && (
              <li>
                <a className="more" href={space === NO_PROJECT ? `/${KIND_INFO[g.kind].segment}` : `/projects/${space}#kind-${g.kind}`}>
                  All {g.total} {KIND_INFO[g.kind].plural.toLowerCase()}
                </a>
              </li>
            )}
          </ul>
        </details>
      ))}
    </div>
  );
}
