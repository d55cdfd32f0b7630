import type { ReactNode } from 'react';
import { formatDay } from '@/components/relative-date';

/** A GET form of filters: the fields go in the URL, so a filtered view can be shared. */
export function FilterForm({ children }: { children: ReactNode }) {
  return (
    <form className="form card filter-form" method="get">
      {children}
      <button type="submit" className="primary">
        Filter
      </button>
    </form>
  );
}

export function ProjectFilter({ projects, value }: { projects: { slug: string; name: string }[]; value?: string }) {
  return (
    <label>
      Project
      <select name="project" defaultValue={value ?? ''}>
        <option value="">All projects</option>
        {projects.map((p) => (
          <option key={p.slug} value={p.slug}>
            {p.name}
          </option>
        ))}
      </select>
    </label>
  );
}

// Dates typed as the pages show them (ISO), whatever the browser's locale would make of a date input.
const dayInput = { type: 'text', inputMode: 'numeric', placeholder: 'YYYY-MM-DD', pattern: '\\d{4}-\\d{2}-\\d{2}', maxLength: 10 } as const;

export function DateRangeFilter({ from, to }: { from?: Date; to?: Date }) {
  return (
    <>
      <label>
        From
        <input {...dayInput} name="from" defaultValue={formatDay(from)} />
      </label>
      <label>
        To
        <input {...dayInput} name="to" defaultValue={formatDay(to)} />
      </label>
    </>
  );
}
