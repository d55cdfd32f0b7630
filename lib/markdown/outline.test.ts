import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { headingTexts, outline } from './outline';
import { render } from './render';

const dir = path.join(__dirname, 'fixtures');
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .map((f) => [f, readFileSync(path.join(dir, f), 'utf8')] as const);

const EXTRA: [string, string][] = [
  ['a heading-like line in a fenced block', '## Real\n\n```bash\n# not a heading\n```\n\n## After'],
  ['a tilde fence closed only by tildes', '~~~\n```\n# inside\n~~~\n\n# Outside'],
  ['a longer closing fence, and an info string that does not close', '````md\n```js\n# still code\n````\n\n## Out'],
  ['repeated headings get numbered anchors', '## Notes\n\ntext\n\n## Notes\n\n## Notes'],
  ['closing hashes and inline markup', '## Drift *alerts* `psi` ##\n\n### [Runbook](https://x.example) and **more**'],
  ['a hashtag is not a heading', '#hashtag\n\n# Heading'],
  ['indented up to three spaces', '   ### Three in\n\n    # four in is code'],
];

// What the rendered page's contents list shows: its headings up to level 4, ids and text.
const rendered = (md: string) => render(md).toc.map((t) => ({ depth: t.depth, anchor: t.id, heading: t.text }));
const outlined = (md: string) =>
  outline(md)
    .filter((s) => s.depth > 0 && s.depth <= 4)
    .map(({ depth, anchor, heading }) => ({ depth, anchor, heading }));

describe('outline agrees with the renderer', () => {
  it.each([...fixtures, ...EXTRA])('%s', (_name, md) => {
    expect(outlined(md)).toEqual(rendered(md));
  });
});

describe('outline', () => {
  it('splits the lead and each section, fences kept as text without their markers', () => {
    const sections = outline('Lead text.\n\n## One\n\nfirst\n\n```\n# code\n```\n\n## Two\nsecond');
    expect(sections.map((s) => [s.depth, s.heading, s.anchor])).toEqual([
      [0, '', ''],
      [2, 'One', 'one'],
      [2, 'Two', 'two'],
    ]);
    expect(sections[1]!.raw).toContain('# code');
    expect(sections[1]!.raw).not.toContain('```');
  });

  it('lists heading texts outside code', () => {
    expect(headingTexts('# A\n\n```\n# B\n```\n\n## C')).toEqual(['A', 'C']);
  });
});
