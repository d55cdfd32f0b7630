import { describe, expect, it } from 'vitest';
import { blockedReason, checkTarget, parseAllowList } from './target-check';

const resolveTo =
  (...addresses: string[]) =>
  () =>
    Promise.resolve(addresses);

describe('webhook targets', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['::1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.9', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['fe80::1', 'linkLocal'],
    ['fd00:ec2::254', 'uniqueLocal'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['0.0.0.0', 'unspecified'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['224.0.0.1', 'multicast'],
  ])('refuses %s (%s)', (address, range) => {
    expect(blockedReason(address, [])).toContain(range);
  });

  it.each(['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946'])('accepts the public address %s', (address) => {
    expect(blockedReason(address, [])).toBeNull();
  });

  it('allows what the deployment lists, and only that', () => {
    const allow = parseAllowList('127.0.0.1, 10.1.0.0/16');
    expect(blockedReason('127.0.0.1', allow)).toBeNull();
    expect(blockedReason('10.1.9.9', allow)).toBeNull();
    expect(blockedReason('10.2.0.1', allow)).toContain('private');
    expect(() => parseAllowList('localhost')).toThrow(/not an address/);
  });

  it('checks the addresses a name resolves to, so a public name pointing inside is refused', async () => {
    expect(await checkTarget('https://hooks.example.com/x', '', resolveTo('93.184.216.34'))).toMatchObject({ ok: true });
    expect(await checkTarget('https://inside.example.com/x', '', resolveTo('93.184.216.34', '10.0.0.5'))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('10.0.0.5 is a private address'),
    });
    expect(await checkTarget('http://[::1]:8080/', '', resolveTo())).toMatchObject({
      ok: false,
      reason: expect.stringContaining('loopback'),
    });
    expect(await checkTarget('http://127.0.0.1:9/', '127.0.0.1', resolveTo())).toMatchObject({ ok: true });
  });

  it.each([
    ['not a url', 'Not a web address'],
    ['ftp://example.com/', 'https://'],
    ['https://user:pw@example.com/', 'credentials'],
  ])('refuses %j', async (url, reason) => {
    expect(await checkTarget(url, '', resolveTo('93.184.216.34'))).toMatchObject({ ok: false, reason: expect.stringContaining(reason) });
  });

  it('says so when a name does not resolve', async () => {
    const failing = () => Promise.reject(new Error('ENOTFOUND'));
    expect(await checkTarget('https://nowhere.invalid/', '', failing)).toMatchObject({
      ok: false,
      reason: 'nowhere.invalid does not resolve',
    });
  });
});
