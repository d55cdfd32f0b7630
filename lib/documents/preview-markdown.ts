import 'server-only';
import type { TActor } from '@/lib/policies/can';
import { markBrokenWikilinks } from '@/lib/markdown/mark-wikilinks';
import { renderMarkdown } from '@/lib/markdown/render-pool';
import { resolveWikilinks } from './resolve-wikilinks';

/** The editor's live preview: the same pipeline and link resolution as the saved page. */
export async function previewMarkdown(actor: TActor, body: string, projectSlug: string | null) {
  const rendered = await renderMarkdown(body, { from: projectSlug ?? undefined });
  const targets = await resolveWikilinks(actor, rendered.links, projectSlug);
  return { html: markBrokenWikilinks(rendered.html, (key) => Boolean(targets.get(key))) };
}
