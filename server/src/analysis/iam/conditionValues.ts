// Feature: how IAM reads condition values of each operator family, without the catalog: dates as IAM's
// legacy parser reads them, numbers, booleans, CIDR ranges, ARNs and base-64. Shared by the condition-value
// rule and, later, the request simulator.

/**
 * Whether IAM's legacy parser accepts a Date* condition value. This follows moto's `_legacy_parse_date_
 * condition_value` (getmoto/moto moto/iam/policy_validation.py), whose cases were captured from AWS: a value with
 * a "t" or a "-" is an ISO-8601 date-time checked field by field, anything else an epoch in seconds from 0 to
 * 2^63-1.
 */
export function legacyDateAccepts(value: string): boolean {
  try {
    const lower = value.toLowerCase();
    if (lower.includes('t') || value.includes('-')) return legacyIso(lower);
    const n = pyInt(value);
    return n !== undefined && n >= 0n && n <= 9223372036854775807n;
  } catch {
    return false;
  }
}

/** A strict ISO-8601 date or date-time, as AWS documents for Date operators (YYYY-MM-DD[Thh:mm[:ss[.f]]][Z|±hh:mm]). */
const ISO_8601 = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])([Tt]([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?([Zz]|[+-]([01]\d|2[0-3]):?[0-5]\d)?)?$/;

/**
 * Whether a Date* value is a date IAM reads: either its legacy parser accepts it, or it is strict ISO-8601
 * (which covers negative time zone offsets that the legacy model rejects without public evidence).
 */
export function isConditionDate(value: string): boolean {
  return legacyDateAccepts(value) || ISO_8601.test(value);
}

/** Python's int() on a string: optional sign and surrounding white space, digits only. */
function pyInt(text: string): bigint | undefined {
  return /^\s*[+-]?\d+\s*$/.test(text) ? BigInt(text.trim()) : undefined;
}

function inRange(text: string, min: number, max: number): boolean {
  const n = pyInt(text);
  return n !== undefined && n >= BigInt(min) && n <= BigInt(max);
}

function partition(text: string, sep: string): [string, string, string] {
  const at = text.indexOf(sep);
  return at < 0 ? [text, '', ''] : [text.slice(0, at), sep, text.slice(at + sep.length)];
}

function legacyIso(datetime: string): boolean {
  const [datePart, , timePart] = partition(datetime, 't');
  const negative = datePart.startsWith('-');
  const dateParts = (negative ? datePart.slice(1) : datePart).split('-');
  const year = negative ? `-${dateParts[0]}` : dateParts[0];
  if (!inRange(year, -292275054, 292278993)) return false;
  if (dateParts.length > 1 && !inRange(dateParts[1], 1, 12)) return false;
  if (dateParts.length > 2 && !inRange(dateParts[2], 1, 31)) return false;
  if (dateParts.length >= 4) return false;
  const timeParts = timePart.split(':');
  if (timeParts[0] !== '' && !inRange(timeParts[0], 0, 23)) return false;
  if (timeParts.length > 1 && !inRange(timeParts[1], 0, 59)) return false;
  if (timeParts.length > 2) {
    const last = timeParts[2];
    let seconds: string;
    if (last.includes('z')) {
      const [before, , after] = partition(last, 'z');
      if (after !== '') return false;
      seconds = before;
    } else if (last.includes('+')) {
      const [before, , zone] = partition(last, '+');
      seconds = before;
      const [hours, colon, minutes] = partition(zone, ':');
      if (hours.length !== 2 || !inRange(hours, 0, 23)) return false;
      if (colon === ':' && (minutes.length !== 2 || !inRange(minutes, 0, 59))) return false;
    } else {
      seconds = last;
    }
    const [whole, dot, fraction] = partition(seconds, '.');
    if (!inRange(whole, 0, 59)) return false;
    if (dot === '.' && !inRange(fraction, 0, 999999999)) return false;
  }
  return true;
}

/** A number as Numeric* operators read it: an optionally signed integer or decimal. */
export function isConditionNumber(value: string): boolean {
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(value);
}

/** A boolean as Bool and Null read it. */
export function isConditionBoolean(value: string): boolean {
  return /^(true|false)$/i.test(value);
}

/** Base-64 as BinaryEquals reads it. */
export function isBase64(value: string): boolean {
  return value.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(value);
}

/** An IPv4 or IPv6 address with an optional prefix length, parsed. */
export interface Cidr {
  version: 4 | 6;
  /** The address as a big integer (32 or 128 bits). */
  address: bigint;
  prefix: number;
}

/** Parses "203.0.113.0/24", "203.0.113.7", "2001:db8::/32"; undefined for anything else. */
export function parseCidr(value: string): Cidr | undefined {
  const [host, prefixText, extra] = value.split('/');
  if (extra !== undefined || host === undefined) return undefined;
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return undefined;
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (v4) {
    const octets = v4.slice(1).map(Number);
    if (octets.some((o) => o > 255)) return undefined;
    const prefix = prefixText === undefined ? 32 : Number(prefixText);
    if (prefix > 32) return undefined;
    return { version: 4, address: octets.reduce((acc, o) => (acc << 8n) | BigInt(o), 0n), prefix };
  }
  const address = parseIpv6(host);
  if (address === undefined) return undefined;
  const prefix = prefixText === undefined ? 128 : Number(prefixText);
  return prefix > 128 ? undefined : { version: 6, address, prefix };
}

function parseIpv6(host: string): bigint | undefined {
  if (!/^[0-9A-Fa-f:.]+$/.test(host) || host.split('::').length > 2) return undefined;
  const [head, tail] = host.includes('::') ? host.split('::') : [host, undefined];
  const groups = (text: string): string[] => (text === '' ? [] : text.split(':'));
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const expand = (parts: string[]): number[] | undefined => {
    const out: number[] = [];
    for (const [i, part] of parts.entries()) {
      // An embedded IPv4 address may end the last group list (::ffff:192.0.2.1).
      if (part.includes('.') && i === parts.length - 1) {
        const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(part);
        const octets = v4?.slice(1).map(Number);
        if (!octets || octets.some((o) => o > 255)) return undefined;
        out.push(octets[0] * 256 + octets[1], octets[2] * 256 + octets[3]);
        continue;
      }
      if (!/^[0-9A-Fa-f]{1,4}$/.test(part)) return undefined;
      out.push(parseInt(part, 16));
    }
    return out;
  };
  const l = expand(left);
  const r = expand(right);
  if (!l || !r) return undefined;
  const missing = 8 - l.length - r.length;
  if (tail === undefined ? missing !== 0 : missing < 1) return undefined;
  const all = [...l, ...Array<number>(tail === undefined ? 0 : missing).fill(0), ...r];
  return all.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n);
}

/** The network address of a range, with host bits cleared, written back in the value's own notation. */
export function networkOf(cidr: Cidr): string {
  const bits = cidr.version === 4 ? 32 : 128;
  const mask = cidr.prefix === 0 ? 0n : ((1n << BigInt(cidr.prefix)) - 1n) << BigInt(bits - cidr.prefix);
  const network = cidr.address & mask;
  if (cidr.version === 4) {
    const octets = [24n, 16n, 8n, 0n].map((shift) => String((network >> shift) & 0xffn));
    return `${octets.join('.')}/${cidr.prefix}`;
  }
  const groups: string[] = [];
  for (let shift = 112n; shift >= 0n; shift -= 16n) groups.push(((network >> shift) & 0xffffn).toString(16));
  return `${compressIpv6(groups)}/${cidr.prefix}`;
}

function compressIpv6(groups: string[]): string {
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < groups.length;) {
    if (groups[i] !== '0') {
      i++;
      continue;
    }
    let j = i;
    while (j < groups.length && groups[j] === '0') j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  if (bestStart < 0) return groups.join(':');
  return `${groups.slice(0, bestStart).join(':')}::${groups.slice(bestStart + bestLength).join(':')}`;
}

/** Whether a range has bits set after its prefix (which IAM ignores). */
export function hasHostBits(cidr: Cidr): boolean {
  const bits = cidr.version === 4 ? 32 : 128;
  const hostMask = (1n << BigInt(bits - cidr.prefix)) - 1n;
  return (cidr.address & hostMask) !== 0n;
}

/** Whether a range lies entirely inside private address space (RFC 1918, RFC 4193 unique local, loopback). */
export function isPrivateRange(cidr: Cidr): boolean {
  const inside = (base: bigint, prefix: number, bits: number): boolean =>
    cidr.prefix >= prefix && (cidr.address >> BigInt(bits - prefix)) === (base >> BigInt(bits - prefix));
  if (cidr.version === 4) {
    return inside(0x0a000000n, 8, 32) || inside(0xac100000n, 12, 32) || inside(0xc0a80000n, 16, 32) || inside(0x7f000000n, 8, 32);
  }
  return inside(0xfc00n << 112n, 7, 128) || (cidr.address === 1n && cidr.prefix === 128);
}
