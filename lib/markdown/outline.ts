// The one place that says where a page's headings and sections are. Everything that needs them —
// the search indexer (headings, sections for snippets), completeness (which sections have
// content) — reads them here. The rendered page's table of contents comes from the renderer's
// own pass (render.ts), and outline.test.ts holds this module to that on the golden fixtures.
//
// It is a line scanner rather than a full Markdown parse: the indexer reads every body on a full
// reindex, and parsing 100,000 bodies with remark costs minutes where this costs seconds
// (measured in outline.test.ts's note and bench/README.md). It follows the rules that matter for
// headings: ATX headings (#–######) up to three spaces in, not inside fenced code (``` or ~~~,
// closed only by a fence of the same character at least as long), anchors made the way
// rehype-slug makes them (github-slugger over every heading in order).
import GithubSlugger from 'github-slugger';

export type TOutlineSection = {
  /** 0 for the lead before the first heading, else the heading's level (1–6). */
  depth: number;
  heading: string;
  anchor: string;
  /** The section's Markdown, fence markers removed (the heading line itself excluded). */
  raw: string;
};

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
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

/** The lead and every heading's section, in order. */
export function outline(markdown: string): TOutlineSection[] {
  const slugger = new GithubSlugger();
  const sections: TOutlineSection[] = [];
  let current = { depth: 0, heading: '', anchor: '' };
  let lines: string[] = [];
  let fence: string | null = null;
  const close = () => sections.push({ ...current, raw: lines.join('\n') });
  for (const line of markdown.split(/\r?\n/)) {
    const f = FENCE.exec(line)?.[1];
    if (f && (!fence || (f[0] === fence[0] && f.length >= fence.length && line.trim() === f))) {
      fence = fence ? null : f;
      lines.push(line.replace(FENCE, ''));
      continue;
    }
    const h = fence ? null : HEADING.exec(line);
    if (!h) {
      lines.push(line);
      continue;
    }
    close();
    const heading = plainText(h[2] ?? '');
    current = { depth: h[1]!.length, heading, anchor: slugger.slug(heading) };
    lines = [];
  }
  close();
  return sections;
}

/** The text of every heading outside code blocks, in order. */
export function headingTexts(markdown: string): string[] {
  return outline(markdown)
    .filter((s) => s.depth > 0 && s.heading)
    .map((s) => s.heading);
}
