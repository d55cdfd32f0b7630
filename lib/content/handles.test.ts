import { describe, expect, it } from 'vitest';
import { assignHandles, handleFromEmail } from './handles';

describe('handles', () => {
  it('makes a handle from the part of the address before @', () => {
    expect(handleFromEmail('Priya.Raman+wiki@x.example')).toBe('priya.raman-wiki');
    expect(handleFromEmail('__@x')).toBe('person');
  });

  it('keeps handles people have and never gives one twice', () => {
    const people = [
      { id: '1', handle: 'ana', email: 'ana@a.example' },
      { id: '2', handle: null, email: 'ana@b.example' },
      { id: '3', handle: null, email: 'ana@c.example' },
      { id: '4', handle: null, email: 'ben@b.example' },
    ];
    expect(Object.fromEntries(assignHandles(people))).toEqual({ 1: 'ana', 2: 'ana-2', 3: 'ana-3', 4: 'ben' });
  });
});
