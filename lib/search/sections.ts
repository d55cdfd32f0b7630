// Splits Markdown into the sections search indexes: the lead (before the first heading) and one
// per heading, each with the anchor the rendered page gives that heading (rehype-slug uses
// github-slugger over every heading in order, as this does). Plain text only: Markdown syntax is
// stripped with a few cheap rules, because re-rendering every document would make a full
// reindex take minutes.
import GithubSlugger from 'github-slugger';

export type TSection = { anchor: string; heading: string; text: string };

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

export function splitSections(markdown: string): TSection[] {
  const slugger = new GithubSlugger();
  const sections: TSection[] = [];
  let current: TSection = { anchor: '', heading: '', text: '' };
  let lines: string[] = [];
  let fence: string | null = null;
  const close = () => {
    current.text = plainText(lines.join('\n'));
    if (current.heading || current.text) sections.push(current);
  };
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
    const anchor = slugger.slug(heading);
    // rehype-slug gives every heading an id, but pages link only h1-h4 in their contents.
    current = { anchor, heading, text: '' };
    lines = [];
  }
  close();
  return sections;
}
