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
    ['a body over 256 KiB', { ...valid, body: 'x'.repeat(LIMITS.bodyBytes + 1) }, 'body: The body is larger than the 256 KiB limit'],
    [
      'a body over 256 KiB in UTF-8 bytes',
      { ...valid, body: 'é'.repeat(LIMITS.bodyBytes / 2 + 1) },
      'body: The body is larger than the 256 KiB limit',
    ],
    ['a NUL byte in the title', { ...valid, title: 'Run\u0000book' }, 'title: Contains a NUL character (\\0), which cannot be stored'],
    ['a NUL byte in the body', { ...valid, body: 'a\u0000b' }, 'body: Contains a NUL character (\\0), which cannot be stored'],
    [
      'a lone surrogate in the title',
      { ...valid, title: 'Drift \uD800 check' },
      'title: Contains a broken character (half of a UTF-16 surrogate pair)',
    ],
    [
      'a lone low surrogate in the body',
      { ...valid, body: 'x\uDC00' },
      'body: Contains a broken character (half of a UTF-16 surrogate pair)',
    ],
    ['a title of invisible characters only', { ...valid, title: '\u200B\u200D\uFEFF \u2060' }, 'title: Title is required'],
    ['a title of direction overrides only', { ...valid, title: '\u202E\u202D' }, 'title: Title is required'],
    ['a review date past year 9999', { ...valid, reviewBy: '275760-09-13' }, 'reviewBy: Use a review date like 2026-03-31'],
    ['a review date that does not exist', { ...valid, reviewBy: '2026-02-30' }, 'reviewBy: Use a review date like 2026-03-31'],
    ['a review date in year 10000', { ...valid, reviewBy: new Date(Date.UTC(10000, 0, 1)) }, 'reviewBy: Use a date between 1900 and 9999'],
  ])('refuses %s', (_name, input, message) => {
    expect(problems(input)).toContain(message);
  });

  it('keeps emoji and other characters outside the basic plane', () => {
    expect(ZCreateDocument.parse({ ...valid, title: 'Drift 📈 check', body: '𝔸 and 😀' }).title).toBe('Drift 📈 check');
  });

  it('strips direction overrides from titles, so a title shows as what it says', () => {
    expect(ZCreateDocument.parse({ ...valid, title: 'Invoice \u202Efdp.exe' }).title).toBe('Invoice fdp.exe');
  });

  it('reads a review date strictly, as that calendar day', () => {
    expect(ZCreateDocument.parse({ ...valid, reviewBy: '2027-01-31' }).reviewBy).toEqual(new Date(Date.UTC(2027, 0, 31)));
  });
});

describe('ZUpdateDocument', () => {
  it('requires the version the edit is based on', () => {
    const r = ZUpdateDocument.safeParse({ id: 'abc', title: 'T', body: '' });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path[0])).toContain('baseVersion');
  });

  it('refuses a base version whose successor would not fit in a PostgreSQL integer', () => {
    const r = ZUpdateDocument.safeParse({ id: 'abc', title: 'T', body: '', baseVersion: 2_147_483_647 });
    expect(r.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(['baseVersion: This version number does not exist']);
  });
});

describe('parseTagList', () => {
  it('splits on commas and drops blanks', () => {
    expect(parseTagList(' drift, ,monitoring ,')).toEqual(['drift', 'monitoring']);
  });
});
