// A template's Markdown, split into what a new page starts with and what only guides the writer.
// The outline (headings, and the tables and lists people fill in) becomes the body; the prose
// paragraphs are instructions, shown beside the editor as guidance and never saved as content.
// Pure: the editor runs it.

export function splitTemplate(body: string): { outline: string; guidance: string } {
  const blocks = body
    .replace(/\r\n/g, '\n')
    .split(/\n{2,}/)
    .map((b) => b.trim())
    .filter(Boolean);
  const kept = blocks.filter((b) => /^(#{1,6}\s|\||[-*+]\s|\d+\.\s?)/.test(b));
  return { outline: kept.length ? `${kept.join('\n\n')}\n` : '', guidance: blocks.length > kept.length ? body.trim() : '' };
}
