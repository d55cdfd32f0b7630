// Snippets are text from documents: escaped first, then the engine's match markers become <mark>.
// Nothing else of the document's text can become markup.
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export function snippetHtml(text: string, start: string, stop: string): string {
  const parts: string[] = [];
  let open = false;
  for (const piece of text.split(new RegExp(`(${start}|${stop})`))) {
    if (piece === start) open = true;
    else if (piece === stop) open = false;
    else if (piece) parts.push(open ? `<mark>${escapeHtml(piece)}</mark>` : escapeHtml(piece));
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}
