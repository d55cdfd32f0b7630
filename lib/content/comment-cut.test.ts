import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCommentCuts } from './comment-cut';

const fm = (...lines: string[]) => ['---', ...lines, '---', '# A heading #1 in the body is not front matter'].join('\n');

describe('findCommentCuts', () => {
  it('finds a list item and a key value cut by " #"', () => {
    expect(findCommentCuts(fm('fields:', '  firstActions:', '    - Post in #ml-oncall now', 'title: Churn #2'))).toEqual([
      { line: 4, kept: 'Post in', dropped: '#ml-oncall now' },
      { line: 5, kept: 'Churn', dropped: '#2' },
    ]);
  });

  it.each([
    ['a whole-line comment', '# the owner changes in March'],
    ['a comment after a key with no value', 'fields: # structured'],
    ['a quoted value', '    - "Post in #ml-oncall now"'],
    ['a single-quoted value', "title: 'Churn #2'"],
    ['a # with no space before it', 'title: C#-style'],
    ['a flow list that ends before the comment', 'tags: [a, b] # two'],
  ])('says nothing about %s', (_, line) => {
    expect(findCommentCuts(fm(line))).toEqual([]);
  });

  it('reads # inside a block scalar as text', () => {
    expect(findCommentCuts(fm('summary: |', '  Post in #ml-oncall', '  and wait', 'title: x #cut'))).toEqual([
      { line: 5, kept: 'x', dropped: '#cut' },
    ]);
  });

  it('finds a flow mapping value cut short', () => {
    expect(findCommentCuts(fm('  - { lever: Page #ops, how: x }'))).toHaveLength(1);
  });

  it('finds nothing in the seeded content', () => {
    const root = path.join(process.cwd(), 'content');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((f) => findCommentCuts(readFileSync(path.join(root, f), 'utf8')).map((c) => `${f}:${c.line}`));
    expect(found).toEqual([]);
  });
});
