// The one Markdown pipeline, used by the document page, the editor preview and the importer:
// remark-parse → GFM → math → wikilinks → rehype (raw HTML parsed) → sanitize (allowlist) →
// trusted plugins after sanitizing (heading ids, anchor links, highlighting, KaTeX) → HTML.
// User content is never compiled as MDX and raw HTML never skips the sanitizer.
import type { Element, Root as HastRoot } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeHighlight from 'rehype-highlight';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import './micromark-edit-map';
import type { TRendered, TTocEntry } from './rendered';
import { rehypeMath, remarkMathLimits } from './math';
import { sanitizeSchema } from './sanitize-schema';
import { remarkWikilinks } from './wikilinks';

// Parsing raw HTML is the costliest step; most documents have none, so it runs only when needed.
function rehypeRawWhenPresent(this: unknown) {
  const parseRaw = (rehypeRaw as (this: unknown) => (tree: HastRoot, file: VFile) => HastRoot).call(this);
  return (tree: HastRoot, file: VFile) => {
    let hasRaw = false;
    visit(tree, 'raw', () => {
      hasRaw = true;
      return false;
    });
    return hasRaw ? parseRaw(tree, file) : tree;
  };
}

const CLOBBER_PREFIX = 'user-content-';

// The sanitizer prefixes user-supplied ids (so they cannot clobber globals); in-page links to
// those ids (footnotes, raw-HTML anchors) are pointed at the prefixed id.
function rehypeFixFragmentLinks() {
  return (tree: HastRoot) => {
    const ids = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      if (typeof node.properties?.id === 'string') ids.add(node.properties.id);
    });
    visit(tree, 'element', (node: Element) => {
      const href = node.tagName === 'a' ? node.properties?.href : undefined;
      if (typeof href !== 'string' || !href.startsWith('#')) return;
      const target = safeDecode(href.slice(1));
      if (!ids.has(target) && ids.has(CLOBBER_PREFIX + target)) {
        node.properties.href = `#${CLOBBER_PREFIX}${target}`;
      }
    });
  };
}

/** A fragment as written when it is not valid percent-encoding (`#%FF`): it then names no id. */
function safeDecode(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

function rehypeCollect() {
  return (tree: HastRoot, file: VFile) => {
    const toc: TTocEntry[] = [];
    visit(tree, 'element', (node: Element) => {
      const depth = /^h([1-6])$/.exec(node.tagName)?.[1];
      const id = node.properties?.id;
      const hidden = String(node.properties?.className ?? '').includes('sr-only');
      if (depth && typeof id === 'string' && Number(depth) <= 4 && !hidden) {
        toc.push({ depth: Number(depth), id, text: toString(node).trim() });
      }
    });
    file.data.toc = toc;
    file.data.text = toString(tree).replace(/\s+/g, ' ').trim();
  };
}

function processor(from?: string) {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkMath)
    .use(remarkMathLimits)
    .use(remarkWikilinks, { from })
    .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: '' })
    .use(rehypeRawWhenPresent)
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeFixFragmentLinks)
    .use(rehypeSlug)
    .use(rehypeCollect)
    .use(rehypeAutolinkHeadings, {
      behavior: 'append',
      properties: { className: ['heading-anchor'], ariaHidden: 'true', tabIndex: -1 },
      content: { type: 'text', value: '#' },
    })
    .use(rehypeHighlight, { detect: false })
    .use(...rehypeMath)
    .use(rehypeStringify);
}

const byContext = new Map<string, ReturnType<typeof processor>>();

/** Renders Markdown to sanitized HTML. `from` is the project slug wikilinks are relative to. */
export function render(markdown: string, options: { from?: string } = {}): TRendered {
  const key = options.from ?? '';
  let proc = byContext.get(key);
  if (!proc) {
    proc = processor(options.from).freeze();
    if (byContext.size < 1000) byContext.set(key, proc);
  }
  const file = proc.processSync(markdown);
  return {
    html: String(file),
    toc: (file.data.toc as TTocEntry[] | undefined) ?? [],
    links: file.data.wikilinks ?? [],
    relations: file.data.relations ?? [],
    text: (file.data.text as string | undefined) ?? '',
  };
}

declare module 'vfile' {
  interface DataMap {
    toc: TTocEntry[];
    text: string;
  }
}
