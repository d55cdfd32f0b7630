import { slug as githubSlug } from 'github-slugger';

/** A URL slug from a title: "Monitoring, drift & retraining" → "monitoring-drift-retraining". */
export function slugify(title: string): string {
  // Strip accents first so "Café naïve" becomes "cafe-naive", not "caf-nave".
  return githubSlug(title.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 100)
    .replace(/-$/, '');
}
