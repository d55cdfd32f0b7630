import { describe, expect, it } from 'vitest';
import { checkFields, ContentError, parseContentFile, ZDocumentFrontMatter } from './front-matter';

const parse = (text: string) => parseContentFile('content/practices/x.md', text, ZDocumentFrontMatter);

function errorOf(text: string): ContentError {
  try {
    parse(text);
  } catch (err) {
    if (err instanceof ContentError) return err;
    throw err;
  }
  throw new Error('expected a ContentError');
}

describe('content front matter', () => {
  it('parses a valid file', () => {
    const { data, body } = parse('---\ntitle: Drift\nkind: practice\ntags: [drift]\n---\n\n## Body\n');
    expect(data).toMatchObject({ title: 'Drift', kind: 'practice', tags: ['drift'], status: 'published' });
    expect(body).toBe('## Body'); // the file's final newline is not part of the page
  });

  it('names the file and line of malformed YAML', () => {
    const err = errorOf('---\ntitle: Drift\nkind: practice\ntags: [drift\nowner: x\n---\nbody');
    expect(err.file).toBe('content/practices/x.md');
    expect(err.line).toBeGreaterThanOrEqual(4);
    expect(err.line).toBeLessThanOrEqual(6);
    expect(err.message).toMatch(/^content\/practices\/x\.md:\d+: malformed front matter/);
  });

  it('names the line of a field that fails its schema', () => {
    const err = errorOf('---\ntitle: Drift\ntags: []\nkind: essay\n---\nbody');
    expect(err.line).toBe(4);
    expect(err.message).toContain('kind: kind must be one of');
  });

  it('points at the opening line when a required field is missing', () => {
    const err = errorOf('---\nkind: practice\n---\nbody');
    expect(err.line).toBe(1);
    expect(err.message).toContain('title');
  });

  it('requires front matter at all', () => {
    expect(errorOf('# Just markdown').message).toBe('content/practices/x.md:1: expected front matter starting with "---"');
  });
});

describe('structured fields in front matter', () => {
  const text = [
    '---',
    'title: Retro',
    'kind: retrospective',
    'fields:',
    '  decisions:',
    '    - decision: Use LightGBM',
    '      rationale: Faster',
    '      decidedBy: Mei',
    '      date: someday',
    '---',
    'body',
  ].join('\n');

  it('names the file, the line and the field that fails the kind’s schema', () => {
    const { data } = parseContentFile('content/projects/p/retro.md', text, ZDocumentFrontMatter);
    expect(() => checkFields('content/projects/p/retro.md', text, data.kind, data.fields)).toThrow(
      'content/projects/p/retro.md:9: fields.decisions.0.date: Use a date like 2026-03-31',
    );
  });

  it('accepts valid fields', () => {
    const ok = text.replace('someday', '2025-12-10');
    const { data } = parseContentFile('x.md', ok, ZDocumentFrontMatter);
    expect(() => checkFields('x.md', ok, data.kind, data.fields)).not.toThrow();
  });
});
