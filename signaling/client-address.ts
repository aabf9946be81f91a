import { BlockList, isIP } from 'node:net';

/** The proxies whose `X-Forwarded-For` is believed (TRUST_PROXY): addresses and CIDR ranges. */
export type TrustedProxies = BlockList;

/** `::ffff:127.0.0.1` is how Node names an IPv4 client on a dual-stack socket. */
function plain(address: string): string {
  const trimmed = address.trim();
  return trimmed.startsWith('::ffff:') && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed;
}

/**
 * Reads TRUST_PROXY: comma-separated addresses or CIDRs (`127.0.0.1`, `10.0.0.0/8`, `::1`,
 * `fd00::/8`). Unset trusts no proxy: the TCP peer is the client. A bad entry stops the server.
 */
export function trustedProxiesFromEnv(value: string | undefined): TrustedProxies | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const list = new BlockList();
  for (const entry of value.split(',').map((e) => e.trim())) {
    const [address = '', bits, extra] = entry.split('/');
    const family = isIP(address);
    const prefix = bits === undefined ? undefined : Number(bits);
    const max = family === 4 ? 32 : 128;
    if (
      family === 0 ||
      extra !== undefined ||
      (prefix !== undefined && (!Number.isInteger(prefix) || prefix < 0 || prefix > max))
    ) {
      throw new Error(`TRUST_PROXY: "${entry}" is not an address or CIDR like 127.0.0.1 or 10.0.0.0/8`);
    }
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, prefix, type);
  }
  return list;
}

function trusted(list: TrustedProxies, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * The client's address: the TCP peer, unless that peer is a trusted proxy; then the nearest
 * address in `X-Forwarded-For` (read from the right, the end the proxies append to) that is not a
 * trusted proxy itself. Entries left of that are the client's own say and are never believed; an
 * entry that is no address ends the walk at the last trusted hop.
 */
export function clientAddress(
  remote: string,
  forwardedFor: string | undefined,
  proxies?: TrustedProxies,
): string {
  let address = plain(remote);
  if (!proxies || !forwardedFor) return address;
  const hops = forwardedFor.split(',').map(plain).reverse();
  for (const hop of hops) {
    if (!trusted(proxies, address)) return address;
    if (isIP(hop) === 0) return address;
    address = hop;
  }
  return address;
}

/**
 * The key every per-address limit counts under: an IPv4 address as it is, an IPv6 address by its
 * /64, the block one home or one server is given, so one holder cannot mint new keys by the billion.
 */
export function limitKey(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = '', tail = ''] = address.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === '' ? [] : tail.split(':');
  const groups = address.includes('::')
    ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => Number.parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}
