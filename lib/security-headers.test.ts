import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from './security-headers';

describe('securityHeaders', () => {
  it('sends HSTS only when the site is served over https', () => {
    const csp = contentSecurityPolicy('abc', false);
    expect(securityHeaders({ csp, https: true })['Strict-Transport-Security']).toBe('max-age=31536000; includeSubDomains');
    expect(securityHeaders({ csp, https: false })).not.toHaveProperty('Strict-Transport-Security');
  });

  it('always sends nosniff, no framing, and a CSP that allows scripts only by nonce', () => {
    const h = securityHeaders({ csp: contentSecurityPolicy('n0nce', false), https: false });
    expect(h).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'X-Frame-Options': 'DENY' });
    expect(h['Content-Security-Policy']).toContain("script-src 'self' 'nonce-n0nce' 'strict-dynamic';");
    expect(h['Content-Security-Policy']).not.toContain('unsafe-eval');
  });
});
