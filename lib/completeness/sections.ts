// Which Markdown sections have real content: a heading followed by more than an empty outline
// (blank lines, table headers and empty rows, bare list markers, "Label:" with nothing after it).
const HEADING = /^#{1,4}\s+(.+?)\s*#*\s*$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}/;
const EMPTY = /^\s*(?:[-*+]|\d+\.)?\s*(?:\*\*[^*]*:\*\*|[^:|]*:)?\s*$/;

function isContent(line: string): boolean {
  if (line.trim().startsWith('|')) return line.replace(/[|\s:-]/g, '') !== '';
  return !EMPTY.test(line);
}

export function filledSections(markdown: string): Map<string, boolean> {
  const lines = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of markdown.split(/\r?\n/)) {
    const heading = HEADING.exec(line);
    if (heading) {
      const name = heading[1]!.toLowerCase();
      current = lines.get(name) ?? [];
      lines.set(name, current);
    } else if (current && TABLE_SEPARATOR.test(line) && line.includes('-')) {
      // The row above a separator is the table's header, not content.
      if (current.at(-1)?.trim().startsWith('|')) current.pop();
    } else if (current && isContent(line)) {
      current.push(line);
    }
  }
  return new Map([...lines].map(([name, content]) => [name, content.length > 0]));
}
