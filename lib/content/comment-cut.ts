// Finds front matter values that YAML cuts short: in a plain (unquoted) value, ` #` starts a
// comment, so `- Post in #ml-oncall now` is read as "Post in". Nothing is wrong as far as YAML
// knows, so the importer warns with the line and the text that was dropped. Pure.

export type TCommentCut = { line: number; kept: string; dropped: string };

/** Where ` #` starts a comment outside quotes on this line, or -1. */
function commentStart(line: string): number {
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if ((c === '"' || c === "'") && (i === 0 || /[\s:\-[{,]/.test(line[i - 1]!))) quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) return i;
  }
  return -1;
}

const indentOf = (line: string) => line.length - line.trimStart().length;

/** The front matter lines (1-based, as in the file) whose values lose text to a comment. */
export function findCommentCuts(text: string): TCommentCut[] {
  const lines = text.split(/\r?\n/);
  if (lines[0] !== '---') return [];
  const cuts: TCommentCut[] = [];
  let blockIndent = -1; // inside a `|` or `>` block scalar, where `#` is text
  for (let n = 1; n < lines.length && lines[n] !== '---'; n++) {
    const line = lines[n]!;
    if (blockIndent >= 0) {
      if (line.trim() === '' || indentOf(line) > blockIndent) continue;
      blockIndent = -1;
    }
    const at = commentStart(line);
    const content = (at < 0 ? line : line.slice(0, at)).trimEnd();
    if (/[:-]\s*[|>][-+0-9]*$/.test(content)) blockIndent = indentOf(line);
    if (at < 0) continue;
    // What is left once keys, list dashes and flow punctuation are taken away.
    const value = content.replace(/^\s*(-\s+)*/, '').replace(/^[^\s:'"{[][^:]*:(\s+|$)/, '').trim();
    // Nothing left, or a flow collection or quoted value that closed before the comment.
    if (value === '' || /^[{[,]*$/.test(value) || /[\]}"']$/.test(value)) continue;
    cuts.push({ line: n + 1, kept: value, dropped: line.slice(at).trim() });
  }
  return cuts;
}

export function describeCut(file: string, cut: TCommentCut): string {
  return `${file}:${cut.line}: the text after “${cut.kept}” (${cut.dropped}) is read as a YAML comment and dropped; put the value in quotes to keep it`;
}
