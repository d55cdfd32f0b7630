import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ZTitle } from '@/lib/documents/schemas';
import { findCommentCuts } from './comment-cut';
import { parseContentFile, ZDocumentFrontMatter, ZProjectFrontMatter } from './front-matter';
import { documentFile, frontMatterFile, projectFile, stateHash, type TDocumentFile } from './write-files';

const read = (text: string) => parseContentFile('x.md', text, ZDocumentFrontMatter);

const base: TDocumentFile = {
  title: 'Runbook: churn',
  slug: 'churn-runbook',
  kind: 'runbook',
  owner: 'tomas',
  tags: ['on-call', 'churn'],
  status: 'published',
  reviewBy: '2027-01-31',
  fields: { firstActions: ['Post in #ml-oncall: now', 'He said "go"', "it's fine", 'line one\nline two', '  spaced  ', '123', 'yes', 'null', '- dash', '> folded?'] },
  body: '## Steps\n\n```yaml\nkey: value # not a comment\n---\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n',
};

describe('documentFile', () => {
  it('writes front matter keys in a fixed order, tags sorted, and reads back every value', () => {
    const text = documentFile(base, { baseHash: true });
    expect(text.split('\n').slice(0, 8)).toEqual([
      '---',
      'title: "Runbook: churn"',
      'slug: churn-runbook',
      'kind: runbook',
      'owner: tomas',
      'tags:',
      '  - churn',
      '  - on-call',
    ]);
    const { data, body } = read(text);
    expect(body).toBe(base.body);
    expect(data.fields).toEqual(base.fields);
    expect(data).toMatchObject({ title: base.title, slug: base.slug, owner: 'tomas', tags: ['churn', 'on-call'], reviewBy: new Date('2027-01-31') });
    expect(data.baseHash).toBe(stateHash(base));
    expect(findCommentCuts(text)).toEqual([]);
  });

  it.each([
    ['empty', ''],
    ['a leading blank line', '\nx'],
    ['only a newline', '\n'],
    ['no final newline', 'x'],
    ['two final newlines', 'x\n\n'],
    ['CRLF', 'a\r\nb\r\n'],
    ['a --- line', 'a\n---\nb'],
  ])('keeps a body with %s exactly', (_, body) => {
    expect(read(documentFile({ ...base, body })).body).toBe(body);
  });

  it('the state hash ignores tag order and key order, and changes with any value', () => {
    expect(stateHash({ ...base, tags: ['churn', 'on-call'] })).toBe(stateHash(base));
    expect(stateHash({ ...base, fields: { ...base.fields } })).toBe(stateHash(base));
    expect(stateHash({ ...base, body: base.body + ' ' })).not.toBe(stateHash(base));
    expect(stateHash({ ...base, status: 'draft' })).not.toBe(stateHash(base));
  });

  it('project files keep restricted visibility and leave the default out', () => {
    expect(projectFile({ name: 'Churn: #1', description: 'x', visibility: 'internal' })).toBe('---\nname: "Churn: #1"\ndescription: x\n---\n');
    const { data } = parseContentFile('p.md', projectFile({ name: 'N', description: '', visibility: 'restricted' }), ZProjectFrontMatter);
    expect(data.visibility).toBe('restricted');
  });

  it('leaves undefined keys out', () => {
    expect(frontMatterFile({ a: 1, b: undefined }, '')).toBe('---\na: 1\n---\n');
  });

  // Any text a person can type survives a write and a read: Unicode, #, quotes, colons, long
  // lines, code fences and tables, in the title, tags, structured lines and the body.
  it('property: random documents read back as they were written', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 300 }).filter((s) => !s.includes('\u0000'));
    const line = fc
      .oneof(text, fc.constantFrom('Post in #ml-oncall', 'a: b', '"quoted"', "it's", '| x |', '```', '---', '- item', '#', ' # '))
      .map((s) => s.trim())
      .filter((s) => s.length > 0 && s.length <= 300);
    const body = fc
      .array(fc.oneof(text, fc.constantFrom('```ts\nconst a = 1 # b\n```', '| a | b |\n|---|---|', '---', '\r\n', 'x'.repeat(5000))), { maxLength: 6 })
      .map((parts) => parts.join('\n'));
    fc.assert(
      fc.property(line.filter((t) => ZTitle.safeParse(t).success), fc.array(line, { maxLength: 5 }), body, (title, actions, b) => {
        const doc: TDocumentFile = { ...base, title, fields: { firstActions: actions }, body: b };
        const { data, body: readBody } = read(documentFile(doc));
        expect(readBody).toBe(b);
        expect(data.title).toBe(ZTitle.parse(title));
        expect(data.fields ?? {}).toEqual(actions.length ? { firstActions: actions } : {});
      }),
      { numRuns: 300 },
    );
  });
});
