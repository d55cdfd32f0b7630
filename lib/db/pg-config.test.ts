import { describe, expect, it } from 'vitest';
import { db } from './client';

describe('the app’s connections', () => {
  it('run without JIT, which costs our short queries more than it saves (10x on a search)', async () => {
    expect(await db.$queryRaw`SHOW jit`).toEqual([{ jit: 'off' }]);
  });
});
