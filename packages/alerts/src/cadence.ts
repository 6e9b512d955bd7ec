// Cadences: "immediate", "hourly", "daily HH:MM Zone/Name", "weekly mon HH:MM Zone/Name".
// A scheduled digest covers everything matched since the previous one; its window is named by the
// boundary it closes at, so the same window is composed once however often it is asked for.

export type Cadence =
  | { kind: 'immediate' }
  | { kind: 'hourly' }
  | { kind: 'daily'; hour: number; minute: number; timeZone: string }
  | { kind: 'weekly'; weekday: number; hour: number; minute: number; timeZone: string };

const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

export class CadenceError extends Error {}

function validZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function parseCadence(text: string): Cadence {
  const parts = text.trim().split(/\s+/);
  const kind = parts[0]?.toLowerCase();
  const time = (value: string | undefined) => {
    const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(value ?? '');
    if (!match) throw new CadenceError(`expected a time HH:MM, not "${value ?? ''}"`);
    return { hour: Number(match[1]), minute: Number(match[2]) };
  };
  const zone = (value: string | undefined) => {
    const timeZone = value ?? 'UTC';
    if (!validZone(timeZone)) throw new CadenceError(`unknown time zone "${timeZone}"`);
    return timeZone;
  };
  if ((kind === 'immediate' || kind === 'hourly') && parts.length === 1) return { kind };
  if (kind === 'daily' && parts.length <= 3) return { kind, ...time(parts[1] ?? '08:00'), timeZone: zone(parts[2]) };
  if (kind === 'weekly' && parts.length >= 2 && parts.length <= 4) {
    const weekday = weekdays.indexOf((parts[1] ?? '').slice(0, 3).toLowerCase());
    if (weekday < 0) throw new CadenceError(`expected a weekday (mon…sun), not "${parts[1]}"`);
    return { kind, weekday, ...time(parts[2] ?? '08:00'), timeZone: zone(parts[3]) };
  }
  throw new CadenceError(`cadence must be "immediate", "hourly", "daily HH:MM Zone" or "weekly DAY HH:MM Zone", not "${text}"`);
}

const pad = (value: number) => String(value).padStart(2, '0');

export function formatCadence(cadence: Cadence): string {
  switch (cadence.kind) {
    case 'immediate':
    case 'hourly':
      return cadence.kind;
    case 'daily':
      return `daily ${pad(cadence.hour)}:${pad(cadence.minute)} ${cadence.timeZone}`;
    case 'weekly':
      return `weekly ${weekdays[cadence.weekday]} ${pad(cadence.hour)}:${pad(cadence.minute)} ${cadence.timeZone}`;
  }
}

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  weekday: number;
}

function localParts(instant: Date, timeZone: string): LocalParts {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    weekday: 'short',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '0';
  return {
    year: Number(get('year')),
    month: Number(get('month')),
    day: Number(get('day')),
    hour: Number(get('hour')),
    minute: Number(get('minute')),
    weekday: weekdays.indexOf(get('weekday').toLowerCase().slice(0, 3)),
  };
}

/** The UTC instant of a wall-clock time in a zone (DST gaps resolve forward). */
export function zonedTime(year: number, month: number, day: number, hour: number, minute: number, timeZone: string): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const offsetAt = (instant: number) => {
    const local = localParts(new Date(instant), timeZone);
    return Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute) - Math.floor(instant / 60_000) * 60_000;
  };
  const first = wall - offsetAt(wall);
  return new Date(wall - offsetAt(first));
}

/** The most recent scheduled boundary at or before `now`; null for immediate delivery. */
export function latestBoundary(cadence: Cadence, now: Date): Date | null {
  switch (cadence.kind) {
    case 'immediate':
      return null;
    case 'hourly':
      return new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000);
    case 'daily':
    case 'weekly': {
      const local = localParts(now, cadence.timeZone);
      const back = cadence.kind === 'weekly' ? (local.weekday - cadence.weekday + 7) % 7 : 0;
      const step = cadence.kind === 'weekly' ? 7 : 1;
      for (let days = back; ; days += step) {
        // Calendar arithmetic on the local date, then back to an instant in the zone.
        const date = new Date(Date.UTC(local.year, local.month - 1, local.day - days));
        const boundary = zonedTime(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), cadence.hour, cadence.minute, cadence.timeZone);
        if (boundary.getTime() <= now.getTime()) return boundary;
      }
    }
  }
}

/** A window's stable name: the cadence kind and the boundary in compact UTC (no ":" for job ids). */
export function windowKeyOf(cadence: Cadence, boundary: Date): string {
  return `${cadence.kind}-${boundary.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}`;
}
