// Snippets are text from documents: escaped first, then the engine's match markers become <mark>.
// Nothing else of the document's text can become markup.

/** The markers engines are asked to put around matches (control characters no text contains). */
export const MATCH_START = '\u0002';
export const MATCH_STOP = '\u0003';
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export function snippetHtml(text: string): string {
  const parts: string[] = [];
  let open = false;
  for (const piece of text.split(new RegExp(`(${MATCH_START}|${MATCH_STOP})`))) {
    if (piece === MATCH_START) open = true;
    else if (piece === MATCH_STOP) open = false;
    else if (piece) parts.push(open ? `<mark>${escapeHtml(piece)}</mark>` : escapeHtml(piece));
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}
