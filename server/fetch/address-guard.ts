// Refuses loopback, private, link-local and other non-public addresses, after DNS resolution too.
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/** Which addresses the server may connect to. */
export interface AddressPolicy {
  /** Allow every address (loopback, private, link-local...). */
  allowPrivate: boolean;
  /** Addresses or CIDR ranges allowed even though they are not public. */
  allowAddresses: readonly string[];
}

/** Thrown (before any connection) when a host is or resolves to a refused address. */
export class AddressNotAllowedError extends Error {
  readonly host: string;
  readonly range: string;

  constructor(host: string, range: string) {
    super(`${host} is a ${range} address; the server does not fetch from it.`);
    this.name = 'AddressNotAllowedError';
    this.host = host;
    this.range = range;
  }
}

type Parsed = ipaddr.IPv4 | ipaddr.IPv6;

function parseRange(value: string): [Parsed, number] {
  if (value.includes('/')) return ipaddr.parseCIDR(value);
  const addr = ipaddr.parse(value);
  return [addr, addr.kind() === 'ipv4' ? 32 : 128];
}

/** Builds the check for one policy: the range name of a refused address, or null when allowed. */
export function addressChecker(policy: AddressPolicy): (address: string) => string | null {
  const allowed = policy.allowAddresses.map(parseRange);
  return (address: string) => {
    if (policy.allowPrivate) return null;
    if (!ipaddr.isValid(address)) return 'unparsable';
    // IPv4-mapped IPv6 (::ffff:10.0.0.1) is judged as the IPv4 address it carries.
    const addr = ipaddr.process(address);
    for (const [net, bits] of allowed) {
      if (net.kind() === addr.kind() && addr.match(net, bits)) return null;
    }
    const range = addr.range();
    return range === 'unicast' ? null : range;
  };
}

/**
 * A `lookup` for node:http that resolves the name, then refuses the connection when any address
 * it resolves to is refused: the check happens on the address actually connected to.
 */
export function guardedLookup(policy: AddressPolicy): LookupFunction {
  const check = addressChecker(policy);
  return (hostname, options: LookupOptions, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) {
        callback(err, '', 0);
        return;
      }
      for (const a of addresses) {
        const range = check(a.address);
        if (range) {
          callback(new AddressNotAllowedError(hostname, range), '', 0);
          return;
        }
      }
      const first = addresses[0];
      if (options.all) callback(null, addresses);
      else if (first) callback(null, first.address, first.family);
      else
        callback(
          Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }),
          '',
          0,
        );
    });
  };
}
