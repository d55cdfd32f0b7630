import { describe, expect, it } from 'vitest';
import { markBrokenWikilinks, wikilinkKeysIn } from './mark-wikilinks';
import { render } from './render';

describe('wikilinks in stored HTML', () => {
  const { html } = render('[[Data validation]], [[A & "B"]] and [[Missing page]]');

  it('finds every key, decoding HTML entities', () => {
    expect(wikilinkKeysIn(html).sort()).toEqual(['a & "b"', 'data validation', 'missing page']);
  });

  it('marks only the links whose target does not exist', () => {
    const marked = markBrokenWikilinks(html, (key) => key !== 'missing page');
    expect(marked.match(/wikilink-broken/g)).toHaveLength(1);
    expect(marked).toMatch(/class="wikilink wikilink-broken"[^>]*data-wikilink="missing page"/);
    expect(marked).toContain('href="/go?to=missing+page"');
  });

  it('leaves HTML without wikilinks untouched', () => {
    const plain = render('no links here').html;
    expect(markBrokenWikilinks(plain, () => false)).toBe(plain);
  });
});
