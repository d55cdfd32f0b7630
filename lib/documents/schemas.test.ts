import { describe, expect, it } from 'vitest';
import { LIMITS, parseTagList, ZCreateDocument, ZUpdateDocument } from './schemas';

const valid = { kind: 'runbook', title: 'Runbook: scorer', body: '# Hi', tags: ['Drift', 'drift', 'on-call'] };

function problems(input: unknown) {
  const r = ZCreateDocument.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('ZCreateDocument', () => {
  it('accepts a valid document, normalising tags and defaults', () => {
    const doc = ZCreateDocument.parse(valid);
    expect(doc.tags).toEqual(['drift', 'on-call']);
    expect(doc.status).toBe('published');
    expect(doc.projectSlug).toBeNull();
  });

  it.each([
    ['an empty title', { ...valid, title: '   ' }, 'title: Title is required'],
    ['a title over the limit', { ...valid, title: 'x'.repeat(LIMITS.title + 1) }, 'title: Title must be at most 200 characters'],
    ['an unknown kind', { ...valid, kind: 'essay' }, 'kind: Choose a kind'],
    ['a bad slug', { ...valid, slug: 'Not a slug!' }, 'slug: Use lowercase letters, digits and single hyphens'],
    ['too many tags', { ...valid, tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, 'tags: At most 20 tags'],
    ['a body over 1 MiB', { ...valid, body: 'x'.repeat(LIMITS.bodyBytes + 1) }, 'body: The body is larger than the 1 MiB limit'],
    ['a body over 1 MiB in UTF-8 bytes', { ...valid, body: 'é'.repeat(LIMITS.bodyBytes / 2 + 1) }, 'body: The body is larger than the 1 MiB limit'],
  ])('refuses %s', (_name, input, message) => {
    expect(problems(input)).toContain(message);
  });
});

describe('ZUpdateDocument', () => {
  it('requires the version the edit is based on', () => {
    const r = ZUpdateDocument.safeParse({ id: 'abc', title: 'T', body: '' });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path[0])).toContain('baseVersion');
  });
});

describe('parseTagList', () => {
  it('splits on commas and drops blanks', () => {
    expect(parseTagList(' drift, ,monitoring ,')).toEqual(['drift', 'monitoring']);
  });
});
