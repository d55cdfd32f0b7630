import { describe, expect, it } from 'vitest';
import { render } from '@/lib/markdown/render';
import { headingTexts, plainText } from '@/lib/markdown/outline';
import { searchableText, splitSections } from './sections';

describe('splitSections', () => {
  const md = [
    'Lead with **bold** and a [[churn-runbook|runbook]].',
    '',
    '## Is this real? Checks',
    '',
    '1. Row count within 2%',
    '',
    '```sh',
    '# not a heading',
    '```',
    '',
    '## Is this real? Checks',
    '',
    '| Alert | Fires |',
    '|---|---|',
    '| `drift` | PSI > 0.25 |',
  ].join('\n');

  it('keeps the lead, and gives each heading the anchor the rendered page uses', () => {
    const sections = splitSections(md);
    const rendered = render(md);
    expect(sections.map((s) => s.anchor)).toEqual(['', ...rendered.toc.map((t) => t.id)]);
    expect(sections.map((s) => s.heading)).toEqual(['', 'Is this real? Checks', 'Is this real? Checks']);
    expect(sections[0]!.text).toBe('Lead with bold and a runbook.');
    expect(sections[1]!.text).toContain('# not a heading');
  });

  it('strips table and list syntax to plain words', () => {
    expect(splitSections(md)[2]!.text).toBe('Alert Fires\ndrift PSI > 0.25');
    expect(plainText('- [docs](https://x.y) and _emphasis_ > quote')).toBe('docs and emphasis > quote');
  });
});

describe('searchableText and headingTexts', () => {
  it('drops link targets and tags, keeps link text and wikilink labels', () => {
    expect(
      searchableText('See [the guide](https://example.com/x) and [[ops/churn-runbook|the runbook]] or [[drift-policy]]. <b>Bold</b>'),
    ).toBe('See [the guide] and the runbook or drift-policy.  Bold ');
  });
  it('lists headings outside code blocks only', () => {
    expect(headingTexts('# One\ntext\n```\n# not\n```\n## Two **bold**')).toEqual(['One', 'Two bold']);
  });
});
