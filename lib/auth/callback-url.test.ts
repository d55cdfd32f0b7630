import { describe, expect, it } from 'vitest';
import { GENERIC_SIGN_IN_ERROR, safeCallbackPath, safeRedirect, signInErrorMessage } from './callback-url';

describe('safeCallbackPath', () => {
  it.each([
    ['/w/churn/model-card', '/w/churn/model-card'],
    ['/search?q=drift#top', '/search?q=drift#top'],
    ['/%2F/evil.example', '/%2F/evil.example'], // stays a path on this site
    ['/projects/../admin/users', '/admin/users'],
  ])('keeps the same-site path %s', (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });

  it.each([
    ['a backslash after the slash', '/\\evil.example/phish'],
    ['a backslash between slashes', '/\\/evil.example'],
    ['a protocol-relative URL', '//evil.example/phish'],
    ['two backslashes', '\\\\evil.example'],
    ['a tab inside', '/\t/evil.example'],
    ['a newline inside', '/\n/evil.example'],
    ['a carriage return', '/\r\n/evil.example'],
    ['javascript:', 'javascript:alert(1)'],
    ['a full URL elsewhere', 'https://evil.example/'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['nothing', ''],
    ['a very long value', `/${'a'.repeat(3000)}`],
  ])('sends %s home', (_name, input) => {
    expect(safeCallbackPath(input)).toBe('/');
  });
});

describe('safeRedirect (next-auth)', () => {
  const base = 'http://localhost:3000';
  it.each([
    ['/w/_/page', 'http://localhost:3000/w/_/page'],
    ['http://localhost:3000/search?q=x', 'http://localhost:3000/search?q=x'],
    ['/\\evil.example/phish', 'http://localhost:3000/'],
    ['https://evil.example/phish', 'http://localhost:3000'],
    ['http://localhost:3000//evil.example', 'http://localhost:3000/'],
  ])('%s → %s', (url, expected) => {
    expect(safeRedirect(url, base)).toBe(expected);
  });
});

describe('signInErrorMessage', () => {
  it('shows known codes as messages and anything else as one generic line', () => {
    expect(signInErrorMessage('AccessDenied')).toMatch(/disabled/);
    expect(signInErrorMessage('Your account was hacked, call +1 555 0100')).toBe(GENERIC_SIGN_IN_ERROR);
    expect(signInErrorMessage('toString')).toBe(GENERIC_SIGN_IN_ERROR);
    expect(signInErrorMessage(undefined)).toBeNull();
  });
});
