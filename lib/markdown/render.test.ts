import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { setLinearEditMap } from './micromark-edit-map';
import { MAX_FORMULAS } from './math';
import { render } from './render';

const dir = path.join(__dirname, 'fixtures');
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.md'));

// Golden fixtures: input Markdown next to the exact HTML we expect. To accept an intended change
// in the pipeline's output, run `UPDATE_GOLDEN=1 npx vitest run lib/markdown` and review the diff.
describe('render: golden fixtures', () => {
  it('has fixtures to check', () => expect(fixtures.length).toBeGreaterThanOrEqual(5));
  for (const file of fixtures) {
    it(file, () => {
      const html = render(readFileSync(path.join(dir, file), 'utf8'), { from: 'churn' }).html;
      const golden = path.join(dir, file.replace(/\.md$/, '.html'));
      if (process.env.UPDATE_GOLDEN) writeFileSync(golden, html);
      expect(html).toBe(readFileSync(golden, 'utf8'));
    });
  }
});

describe('render: sanitizing', () => {
  const html = render(readFileSync(path.join(dir, 'xss.md'), 'utf8')).html;

  it.each([
    ['script elements', /<script/i],
    ['event handlers', /\son[a-z]+=/i],
    ['javascript: URLs', /javascript:/i],
    ['vbscript: URLs', /vbscript:/i],
    ['data: URLs', /data:text/i],
    ['svg', /<svg/i],
    ['iframes', /<iframe/i],
    ['style elements and attributes', /<style|style=/i],
    ['object, embed, form, base, meta, link', /<(object|embed|form|base|meta|link)\b/i],
  ])('removes %s', (_name, pattern) => {
    expect(html).not.toMatch(pattern);
  });

  it('prefixes user ids and names so they cannot clobber DOM globals', () => {
    expect(html).toContain('id="user-content-cookie"');
    expect(html).toContain('name="user-content-getElementById"');
  });

  it('keeps harmless HTML', () => {
    expect(html).toContain('<details><summary>Allowed</summary><kbd>Ctrl</kbd>');
  });
});

describe('render: structure', () => {
  it('collects a table of contents down to h4 with unique ids', () => {
    const { toc } = render(readFileSync(path.join(dir, 'headings.md'), 'utf8'));
    expect(toc).toEqual([
      { depth: 1, id: 'title', text: 'Title' },
      { depth: 2, id: 'setup--run', text: 'Setup & run' },
      { depth: 3, id: 'step-1-data', text: 'Step 1: data' },
      { depth: 4, id: 'details', text: 'Details' },
      { depth: 2, id: 'setup--run-1', text: 'Setup & run' },
    ]);
  });

  it('reports wikilink targets as normalised keys, ignoring code and empty links', () => {
    const { links } = render(readFileSync(path.join(dir, 'wikilinks.md'), 'utf8'));
    expect(links.sort()).toEqual(
      ['monitoring, drift and retraining', 'churn/churn-runbook', '_/data-validation', 'data validation', 'ci/cd for models'].sort(),
    );
  });

  it('links footnote references to their (prefixed) notes and back', () => {
    const { html } = render(readFileSync(path.join(dir, 'gfm.md'), 'utf8'));
    expect(html).toContain('href="#user-content-fn-card"');
    expect(html).toContain('id="user-content-fn-card"');
    expect(html).toContain('href="#user-content-fnref-card"');
  });

  it('gives plain text for indexing, without markup', () => {
    const { text } = render('## A *b*\n\n<b>c</b> [d](https://x.example)');
    expect(text).toBe('A b c d');
  });
});

describe('render: inputs that used to throw', () => {
  it('keeps a fragment link with a bad percent escape as written instead of throwing URIError', () => {
    const { html } = render('[x](#%FF) and [y](#%E0%A4%A)\n\n## Notes');
    expect(html).toContain('href="#%FF"');
    expect(html).toContain('>y</a>');
  });
});

describe('render: the linear EditMap gives the same HTML as micromark’s own', () => {
  // Lists, quotes and tables close containers on every block: the edit the patch speeds up.
  const many = Array.from(
    { length: 40 },
    (_, i) => `- item ${i}\n  > quoted *${i}*\n\n| a | b |\n|---|---|\n| ${i} | [[Page ${i}]] |\n\n1. one\n2. two`,
  ).join('\n\n');
  const inputs = [...fixtures.map((f) => readFileSync(path.join(dir, f), 'utf8')), many];
  it.each(inputs.map((md, i) => [i, md] as const))('input %i', (_i, md) => {
    const fast = render(md, { from: 'churn' }).html;
    setLinearEditMap(false);
    try {
      expect(render(md, { from: 'churn' }).html).toBe(fast);
    } finally {
      setLinearEditMap(true);
    }
  });
});

describe('math', () => {
  it('typesets $…$ inline and $$…$$ as a block, as MathML', () => {
    const inline = render('Energy $E = mc^2$ here.').html;
    expect(inline).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML">');
    expect(inline).toContain('<msup><mi>c</mi><mn>2</mn></msup>');
    const block = render('$$\n\\frac{a}{b}\n$$').html;
    expect(block).toContain('display="block"');
    expect(block).toContain('<mfrac><mi>a</mi><mi>b</mi></mfrac>');
  });

  it('typesets at most MAX_FORMULAS a page, and leaves the rest as written', () => {
    const html = render('$x^2$ '.repeat(MAX_FORMULAS + 5)).html;
    expect(html.match(/<math /g)).toHaveLength(MAX_FORMULAS);
    expect(html).toContain('$x^2$');
  });

  it('leaves prices as text', () => {
    expect(render('It cost $20k and $5k more.').html).toBe('<p>It cost $20k and $5k more.</p>');
    expect(render('Paid $5 and $10').html).toBe('<p>Paid $5 and $10</p>');
  });

  it('refuses trusted commands and shows a broken formula as an error, never as markup', () => {
    const html = render('$\\href{javascript:alert(1)}{x}$ and $\\frac{1$ and $<img src=x onerror=alert(1)>$').html;
    // The source stays as text (in the formula's annotation); nothing becomes a link or an element.
    expect(html).not.toMatch(/href=|<a |<img|<script/);
    expect(html).toContain('&#x3C;img src=x onerror=alert(1)>');
    expect(html).toContain('katex-error');
  });
});
