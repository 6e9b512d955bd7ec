/** Offsets of zone abbreviations seen in feeds that Date.parse does not know (it knows the US ones, GMT and UT). */
const zoneOffsets: Record<string, string> = {
  UTC: '+0000',
  Z: '+0000',
  KST: '+0900',
  JST: '+0900',
  HKT: '+0800',
  SGT: '+0800',
  AWST: '+0800',
  PHT: '+0800',
  ICT: '+0700',
  WIB: '+0700',
  IST: '+0530',
  MSK: '+0300',
  EET: '+0200',
  EEST: '+0300',
  CET: '+0100',
  CEST: '+0200',
  MET: '+0100',
  MEST: '+0200',
  BST: '+0100',
  WET: '+0000',
  WEST: '+0100',
  AEST: '+1000',
  AEDT: '+1100',
  NZST: '+1200',
  NZDT: '+1300',
};

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Parses the date forms found in feeds (RFC 822/1123 with numeric or named zones, ISO 8601 and
 * W3CDTF, "YYYY-MM-DD hh:mm[:ss]", "YYYY.MM.DD", Unix seconds) to ISO 8601 UTC. A date without a
 * zone is taken as UTC, so the result never depends on the machine's time zone. Null when unreadable.
 */
export function toIsoDate(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  let s = String(value).trim().replace(/\s+/g, ' ');
  if (!s) return null;
  if (/^\d{9,10}$/.test(s)) return new Date(Number(s) * 1000).toISOString();

  // ISO-like: 2024-03-05, 2024-03-05T01:02:03(.sss)(Z|±hh:mm|±hhmm), 2024-03-05 01:02, 2024.03.05, 2024/03/05
  const iso = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2}|[A-Z]{2,5})?$/i.exec(s);
  if (iso) {
    const [, y, mo, d, h = '0', mi = '0', sec = '0', frac = '0', zone] = iso;
    let offset = '+00:00';
    if (zone) {
      const upper = zone.toUpperCase();
      if (upper === 'Z') offset = '+00:00';
      else if (/^[+-]/.test(zone)) {
        const digits = zone.replace(':', '');
        offset = `${digits.slice(0, 3)}:${digits.length > 3 ? digits.slice(3, 5) : '00'}`;
      } else if (zoneOffsets[upper]) offset = `${zoneOffsets[upper]!.slice(0, 3)}:${zoneOffsets[upper]!.slice(3)}`;
      else return null;
    }
    const ms = Number(`0.${frac}`) * 1000;
    const text = `${y}-${pad(Number(mo))}-${pad(Number(d))}T${pad(Number(h))}:${mi}:${sec}.${String(Math.round(ms)).padStart(3, '0').slice(0, 3)}${offset}`;
    const t = Date.parse(text);
    return Number.isNaN(t) ? null : new Date(t).toISOString();
  }

  // RFC 822 family. Named zones Date.parse does not know become numeric offsets.
  s = s.replace(/\b([A-Z]{1,5})$/, (zone) => zoneOffsets[zone] ?? zone);
  // A bare "+0900" or "GMT+9" style zone works with Date.parse; a missing zone must not mean local time.
  if (!/(?:[+-]\d{2}:?\d{2}|\b(?:GMT|UT|EST|EDT|CST|CDT|MST|MDT|PST|PDT)|[+-]\d{1,2})$/i.test(s) && /\d{1,2}:\d{2}/.test(s)) {
    s = `${s} +0000`;
  }
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  const date = new Date(t);
  // Two-digit years and garbage that Date.parse still accepts land far outside any news horizon.
  if (date.getUTCFullYear() < 1970 || date.getUTCFullYear() > 2200) return null;
  return date.toISOString();
}
