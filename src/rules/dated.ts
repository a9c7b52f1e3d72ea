/** Picking the value of a dated parameter, or a programme's period, for a given day. */
import type { DatedValue, IsoDate, Parameter } from './types.ts';

export function isWithin(date: IsoDate, period: { validFrom?: IsoDate; validUntil?: IsoDate }): boolean {
  return (period.validFrom === undefined || date >= period.validFrom) && (period.validUntil === undefined || date <= period.validUntil);
}

/** Today in the local calendar, as `YYYY-MM-DD` (the day the reader or the command asks about). */
export function todayIso(now = new Date()): IsoDate {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

const dayMs = 86_400_000;
const dayIndex = (date: IsoDate) => Date.parse(`${date}T00:00:00Z`) / dayMs;

/** The day `days` days after `date` (before it when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date((dayIndex(date) + days) * dayMs).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` comes first). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayIndex(to) - dayIndex(from);
}

/** The value that applies on `date`, or undefined when the sources give none for that day. */
export function valueOn<T>(parameter: Parameter<T>, date: IsoDate): DatedValue<T> | undefined {
  return parameter.find((entry) => isWithin(date, entry));
}

/** The most recent value, for pages that describe the rules as they are now. */
export function latest<T>(parameter: Parameter<T>): DatedValue<T> {
  const last = parameter.at(-1);
  if (!last) throw new Error('a parameter needs at least one dated value');
  return last;
}
