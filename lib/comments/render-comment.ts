import 'server-only';
import { Invalid } from '@/lib/errors';
import { renderMarkdown } from '@/lib/markdown/render-pool';

/**
 * A comment's Markdown through the page pipeline (sanitized with the same allowlist, wikilinks
 * resolved from the page's project). Headings are kept as text: a comment's headings must not
 * become anchors beside the page's own.
 */
export async function renderComment(body: string, projectSlug: string | undefined): Promise<string> {
  const rendered = await renderMarkdown(body, { from: projectSlug });
  if (!rendered.text.trim() && !/<img|<table|<pre/.test(rendered.html))
    throw new Invalid('Write something first.', { body: 'Write something first' });
  return rendered.html.replace(/<(h[1-6])([^>]*)\sid="[^"]*"/g, '<$1$2');
}
