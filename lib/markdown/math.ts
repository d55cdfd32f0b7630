// Math in Markdown: `$…$` inline and `$$…$$` on their own lines (remark-math), typeset on the
// server by KaTeX as MathML, which browsers draw natively: no script and no style sheet reach the
// page. KaTeX runs after the sanitizer, on code elements the sanitizer let through as
// `language-math`, with \href and other trusted commands off and expansion bounded.
import type { Parent, Root as MdastRoot, RootContent, Text } from 'mdast';
import rehypeKatex from 'rehype-katex';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

const KATEX_OPTIONS = {
  output: 'mathml',
  throwOnError: false,
  strict: 'ignore',
  trust: false,
  maxExpand: 500,
  maxSize: 20,
} as const;

export const rehypeMath = [rehypeKatex, KATEX_OPTIONS] as const;

// Typesetting costs about 0.4 ms a formula and 200 bytes of MathML; past this many on one page
// the rest stay as written (a page of 30,000 formulas would take 12 s and 6 MB).
export const MAX_FORMULAS = 1000;

/**
 * Formulas that stay text, as written. Prices are not formulas: "$20k and $5k" would read as math
 * between the two dollar signs, so an inline formula that starts or ends with a space, or whose
 * closing dollar a digit follows (the rule Pandoc uses), is text. So is every formula past
 * MAX_FORMULAS.
 */
export function remarkMathLimits() {
  return (tree: MdastRoot, file: VFile) => {
    const source = String(file.value);
    let formulas = 0;
    const asWritten = (node: Extract<RootContent, { type: 'inlineMath' | 'math' }>): RootContent => {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return node;
      const price = node.type === 'inlineMath' && (/^\s|\s$/.test(node.value) || /^\d/.test(source.slice(end)));
      if (!price && ++formulas <= MAX_FORMULAS) return node;
      const text: Text = { type: 'text', value: source.slice(start, end) };
      return node.type === 'math' ? { type: 'paragraph', children: [text] } : text;
    };
    // Each parent's children are rebuilt once (splicing one by one is quadratic on long paragraphs).
    visit(tree, (node) => {
      if (!('children' in node) || !node.children.some((c) => c.type === 'inlineMath' || c.type === 'math')) return;
      (node as Parent).children = node.children.map((c) =>
        c.type === 'inlineMath' || c.type === 'math' ? asWritten(c) : c,
      ) as Parent['children'];
    });
  };
}
