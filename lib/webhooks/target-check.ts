// Where a webhook may be sent. A URL that resolves to this machine, a private network, a
// link-local or cloud metadata address (or any address that is not public unicast) is refused,
// checked on the addresses DNS gives now, so a public name pointing inside is refused too. The
// deployment can allow addresses or ranges (HINDSIGHT_WEBHOOK_ALLOW, e.g. "127.0.0.1,10.1.0.0/16");
// the tests allow 127.0.0.1 for their receiver. The delivery must connect to the address checked
// here, and check again on every redirect.
import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import { webhookConfig } from '@/lib/env';

export type TTargetCheck = { ok: true; url: URL; addresses: string[] } | { ok: false; reason: string };
type TResolve = (host: string) => Promise<string[]>;

const systemResolve: TResolve = async (host) => (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

/** "127.0.0.1, 10.0.0.0/8, ::1" as address ranges; a bad entry stops with its text. */
export function parseAllowList(text: string | undefined): [ipaddr.IPv4 | ipaddr.IPv6, number][] {
  return (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      try {
        if (entry.includes('/')) return ipaddr.parseCIDR(entry);
        const address = ipaddr.parse(entry);
        return [address, address.kind() === 'ipv4' ? 32 : 128] as [ipaddr.IPv4 | ipaddr.IPv6, number];
      } catch {
        throw new Error(`HINDSIGHT_WEBHOOK_ALLOW: "${entry}" is not an address or a range like 10.0.0.0/8`);
      }
    });
}

/** Why an address may not be a webhook target, or null when it is public unicast. */
export function blockedReason(address: string, allow: [ipaddr.IPv4 | ipaddr.IPv6, number][]): string | null {
  let ip = ipaddr.parse(address);
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  if (allow.some(([range, bits]) => range.kind() === ip.kind() && ip.match(range, bits))) return null;
  const range = ip.range();
  return range === 'unicast' ? null : `${address} is a ${range} address`;
}

export async function checkTarget(
  raw: string,
  allowText = webhookConfig().HINDSIGHT_WEBHOOK_ALLOW,
  resolve: TResolve = systemResolve,
): Promise<TTargetCheck> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'Not a web address' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: 'Use an https:// (or http://) address' };
  if (url.username || url.password) return { ok: false, reason: 'Put credentials in the secret, not in the address' };
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = ipaddr.isValid(host) ? [host] : await resolve(host);
  } catch {
    return { ok: false, reason: `${host} does not resolve` };
  }
  if (addresses.length === 0) return { ok: false, reason: `${host} does not resolve` };
  const allow = parseAllowList(allowText);
  for (const address of addresses) {
    const reason = blockedReason(address, allow);
    if (reason) return { ok: false, reason: `Refused: ${host} resolves to ${reason}; webhooks go to public addresses only` };
  }
  return { ok: true, url, addresses };
}
