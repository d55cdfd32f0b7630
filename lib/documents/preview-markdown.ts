import 'server-only';
import { markBrokenWikilinks } from '@/lib/markdown/mark-wikilinks';
import { render } from '@/lib/markdown/render';
import { resolveWikilinks } from './resolve-wikilinks';

/** The editor's live preview: the same pipeline and link resolution as the saved page. */
export async function previewMarkdown(body: string, projectSlug: string | null) {
  const rendered = render(body, { from: projectSlug ?? undefined });
  const targets = await resolveWikilinks(rendered.links, projectSlug);
  return { html: markBrokenWikilinks(rendered.html, (key) => Boolean(targets.get(key))) };
}
