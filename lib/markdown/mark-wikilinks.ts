// Stored HTML keeps wikilinks as /go?to=… links; when a page is shown, links whose target does
// not exist (yet) are marked so the reader sees them as broken, without re-rendering anything.
const WIKILINK_ATTRS = /class="wikilink" data-wikilink="([^"]*)"/g;

function decodeAttribute(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

export function wikilinkKeysIn(html: string): string[] {
  const keys = new Set<string>();
  for (const m of html.matchAll(WIKILINK_ATTRS)) keys.add(decodeAttribute(m[1] ?? ''));
  return [...keys];
}

export function markBrokenWikilinks(html: string, exists: (key: string) => boolean): string {
  return html.replace(WIKILINK_ATTRS, (whole, raw: string) =>
    exists(decodeAttribute(raw))
      ? whole
      : `class="wikilink wikilink-broken" title="No page with this name yet: follow the link to create it" data-wikilink="${raw}"`,
  );
}
