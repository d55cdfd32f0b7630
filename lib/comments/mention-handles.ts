// The @handles a comment names, outside code: `@priya`, `@li.wei`, `@ops-team`; not an email
// address (`a@b.com`) nor a path. Lower-cased, each once, in order. Pure.

const MENTION = /(?<![\w.@/])@([a-z0-9][a-z0-9._-]{0,35})/gi;

export function mentionHandles(markdown: string): string[] {
  const prose = markdown.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^\1[^\n]*$|(?![\s\S]))/gm, ' ').replace(/(`+)[^`]*?\1/g, ' ');
  const found = [...prose.matchAll(MENTION)].map((m) => m[1]!.replace(/[._-]+$/, '').toLowerCase());
  return [...new Set(found)];
}
