import { slug as githubSlug } from 'github-slugger';

/** A URL slug from a title: "Monitoring, drift & retraining" → "monitoring-drift-retraining". */
export function slugify(title: string): string {
  return githubSlug(title)
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 100)
    .replace(/-$/, '');
}
