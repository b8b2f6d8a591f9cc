import { DATE_PATTERN } from './vocabulary';

/** A DATE's shape, `yyyy-mm-dd`, as the rules write it (ValueFormats.DATE_PATTERN). */
const DATE_SHAPE = new RegExp(`^${DATE_PATTERN}$`);

/** A day of the calendar; month counts from 1. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/**
 * A DATE's day as the rules read it (ValueFormats.date): `yyyy-mm-dd` naming a day of the
 * calendar (no 30 February), years 0001 to 9999; none for anything else.
 */
export function readDate(text: string): CalendarDay | undefined {
  const parts = DATE_SHAPE.exec(text);
  if (!parts) {
    return undefined;
  }
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = utcMidnight({ year, month, day });
  const real = year >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? { year, month, day } : undefined;
}

/**
 * The day's midnight in UTC. The year is set apart: Date.UTC reads years 0 to 99 as 1900 to 1999,
 * and a month or day out of range would roll over into the next.
 */
export function utcMidnight({ year, month, day }: CalendarDay): Date {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date;
}
