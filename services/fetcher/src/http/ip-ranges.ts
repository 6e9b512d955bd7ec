import { isIP, isIPv4 } from 'node:net';

/** An address as raw bytes: 4 for IPv4, 16 for IPv6. */
export type IpBytes = Uint8Array;

export interface Cidr {
  bytes: IpBytes;
  prefix: number;
}

function parseIpv4(text: string): IpBytes | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const bytes = new Uint8Array(4);
  for (const [i, part] of parts.entries()) {
    if (!/^\d{1,3}$/.test(part)) return null;
    const value = Number(part);
    if (value > 255) return null;
    bytes[i] = value;
  }
  return bytes;
}

function parseIpv6(text: string): IpBytes | null {
  let s = text;
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone);
  const lastColon = s.lastIndexOf(':');
  const last = s.slice(lastColon + 1);
  if (last.includes('.')) {
    const v4 = parseIpv4(last);
    if (!v4) return null;
    const hi = ((v4[0]! << 8) | v4[1]!).toString(16);
    const lo = ((v4[2]! << 8) | v4[3]!).toString(16);
    s = `${s.slice(0, lastColon + 1)}${hi}:${lo}`;
  }
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  const bytes = new Uint8Array(16);
  for (const [i, group] of groups.entries()) {
    if (!/^[0-9a-f]{1,4}$/i.test(group)) return null;
    const value = Number.parseInt(group, 16);
    bytes[i * 2] = value >> 8;
    bytes[i * 2 + 1] = value & 0xff;
  }
  return bytes;
}

/** Parses an IPv4 or IPv6 literal (IPv6 with or without brackets or zone); null when it is not one. */
export function parseIp(text: string): IpBytes | null {
  const bare = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  const family = isIP(bare.split('%')[0]!);
  if (family === 4) return parseIpv4(bare);
  if (family === 6) return parseIpv6(bare);
  return null;
}

/** Parses "10.0.0.0/8", "fc00::/7" or a bare address (a /32 or /128). */
export function parseCidr(text: string): Cidr | null {
  const slash = text.indexOf('/');
  const bytes = parseIp(slash < 0 ? text : text.slice(0, slash));
  if (!bytes) return null;
  const max = bytes.length * 8;
  if (slash < 0) return { bytes, prefix: max };
  const prefixText = text.slice(slash + 1);
  if (!/^\d{1,3}$/.test(prefixText)) return null;
  const prefix = Number(prefixText);
  return prefix <= max ? { bytes, prefix } : null;
}

export function inCidr(address: IpBytes, cidr: Cidr): boolean {
  if (address.length !== cidr.bytes.length) return false;
  const whole = cidr.prefix >> 3;
  for (let i = 0; i < whole; i++) if (address[i] !== cidr.bytes[i]) return false;
  const rest = cidr.prefix & 7;
  if (rest === 0) return true;
  const mask = (0xff << (8 - rest)) & 0xff;
  return (address[whole]! & mask) === (cidr.bytes[whole]! & mask);
}

const range = (text: string, name: string) => ({ cidr: parseCidr(text)!, name });

const blockedV4 = [
  range('0.0.0.0/8', 'unspecified'),
  range('10.0.0.0/8', 'private'),
  range('100.64.0.0/10', 'shared address space (CGNAT)'),
  range('127.0.0.0/8', 'loopback'),
  range('169.254.0.0/16', 'link-local'),
  range('172.16.0.0/12', 'private'),
  range('192.0.0.0/24', 'IETF protocol assignments'),
  range('192.168.0.0/16', 'private'),
  range('198.18.0.0/15', 'benchmarking'),
  range('224.0.0.0/4', 'multicast'),
  range('240.0.0.0/4', 'reserved/broadcast'),
];

const blockedV6 = [
  range('::/128', 'unspecified'),
  range('::1/128', 'loopback'),
  range('100::/64', 'discard-only'),
  // Teredo tunnels reach arbitrary IPv4 hosts through an obfuscated address; no feed lives there.
  range('2001::/32', 'Teredo'),
  range('64:ff9b:1::/48', 'local-use NAT64'),
  range('fc00::/7', 'unique-local (private)'),
  range('fe80::/10', 'link-local'),
  range('fec0::/10', 'site-local'),
  range('ff00::/8', 'multicast'),
];

/**
 * IPv6 forms that route to an IPv4 address: mapped (::ffff:a.b.c.d), compatible (::a.b.c.d),
 * NAT64 (64:ff9b::a.b.c.d) and 6to4 (2002:aabb:ccdd::). They must be judged as that IPv4 address,
 * or ::ffff:127.0.0.1 would slip past a loopback check.
 */
function embeddedIpv4(b: IpBytes): IpBytes | null {
  const zeros = (from: number, to: number) => b.subarray(from, to).every((x) => x === 0);
  if (zeros(0, 10) && b[10] === 0xff && b[11] === 0xff) return b.slice(12, 16);
  if (zeros(0, 12)) return b.slice(12, 16);
  if (b[0] === 0x00 && b[1] === 0x64 && b[2] === 0xff && b[3] === 0x9b && zeros(4, 12)) return b.slice(12, 16);
  if (b[0] === 0x20 && b[1] === 0x02) return b.slice(2, 6);
  return null;
}

/**
 * Why an address must not be fetched from (loopback, private, link-local, multicast, unspecified,
 * reserved, or an IPv6 wrapper of one of those), or null when it is a public address.
 */
export function blockedRange(address: string): string | null {
  const bytes = parseIp(address);
  if (!bytes) return 'not an IP address';
  if (bytes.length === 16) {
    for (const { cidr, name } of blockedV6) if (inCidr(bytes, cidr)) return name;
    const v4 = embeddedIpv4(bytes);
    if (!v4) return null;
    const inner = blockedRangeV4(v4);
    return inner ? `${inner} (IPv4 inside IPv6)` : null;
  }
  return blockedRangeV4(bytes);
}

function blockedRangeV4(bytes: IpBytes): string | null {
  for (const { cidr, name } of blockedV4) if (inCidr(bytes, cidr)) return name;
  return null;
}

/** Exact hosts and IP/CIDR entries that may resolve to blocked ranges (e.g. the demo's 127.0.0.1). */
export class PrivateAllowlist {
  private readonly hosts = new Set<string>();
  private readonly nets: Cidr[] = [];

  constructor(entries: readonly string[] = []) {
    for (const raw of entries) {
      const entry = raw.trim();
      if (!entry) continue;
      const cidr = parseCidr(entry);
      if (cidr) {
        this.nets.push(cidr);
        // A v4 entry also covers its IPv4-mapped IPv6 spelling, which is the same host.
        if (cidr.bytes.length === 4) {
          const mapped = new Uint8Array(16);
          mapped[10] = 0xff;
          mapped[11] = 0xff;
          mapped.set(cidr.bytes, 12);
          this.nets.push({ bytes: mapped, prefix: cidr.prefix + 96 });
        }
      } else {
        this.hosts.add(normalizeHost(entry));
      }
    }
  }

  allowsHost(host: string): boolean {
    return this.hosts.has(normalizeHost(host));
  }

  allowsAddress(address: string): boolean {
    const bytes = parseIp(address);
    return bytes !== null && this.nets.some((net) => inCidr(bytes, net));
  }
}

export function normalizeHost(host: string): string {
  const lower = host.toLowerCase();
  const bare = lower.startsWith('[') && lower.endsWith(']') ? lower.slice(1, -1) : lower;
  return bare.endsWith('.') && !isIPv4(bare) ? bare.slice(0, -1) : bare;
}
