// Limits checked before any Markdown is parsed. No real page comes near them; each one bounds a
// construct whose parsing cost grows faster than its length in micromark (measured in
// bench/render.ts): nested containers and HTML (also the call stack), wide tables, thousands of
// emphasis markers or brackets in one paragraph, thousands of wikilinks or definitions. A page
// over a limit is refused with a message that names it, in a few milliseconds.
// Pure and free of server imports: the editor may run it too.

export const RENDER_LIMITS = {
  bodyBytes: 256 * 1024,
  nesting: 64, // block quotes and list items inside each other
  htmlNesting: 128, // open HTML tags inside each other
  tableColumns: 128,
  pipesPerLine: 512,
  markersPerParagraph: 2_000, // runs of * _ ~ and ` in one paragraph
  bracketsPerParagraph: 2_000, // [ and ![ in one paragraph
  wikilinks: 2_000,
  definitions: 2_000, // link reference and footnote definitions
} as const;

export type TLimitProblem = { limit: keyof typeof RENDER_LIMITS; message: string };

const utf8 = new TextEncoder();
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const CONTAINER = /^ {0,3}(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/;
const DELIMITER_ROW = /^ {0,3}\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$/;
const HTML_TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]{0,40})\b[^<>]*?(\/?)>/g;
const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const DEFINITION = /^ {0,3}\[(?:\^[^\]]+|[^\]]+)\]:/;
const WIKILINK = /\[\[[^\[\]\n]{1,200}\]\]/g;

/** The first limit `markdown` breaks, or null. */
export function checkRenderLimits(markdown: string): TLimitProblem | null {
  const bytes = markdown.length > RENDER_LIMITS.bodyBytes / 4 ? utf8.encode(markdown).length : markdown.length;
  if (bytes > RENDER_LIMITS.bodyBytes) {
    return problem(
      'bodyBytes',
      `The text is ${kib(bytes)}; a page may hold at most ${kib(RENDER_LIMITS.bodyBytes)}. Split it into several pages.`,
    );
  }
  let fence: string | null = null;
  let markers = 0;
  let brackets = 0;
  let htmlDepth = 0;
  let definitions = 0;
  let wikilinks = 0;
  const endParagraph = () => {
    markers = 0;
    brackets = 0;
  };
  for (const line of markdown.split('\n')) {
    const fenceMark = FENCE.exec(line)?.[1];
    if (fence) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = null;
      continue;
    }
    if (fenceMark) {
      fence = fenceMark;
      endParagraph();
      continue;
    }
    if (!line.trim()) {
      endParagraph();
      continue;
    }
    const depth = containerDepth(line);
    if (depth > RENDER_LIMITS.nesting) {
      return problem('nesting', `Block quotes and lists are nested more than ${RENDER_LIMITS.nesting} deep; flatten them.`);
    }
    // A list item, table row or definition starts inline content of its own.
    const definition = DEFINITION.test(line);
    if (depth > 0 || definition || line.includes('|')) endParagraph();
    const pipes = count(line, '|');
    if (pipes > RENDER_LIMITS.pipesPerLine) {
      return problem('pipesPerLine', `A line holds ${pipes} | characters; at most ${RENDER_LIMITS.pipesPerLine} are allowed.`);
    }
    if (DELIMITER_ROW.test(line)) {
      const columns = line
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|').length;
      if (columns > RENDER_LIMITS.tableColumns) {
        return problem('tableColumns', `A table has ${columns} columns; at most ${RENDER_LIMITS.tableColumns} are allowed.`);
      }
    }
    markers += markerRuns(line);
    if (markers > RENDER_LIMITS.markersPerParagraph) {
      return problem(
        'markersPerParagraph',
        `A paragraph holds more than ${RENDER_LIMITS.markersPerParagraph} emphasis or code markers (* _ ~ \`); break it up.`,
      );
    }
    brackets += count(line, '[');
    if (brackets > RENDER_LIMITS.bracketsPerParagraph) {
      return problem('bracketsPerParagraph', `A paragraph holds more than ${RENDER_LIMITS.bracketsPerParagraph} [ brackets; break it up.`);
    }
    if (definition && ++definitions > RENDER_LIMITS.definitions) {
      return problem('definitions', `The text defines more than ${RENDER_LIMITS.definitions} links or footnotes.`);
    }
    wikilinks += line.match(WIKILINK)?.length ?? 0;
    if (wikilinks > RENDER_LIMITS.wikilinks) {
      return problem('wikilinks', `The text holds more than ${RENDER_LIMITS.wikilinks} [[wikilinks]].`);
    }
    htmlDepth = nextHtmlDepth(line, htmlDepth);
    if (htmlDepth > RENDER_LIMITS.htmlNesting) {
      return problem('htmlNesting', `HTML tags are nested more than ${RENDER_LIMITS.htmlNesting} deep.`);
    }
  }
  return null;
}

/** Containers opened at the start of a line: `> > - 1. text` is 4; indentation counts too. */
function containerDepth(line: string): number {
  let depth = 0;
  let rest = line;
  for (;;) {
    const indent = /^[ \t]*/.exec(rest)![0];
    // Indentation of four or more columns nests a block inside the previous list item.
    depth += Math.floor(indent.replace(/\t/g, '    ').length / 4);
    rest = rest.slice(indent.length);
    const marker = CONTAINER.exec(rest);
    if (!marker || depth > RENDER_LIMITS.nesting) return depth;
    depth += 1;
    rest = rest.slice(marker[0].length);
  }
}

function markerRuns(line: string): number {
  let runs = 0;
  let previous = '';
  for (const ch of line) {
    if ((ch === '*' || ch === '_' || ch === '~' || ch === '`') && ch !== previous) runs += 1;
    previous = ch;
  }
  return runs;
}

function nextHtmlDepth(line: string, depth: number): number {
  if (!line.includes('<')) return depth;
  for (const [, closing, name, selfClosing] of line.matchAll(HTML_TAG)) {
    if (VOID_TAGS.has(name!.toLowerCase()) || selfClosing) continue;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    if (depth > RENDER_LIMITS.htmlNesting) return depth;
  }
  return depth;
}

function count(line: string, ch: string): number {
  let n = 0;
  for (let i = line.indexOf(ch); i !== -1; i = line.indexOf(ch, i + 1)) n += 1;
  return n;
}

const kib = (bytes: number) => `${Math.ceil(bytes / 1024)} KiB`;
const problem = (limit: TLimitProblem['limit'], message: string): TLimitProblem => ({ limit, message });
