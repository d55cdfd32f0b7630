import { describe, expect, it } from 'vitest';
import { mentionHandles } from './mention-handles';

describe('mentionHandles', () => {
  it.each([
    ['@priya can you check?', ['priya']],
    ['Thanks @Li.Wei, and @ops-team.', ['li.wei', 'ops-team']],
    ['@priya and @priya again', ['priya']],
    ['write to priya@example.com', []],
    ['see /home/@x and a.@b', []],
    ['inline `@notme` code', []],
    ['```\n@notme in a block\n```\nbut @me', ['me']],
    ['(@paren) and "@quoted"', ['paren', 'quoted']],
    ['@ alone, @-dash', []],
  ])('%s', (text, handles) => {
    expect(mentionHandles(text)).toEqual(handles);
  });
});
