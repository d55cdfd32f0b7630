// Splits Markdown into the sections search indexes: the lead (before the first heading) and one
// per heading, each with the anchor the rendered page gives that heading (rehype-slug uses
// github-slugger over every heading in order, as this does). Plain text only: Markdown syntax is
// stripped with a few cheap rules, because re-rendering every document would make a full
// reindex take minutes.
import GithubSlugger from 'github-slugger';

// `record`: set for a decision or lesson of the structured fields (see structured-sections.ts).
export type TSection = { anchor: string; heading: string; text: string; record?: 'decision' | 'lesson' };

const HEADING = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Markdown inline syntax to the text a reader sees. */
export function plainText(md: string): string {
  return md
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[\[([^\]|]+)\|([^\]]+)\]\]/g, '$2')
    .replace(/\[\[([^\]]+)\]\]/g, (_m, t: string) => t.slice(t.lastIndexOf('/') + 1))
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]{1,200}>/g, ' ')
    .replace(/(\*\*|__|~~|`)/g, '')
    .replace(/(^|[\s(])[*_]([^*_\n]+)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '')
    .replace(/^\s*>\s?/gm, '')
    .replace(/^\s*\|?\s*:?-{2,}.*$/gm, '')
    .replace(/\|/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/**
 * Markdown as text search reads it, cheaply: link and image targets and HTML tags removed (the
 * full-text parser skips the rest of the syntax), wikilinks reduced to their label.
 */
export function searchableText(markdown: string): string {
  return markdown
    .replace(/\[\[([^\]|]+)\|([^\]]+)\]\]/g, '$2')
    .replace(/\[\[([^\]]+)\]\]/g, (_m, t: string) => t.slice(t.lastIndexOf('/') + 1))
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<[^>]{1,200}>/g, ' ');
}

/** The text of every heading outside code blocks, in order. */
export function headingTexts(markdown: string): string[] {
  return rawSections(markdown)
    .map((s) => s.heading)
    .filter(Boolean);
}

/** A section before its Markdown is made plain: `raw` is its Markdown, fence markers removed. */
export type TRawSection = { anchor: string; heading: string; raw: string };

/** The sections as Markdown (cheap: no inline rules run), for picking one before making it plain. */
export function rawSections(markdown: string): TRawSection[] {
  const slugger = new GithubSlugger();
  const sections: TRawSection[] = [];
  let current = { anchor: '', heading: '' };
  let lines: string[] = [];
  let fence: string | null = null;
  const close = () => sections.push({ ...current, raw: lines.join('\n') });
  for (const line of markdown.split('\n')) {
    const f = FENCE.exec(line);
    if (f) {
      if (!fence) fence = f[1]![0]!;
      else if (f[1]![0] === fence) fence = null;
      lines.push(line.replace(FENCE, ''));
      continue;
    }
    const h = fence ? null : HEADING.exec(line);
    if (!h) {
      lines.push(line);
      continue;
    }
    close();
    const heading = plainText(h[2]!);
    // rehype-slug gives every heading an id, but pages link only h1-h4 in their contents.
    current = { anchor: slugger.slug(heading), heading };
    lines = [];
  }
  close();
  return sections;
}

export function splitSections(markdown: string): TSection[] {
  return rawSections(markdown)
    .map((s) => ({ anchor: s.anchor, heading: s.heading, text: plainText(s.raw) }))
    .filter((s) => s.heading || s.text);
}
