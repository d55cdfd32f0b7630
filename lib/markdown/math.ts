// Math in Markdown: `$…$` inline and `$$…$$` on their own lines (remark-math), typeset on the
// server by KaTeX as MathML, which browsers draw natively: no script and no style sheet reach the
// page. KaTeX runs after the sanitizer, on code elements the sanitizer let through as
// `language-math`, with \href and other trusted commands off and expansion bounded.
import type { Root as MdastRoot, Text } from 'mdast';
import rehypeKatex from 'rehype-katex';
import { SKIP, visit } from 'unist-util-visit';
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

/**
 * Prices are not formulas: "$20k and $5k" would read as math between the two dollar signs. An
 * inline formula stays text, as written, when it starts or ends with a space or a digit follows
 * its closing dollar (the rule Pandoc uses).
 */
export function remarkPricesAreText() {
  return (tree: MdastRoot, file: VFile) => {
    const source = String(file.value);
    visit(tree, 'inlineMath', (node, index, parent) => {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined || !parent || index === undefined) return;
      const looksLikePrice = /^\s|\s$/.test(node.value) || /^\d/.test(source.slice(end));
      if (!looksLikePrice) return;
      const text: Text = { type: 'text', value: source.slice(start, end) };
      parent.children.splice(index, 1, text);
      return [SKIP, index + 1];
    });
  };
}
