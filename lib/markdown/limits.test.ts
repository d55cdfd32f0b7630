import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRenderLimits, RENDER_LIMITS } from './limits';

const repeat = (s: string, n: number) => s.repeat(n);
const table = (columns: number) => `|${' a |'.repeat(columns)}\n|${' - |'.repeat(columns)}\n|${' b |'.repeat(columns)}`;

describe('checkRenderLimits: what no real page does is refused, naming the limit', () => {
  it.each([
    ['*a repeated 20,000 times', repeat('*a', 20_000), 'markersPerParagraph'],
    ['*a repeated 50,000 times', repeat('*a', 50_000), 'markersPerParagraph'],
    ['~a repeated 3,000 times', repeat('~a', 3_000), 'markersPerParagraph'],
    ['backticks repeated 3,000 times', repeat('`a', 3_000), 'markersPerParagraph'],
    ['a 5,000-column table', table(5_000), 'pipesPerLine'],
    ['a 200-column table', table(200), 'tableColumns'],
    ['10,000 nested block quotes', `${repeat('>', 10_000)} deep`, 'nesting'],
    ['10,000 nested quotes with spaces', `${repeat('> ', 10_000)}deep`, 'nesting'],
    ['lists nested 100 deep on one line', `${repeat('- ', 100)}x`, 'nesting'],
    ['lists nested by indentation', Array.from({ length: 80 }, (_, i) => `${' '.repeat(i * 4)}- level ${i}`).join('\n'), 'nesting'],
    ['20,000 nested <div>', `${repeat('<div>', 20_000)}x`, 'htmlNesting'],
    ['<div> nested over many lines', Array.from({ length: 200 }, () => '<div>').join('\n'), 'htmlNesting'],
    ['5,000 open brackets', repeat('[a', 5_000), 'bracketsPerParagraph'],
    ['5,000 wikilinks, one a paragraph', repeat('[[Page]]\n\n', 5_000), 'wikilinks'],
    ['3,000 footnote definitions', Array.from({ length: 3_000 }, (_, i) => `[^${i}]: note`).join('\n'), 'definitions'],
    ['a body over 256 KiB', 'x'.repeat(RENDER_LIMITS.bodyBytes + 1), 'bodyBytes'],
    ['a body over 256 KiB in UTF-8', 'é'.repeat(RENDER_LIMITS.bodyBytes / 2 + 1), 'bodyBytes'],
  ])('%s', (_name, markdown, limit) => {
    const problem = checkRenderLimits(markdown);
    expect(problem?.limit).toBe(limit);
    expect(problem?.message.length).toBeGreaterThan(20);
  });

  it('says how large the text is and what is allowed', () => {
    expect(checkRenderLimits('x'.repeat(300 * 1024))?.message).toBe(
      'The text is 300 KiB; a page may hold at most 256 KiB. Split it into several pages.',
    );
  });
});

describe('checkRenderLimits: real pages pass', () => {
  it.each([
    ['an empty page', ''],
    ['emphasis spread over many paragraphs', repeat('Some *emphasis* and **strong** and `code` here.\n\n', 3_000)],
    ['a long list with bold items', repeat('- **item** with _detail_ and `code`\n', 3_000)],
    ['a 2,000-row table with bold cells', `| a | b |\n|---|---|\n${repeat('| **x** | `y` |\n', 2_000)}`],
    ['a table at the column limit', table(RENDER_LIMITS.tableColumns)],
    ['a code block full of what would otherwise count', '```\n' + repeat('*a [b `c` <div> ', 5_000) + '\n```'],
    ['closed HTML tags one after another', repeat('<details><summary>x</summary>y</details>\n', 500)],
    ['quotes nested eight deep', '> > > > > > > > deep'],
    ['snake_case identifiers in prose', repeat('use feature_store_v2 and model_registry ', 200)],
  ])('%s', (_name, markdown) => {
    expect(checkRenderLimits(markdown)).toBeNull();
  });

  it('every page in content/ passes', () => {
    const root = path.join(__dirname, '..', '..', 'content');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (name.endsWith('.md')) files.push(full);
      }
    };
    walk(root);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) expect([file, checkRenderLimits(readFileSync(file, 'utf8'))]).toEqual([file, null]);
  });
});
