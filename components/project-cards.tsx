import Link from 'next/link';
import type { TProjectSummary } from '@/lib/projects/list-projects';

export function ProjectCards({ projects }: { projects: TProjectSummary[] }) {
  if (projects.length === 0) return <p className="empty">No projects yet.</p>;
  return (
    <div className="projects">
      {projects.map((p) => (
        <div key={p.id} className="card">
          <h3>
            <Link href={`/projects/${p.slug}`}>{p.name}</Link>
          </h3>
          {p.visibility === 'restricted' && <span className="badge draft">Restricted</span>}
          <p>{p.description.length > 180 ? `${p.description.slice(0, 177)}…` : p.description}</p>
          <div className="meta" style={{ marginTop: 8 }}>
            {p.documents} document{p.documents === 1 ? '' : 's'}
          </div>
        </div>
      ))}
    </div>
  );
}
