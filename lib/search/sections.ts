// The sections search indexes: the lead (before the first heading) and one per heading, each with
// the anchor the rendered page gives that heading — read from the one outline of a page
// (lib/markdown/outline.ts). Plain text only: Markdown syntax is stripped with a few cheap rules,
// because re-rendering every document would make a full reindex take minutes.
import { outline, plainText } from '@/lib/markdown/outline';

// `record`: set for a decision or lesson of the structured fields (see structured-sections.ts).
export type TSection = { anchor: string; heading: string; text: string; record?: 'decision' | 'lesson' };

/** Identifiers' parts as words: "fraud.scorer" and "models:/cnp-fraud/41" (the SQL function hindsight_split_identifiers). */
function splitIdentifiers(text: string): string {
  return text.replace(/([A-Za-z0-9])[./:]+(?=[A-Za-z0-9])/g, '$1 ');
}

/**
 * Markdown as text search reads it, cheaply: link and image targets and HTML tags removed (the
 * full-text parser skips the rest of the syntax), wikilinks reduced to their label.
 */
export function searchableText(markdown: string): string {
  return splitIdentifiers(
    markdown
      .replace(/\[\[([^\]|]+)\|([^\]]+)\]\]/g, '$2')
      .replace(/\[\[([^\]]+)\]\]/g, (_m, t: string) => t.slice(t.lastIndexOf('/') + 1))
      .replace(/\]\([^)]*\)/g, ']')
      .replace(/<[^>]{1,200}>/g, ' '),
  );
}

export function splitSections(markdown: string): TSection[] {
  return outline(markdown)
    .map((s) => ({ anchor: s.anchor, heading: s.heading, text: plainText(s.raw) }))
    .filter((s) => s.heading || s.text);
}
