import { describe, expect, it } from 'vitest';
import { serverNodeOptions } from './server-options';

describe('serverNodeOptions', () => {
  it.each([
    [undefined, '--max-old-space-size=384'],
    ['', '--max-old-space-size=384'],
    ['--enable-source-maps', '--enable-source-maps --max-old-space-size=384'],
    // An operator's own limit wins, in either spelling.
    ['--max-old-space-size=2048', '--max-old-space-size=2048'],
    ['--trace-warnings --max-old-space-size 1024', '--trace-warnings --max-old-space-size 1024'],
    // A look-alike flag is not a heap limit.
    ['--max-semi-space-size=16', '--max-semi-space-size=16 --max-old-space-size=384'],
  ])('NODE_OPTIONS %j becomes %j', (current, expected) => {
    expect(serverNodeOptions(current)).toBe(expected);
  });
});
