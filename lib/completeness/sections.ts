// Which Markdown sections have real content: a heading followed by more than an empty outline
// (blank lines, table headers and empty rows, bare list markers, "Label:" with nothing after it).
// The sections are the page's outline (lib/markdown/outline.ts): a "# comment" inside a code
// block is code, not a heading.
import { outline } from '@/lib/markdown/outline';

const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}/;
const EMPTY = /^\s*(?:[-*+]|\d+\.)?\s*(?:\*\*[^*]*:\*\*|[^:|]*:)?\s*$/;

function isContent(line: string): boolean {
  if (line.trim().startsWith('|')) return line.replace(/[|\s:-]/g, '') !== '';
  return !EMPTY.test(line);
}

export function filledSections(markdown: string): Map<string, boolean> {
  const lines = new Map<string, string[]>();
  // Headings up to level 4 name sections; deeper ones belong to the section above them.
  let current: string[] | null = null;
  for (const section of outline(markdown)) {
    if (section.depth >= 1 && section.depth <= 4 && section.heading) {
      const name = section.heading.toLowerCase();
      current = lines.get(name) ?? [];
      lines.set(name, current);
    } else if (section.depth > 4 && current) {
      current.push(section.heading);
    }
    if (!current) continue;
    for (const line of section.raw.split('\n')) {
      if (TABLE_SEPARATOR.test(line) && line.includes('-')) {
        // The row above a separator is the table's header, not content.
        if (current.at(-1)?.trim().startsWith('|')) current.pop();
      } else if (isContent(line)) {
        current.push(line);
      }
    }
  }
  return new Map([...lines].map(([name, content]) => [name, content.length > 0]));
}
