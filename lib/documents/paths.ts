// Document URLs: /w/<project slug>/<slug>, or /w/_/<slug> for documents outside any project.
export const NO_PROJECT = '_';

export function spaceOf(projectSlug: string | null | undefined): string {
  return projectSlug ?? NO_PROJECT;
}

export function documentPath(projectSlug: string | null | undefined, slug: string): string {
  return `/w/${spaceOf(projectSlug)}/${slug}`;
}
